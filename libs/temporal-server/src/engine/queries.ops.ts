import { randomUUID } from 'node:crypto';
import { Code, deadlineExceeded, invalidArgument, notFound, ServerError } from '../errors/server-error';
import { QueryRejectCondition, QueryResultType, TaskQueueKind, WorkflowExecutionStatus } from '../proto/enums.generated';
import { ts } from '../util/time';
import type { Engine } from './engine';
import type { Obj } from './events';
import type { RunState } from './run-state';
import type { UnitOfWork } from './unit-of-work';
import { STATUS_OF } from './visibility-record';
import { encodeToken } from './task-token';
import type { DispatchTask } from './unit-of-work';

/** Queries wait this long for a worker's answer (the client sets no deadline). */
export const QUERY_TIMEOUT_MS = 30_000;

/**
 * QueryWorkflow: attached to the next workflow task when one is scheduled or started (consistent query),
 * otherwise sent as a direct ("legacy") query task. Closed runs are queried directly (the worker replays).
 */
export async function queryWorkflow(e: Engine, namespace: string, req: Obj, signal: AbortSignal): Promise<Obj> {
  const run = e.resolve(namespace, req.execution as Obj);
  const cond = Number(req.queryRejectCondition ?? 0);
  const status = STATUS_OF[run.state];
  if (run.state !== 'running') {
    if (cond === QueryRejectCondition.NOT_OPEN || (cond === QueryRejectCondition.NOT_COMPLETED_CLEANLY && status !== WorkflowExecutionStatus.COMPLETED)) {
      return { queryRejected: { status } };
    }
    if (run.lastCompletedStartedId === 0) throw failedPreconditionNoTask();
  }
  // Like the real server: a run whose workflow task keeps failing cannot answer; fail fast instead of timing out.
  if (run.state === 'running' && run.wft.attempt >= 3) throw new ServerError(Code.FAILED_PRECONDITION, 'Workflow Task in failed state.');
  const id = randomUUID();
  const query = (req.query as Obj) ?? {};
  const answer = new Promise<Obj>((resolve) => e.queryWaiters.set(id, { runId: run.runId, query, resolve, delivered: false }));
  e.tx((uow) => {
    if (run.state === 'running' && run.wft.state !== 'none') run.pendingQueries.set(id, { id, query });
    else dispatchQuery(e, uow, run, id);
  });
  let timer: NodeJS.Timeout | undefined;
  const giveUp = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), QUERY_TIMEOUT_MS);
    timer.unref?.();
    signal.addEventListener('abort', () => resolve('timeout'), { once: true });
  });
  const res = await Promise.race([answer, giveUp]);
  clearTimeout(timer);
  e.queryWaiters.delete(id);
  e.clock.clear(`query-sticky:${id}`);
  run.pendingQueries.delete(id);
  if (res === 'timeout') throw deadlineExceeded('query timed out before a worker answered');
  if (Number(res.resultType) === QueryResultType.ANSWERED) return { queryResult: res.answer };
  throw invalidArgument(String(res.errorMessage ?? 'query failed'), {
    typeName: 'temporal.api.errordetails.v1.QueryFailedFailure',
    value: res.failure ? { failure: res.failure } : {},
  });
}

const failedPreconditionNoTask = () => new ServerError(Code.FAILED_PRECONDITION, 'workflow closed before its first workflow task completed');

/**
 * Queues a direct query task: on the sticky queue when the run is sticky (falling back to the normal queue after the
 * sticky schedule-to-start timeout, for a worker that died without ShutdownWorker), else on the normal queue.
 */
function dispatchQuery(e: Engine, uow: UnitOfWork, run: RunState, id: string): void {
  const sticky = run.sticky && run.state === 'running' && !e.deadStickyQueues.has(run.sticky.queue) ? run.sticky : undefined;
  const task: DispatchTask = { namespace: run.namespace, queueType: 'workflow', queue: sticky?.queue ?? run.taskQueue, kind: 'query', runId: run.runId, ref: id, attempt: 1 };
  uow.dispatch(task);
  if (!sticky) return;
  uow.setTimer(`query-sticky:${id}`, uow.now + sticky.scheduleToStartMs, () => {
    const q = e.queryWaiters.get(id);
    if (!q || q.delivered) return;
    if (run.sticky?.queue === sticky.queue) run.sticky = undefined;
    e.matching.add({ ...task, queue: run.taskQueue });
  });
}

/** Sends every still-pending query of a run as a direct query task (no workflow task will carry them). */
export function dispatchLegacyQueries(e: Engine, uow: UnitOfWork, run: RunState): void {
  for (const id of run.pendingQueries.keys()) dispatchQuery(e, uow, run, id);
  run.pendingQueries.clear();
}

/** Matching starter for direct query tasks: a pseudo workflow task carrying `query` and the full history. */
export function startQueryTask(e: Engine, task: DispatchTask): object | null {
  const q = e.queryWaiters.get(task.ref);
  const run = q && e.store.getRun(q.runId);
  if (!q || !run || q.delivered) return null;
  q.delivered = true;
  e.clock.clear(`query-sticky:${task.ref}`);
  const now = e.clock.now();
  return {
    taskToken: encodeToken({ kind: 'q', id: task.ref }),
    workflowExecution: { workflowId: run.workflowId, runId: run.runId },
    workflowType: { name: run.workflowType },
    previousStartedEventId: run.lastCompletedStartedId,
    startedEventId: 0,
    attempt: 1,
    history: { events: run.history },
    query: q.query,
    workflowExecutionTaskQueue: { name: run.taskQueue, kind: TaskQueueKind.NORMAL },
    scheduledTime: ts(now),
    startedTime: ts(now),
  };
}

/** RespondQueryTaskCompleted: hands the answer to the waiting caller. */
export function respondQueryTaskCompleted(e: Engine, queryId: string, req: Obj): void {
  const q = e.queryWaiters.get(queryId);
  if (!q) throw notFound('query not found or already answered');
  const failed = Number(req.completedType) === QueryResultType.FAILED;
  q.resolve({ resultType: failed ? QueryResultType.FAILED : QueryResultType.ANSWERED, answer: req.queryResult, errorMessage: req.errorMessage, failure: req.failure });
}

/** Attached query answers from RespondWorkflowTaskCompleted.queryResults. */
export function resolveAttachedQueries(e: Engine, results: Obj | undefined): void {
  for (const [id, r] of Object.entries(results ?? {})) e.queryWaiters.get(id)?.resolve(r as Obj);
}
