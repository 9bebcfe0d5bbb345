import { notFound } from '../errors/server-error';
import { EventType } from '../proto/enums.generated';
import { terminateRun } from './close-run';
import type { Engine } from './engine';
import type { Obj } from './events';
import type { RunState } from './run-state';
import type { UnitOfWork } from './unit-of-work';
import { workflowExecutionMachine } from './workflow-execution.machine';

/** Emits WorkflowExecutionSignaled (buffered while a task is started); requestId dedups retries. */
export function signalRun(e: Engine, uow: UnitOfWork, run: RunState, req: Obj): void {
  run.state = workflowExecutionMachine.next(run.state, 'signal');
  const requestId = String(req.requestId ?? '');
  if (requestId) {
    if (run.requestIds.has(requestId)) return;
    run.requestIds.add(requestId);
  }
  e.emit(uow, run, {
    eventType: EventType.WORKFLOW_EXECUTION_SIGNALED,
    attrs: { signalName: req.signalName, input: req.input, identity: req.identity, header: req.header },
    completion: false,
  });
}

/** SignalWorkflowExecution. */
export function signalWorkflow(e: Engine, namespace: string, req: Obj): void {
  e.tx((uow) => signalRun(e, uow, e.resolveOpen(namespace, req.workflowExecution as Obj), req));
}

/** Emits WorkflowExecutionCancelRequested once; the workflow decides what to do. */
export function requestCancelRun(
  e: Engine,
  uow: UnitOfWork,
  namespace: string,
  workflowId: string,
  o: { reason?: string; identity?: string; requestId?: string; externalInitiatedEventId?: number; externalWorkflowExecution?: Obj },
  run?: RunState,
): void {
  const target = run ?? e.resolveOpen(namespace, { workflowId });
  target.state = workflowExecutionMachine.next(target.state, 'requestCancel');
  if (target.cancelRequested) return;
  target.cancelRequested = true;
  e.emit(uow, target, {
    eventType: EventType.WORKFLOW_EXECUTION_CANCEL_REQUESTED,
    attrs: { cause: o.reason, identity: o.identity, externalInitiatedEventId: o.externalInitiatedEventId, externalWorkflowExecution: o.externalWorkflowExecution },
    completion: false,
  });
}

/** RequestCancelWorkflowExecution. */
export function cancelWorkflow(e: Engine, namespace: string, req: Obj): void {
  e.tx((uow) => {
    const run = e.resolveOpen(namespace, req.workflowExecution as Obj);
    const first = String(req.firstExecutionRunId ?? '');
    if (first && run.firstRunId !== first) throw notFound('workflow execution not found');
    requestCancelRun(e, uow, namespace, run.workflowId, { reason: req.reason as string, identity: req.identity as string }, run);
  });
}

/** Terminates the current open run of a workflow id, if any (parent-close policy). */
export function terminateById(e: Engine, uow: UnitOfWork, namespace: string, workflowId: string, reason: string): void {
  const id = e.store.currentRunId(namespace, workflowId);
  const run = id ? e.store.getRun(id) : undefined;
  if (run?.state === 'running') terminateRun(e, uow, run, reason);
}

/** TerminateWorkflowExecution: closes at once (an in-flight task's completion then gets NOT_FOUND). */
export function terminateWorkflow(e: Engine, namespace: string, req: Obj): void {
  e.tx((uow) => {
    const run = e.resolveOpen(namespace, req.workflowExecution as Obj);
    terminateRun(e, uow, run, String(req.reason ?? ''), req.identity as string, req.details);
  });
}
