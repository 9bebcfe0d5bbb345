import type { Engine } from './engine';
import type { Obj } from './events';
import { rerouteToNormal } from './workflow-task.ops';

/**
 * ShutdownWorker: answer the worker's open polls (workerPollCompleteOnShutdown), forget its sticky queue and move
 * the tasks waiting there to the normal queue — otherwise each of its runs would stall for the sticky timeout.
 */
export function shutdownWorker(e: Engine, namespace: string, req: Obj): void {
  e.matching.completePollsOf(String(req.workerInstanceKey ?? ''));
  const sticky = String(req.stickyTaskQueue ?? '');
  if (!sticky) return;
  e.deadStickyQueues.add(sticky);
  const tasks = e.matching.drain(namespace, 'workflow', sticky);
  e.tx((uow) => {
    for (const t of tasks) {
      const run = e.store.getRun(t.runId);
      if (!run || run.state !== 'running') continue;
      if (t.kind === 'wft' && run.wft.state === 'scheduled' && String(run.wft.token) === t.ref) rerouteToNormal(e, uow, run);
      else if (t.kind === 'query') uow.dispatch({ ...t, queue: run.taskQueue });
      if (run.sticky?.queue === sticky) run.sticky = undefined;
    }
  });
}
