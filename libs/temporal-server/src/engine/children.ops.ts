import { EventType, ParentClosePolicy } from '../proto/enums.generated';
import { durMs } from '../util/time';
import { childWorkflowMachine } from './child-workflow.machine';
import type { Engine } from './engine';
import type { Obj } from './events';
import { externalCancelMachine } from './external-cancel.machine';
import { externalSignalMachine } from './external-signal.machine';
import { createRun } from './new-run';
import { normalizeRetryPolicy } from './retry-policy';
import type { ChildInfo, RunState } from './run-state';
import type { UnitOfWork } from './unit-of-work';
import { requestCancelRun, terminateById } from './signals.ops';

/** StartChildWorkflowExecution command: Initiated now; the child starts right after commit (like a transfer task). */
export function initiateChild(e: Engine, uow: UnitOfWork, run: RunState, attrs: Obj, wftCompletedId: number): boolean {
  const workflowId = String(attrs.workflowId ?? '');
  const workflowType = String((attrs.workflowType as Obj | undefined)?.name ?? '');
  if (!workflowId || !workflowType) return false;
  const namespace = String(attrs.namespace || run.namespace);
  const ev = uow.append(run, EventType.START_CHILD_WORKFLOW_EXECUTION_INITIATED, { ...attrs, namespace, workflowTaskCompletedEventId: wftCompletedId });
  const info: ChildInfo = {
    state: 'initiated', initiatedEventId: ev.eventId, startedEventId: 0, namespace, workflowId, runId: '', workflowType,
    parentClosePolicy: Number(attrs.parentClosePolicy ?? 0) || ParentClosePolicy.TERMINATE,
  };
  run.children.set(ev.eventId, info);
  uow.after(() => e.tx((u) => startChild(e, u, run, info, attrs)));
  return true;
}

function startChild(e: Engine, uow: UnitOfWork, parent: RunState, info: ChildInfo, attrs: Obj): void {
  if (parent.state !== 'running') return;
  const currentId = e.store.currentRunId(info.namespace, info.workflowId);
  const current = currentId ? e.store.getRun(currentId) : undefined;
  const base = { namespace: info.namespace, workflowId: info.workflowId, workflowType: { name: info.workflowType }, initiatedEventId: info.initiatedEventId };
  if (current?.state === 'running' || !e.namespaces.has(info.namespace)) {
    info.state = childWorkflowMachine.next(info.state, 'startFailed');
    e.emit(uow, parent, { eventType: EventType.START_CHILD_WORKFLOW_EXECUTION_FAILED, attrs: { ...base, cause: 1, control: attrs.control }, completion: false });
    return;
  }
  const memo = (attrs.memo as Obj | undefined)?.fields as Record<string, unknown> | undefined;
  const sa = (attrs.searchAttributes as Obj | undefined)?.indexedFields as Record<string, unknown> | undefined;
  const child = createRun(e, uow, {
    namespace: info.namespace,
    workflowId: info.workflowId,
    workflowType: info.workflowType,
    taskQueue: String((attrs.taskQueue as Obj | undefined)?.name || parent.taskQueue),
    input: attrs.input,
    header: attrs.header,
    runTimeoutMs: durMs(attrs.workflowRunTimeout as Obj),
    executionTimeoutMs: durMs(attrs.workflowExecutionTimeout as Obj),
    taskTimeoutMs: durMs(attrs.workflowTaskTimeout as Obj),
    retry: attrs.retryPolicy ? normalizeRetryPolicy(attrs.retryPolicy as Obj) : undefined,
    cronSchedule: attrs.cronSchedule as string | undefined,
    memo,
    searchAttributes: sa,
    parent: { namespace: parent.namespace, workflowId: parent.workflowId, runId: parent.runId, initiatedEventId: info.initiatedEventId },
    root: parent.root,
    priority: attrs.priority,
  });
  info.state = childWorkflowMachine.next(info.state, 'started');
  info.runId = child.runId;
  e.emit(uow, parent, {
    eventType: EventType.CHILD_WORKFLOW_EXECUTION_STARTED,
    attrs: { namespace: info.namespace, initiatedEventId: info.initiatedEventId, workflowExecution: { workflowId: info.workflowId, runId: child.runId }, workflowType: { name: info.workflowType }, header: attrs.header },
    completion: false,
  });
}

const CHILD_CLOSE: Record<string, number> = {
  completed: EventType.CHILD_WORKFLOW_EXECUTION_COMPLETED,
  failed: EventType.CHILD_WORKFLOW_EXECUTION_FAILED,
  canceled: EventType.CHILD_WORKFLOW_EXECUTION_CANCELED,
  terminated: EventType.CHILD_WORKFLOW_EXECUTION_TERMINATED,
  timedOut: EventType.CHILD_WORKFLOW_EXECUTION_TIMED_OUT,
};

/** After a run closes: apply parent-close policies to its children, and tell its parent (final run of a chain only). */
export function onRunClosed(e: Engine, uow: UnitOfWork, run: RunState): void {
  for (const c of run.children.values()) {
    if (c.state !== 'started' || c.parentClosePolicy === ParentClosePolicy.ABANDON) continue;
    uow.after(() =>
      e.tx((u) => {
        if (c.parentClosePolicy === ParentClosePolicy.REQUEST_CANCEL) requestCancelRun(e, u, c.namespace, c.workflowId, { reason: 'by parent close policy' });
        else terminateById(e, u, c.namespace, c.workflowId, 'by parent close policy');
      }),
    );
  }
  const p = run.parent;
  const closeType = CHILD_CLOSE[run.state];
  if (!p || !closeType || run.nextRunId) return;
  uow.after(() =>
    e.tx((u) => {
      const parent = e.store.getRun(p.runId);
      const info = parent?.children.get(p.initiatedEventId);
      if (!parent || parent.state !== 'running' || !info || info.state !== 'started') return;
      info.state = childWorkflowMachine.next(info.state, 'closed');
      const last = run.history[run.history.length - 1];
      const a = (last ? (Object.entries(last).find(([k]) => k.endsWith('EventAttributes'))?.[1] as Obj) : {}) ?? {};
      e.emit(u, parent, {
        eventType: closeType,
        attrs: {
          namespace: info.namespace, workflowExecution: { workflowId: run.workflowId, runId: run.runId }, workflowType: { name: info.workflowType },
          initiatedEventId: info.initiatedEventId, startedEventId: childStartedEventId(parent, info.initiatedEventId),
          result: a.result, failure: a.failure, details: a.details, retryState: a.retryState,
        },
        completion: true,
      });
    }),
  );
}

/** SignalExternalWorkflowExecution command: Initiated now, delivered right after commit. */
export function initiateExternalSignal(e: Engine, uow: UnitOfWork, run: RunState, attrs: Obj, wftCompletedId: number): boolean {
  const ev = uow.append(run, EventType.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED, { ...attrs, namespace: attrs.namespace || run.namespace, workflowTaskCompletedEventId: wftCompletedId });
  const info = { state: 'initiated' as const };
  run.externalSignals.set(ev.eventId, info);
  const ns = String(attrs.namespace || run.namespace);
  const exec = (attrs.execution as Obj) ?? {};
  uow.after(() =>
    e.tx((u) => {
      const target = findTarget(e, ns, exec, attrs.childWorkflowOnly ? run : undefined);
      const ref = { initiatedEventId: ev.eventId, namespace: ns, workflowExecution: exec, control: attrs.control };
      if (!target) {
        run.externalSignals.set(ev.eventId, { state: externalSignalMachine.next('initiated', 'failed') });
        e.emit(u, run, { eventType: EventType.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_FAILED, attrs: { ...ref, cause: 1 }, completion: false });
        return;
      }
      e.emit(u, target, {
        eventType: EventType.WORKFLOW_EXECUTION_SIGNALED,
        attrs: { signalName: attrs.signalName, input: attrs.input, header: attrs.header, identity: '', externalWorkflowExecution: { workflowId: run.workflowId, runId: run.runId } },
        completion: false,
      });
      run.externalSignals.set(ev.eventId, { state: externalSignalMachine.next('initiated', 'signaled') });
      e.emit(u, run, { eventType: EventType.EXTERNAL_WORKFLOW_EXECUTION_SIGNALED, attrs: { ...ref, workflowExecution: { workflowId: target.workflowId, runId: target.runId } }, completion: false });
    }),
  );
  return true;
}

/** RequestCancelExternalWorkflowExecution command (also how a parent cancels its child). */
export function initiateExternalCancel(e: Engine, uow: UnitOfWork, run: RunState, attrs: Obj, wftCompletedId: number): boolean {
  const ns = String(attrs.namespace || run.namespace);
  const ev = uow.append(run, EventType.REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED, {
    namespace: ns, workflowExecution: { workflowId: attrs.workflowId, runId: attrs.runId }, control: attrs.control,
    childWorkflowOnly: attrs.childWorkflowOnly, reason: attrs.reason, workflowTaskCompletedEventId: wftCompletedId,
  });
  run.externalCancels.set(ev.eventId, { state: 'initiated' });
  const exec = { workflowId: attrs.workflowId, runId: attrs.runId };
  uow.after(() =>
    e.tx((u) => {
      const target = findTarget(e, ns, exec, attrs.childWorkflowOnly ? run : undefined);
      const ref = { initiatedEventId: ev.eventId, namespace: ns, workflowExecution: exec };
      if (!target) {
        run.externalCancels.set(ev.eventId, { state: externalCancelMachine.next('initiated', 'failed') });
        e.emit(u, run, { eventType: EventType.REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_FAILED, attrs: { ...ref, cause: 1, control: attrs.control }, completion: false });
        return;
      }
      requestCancelRun(e, u, ns, target.workflowId, { reason: attrs.reason as string, externalInitiatedEventId: ev.eventId, externalWorkflowExecution: { workflowId: run.workflowId, runId: run.runId } }, target);
      run.externalCancels.set(ev.eventId, { state: externalCancelMachine.next('initiated', 'requested') });
      e.emit(u, run, { eventType: EventType.EXTERNAL_WORKFLOW_EXECUTION_CANCEL_REQUESTED, attrs: { ...ref, workflowExecution: { workflowId: target.workflowId, runId: target.runId } }, completion: false });
    }),
  );
  return true;
}

function findTarget(e: Engine, ns: string, exec: Obj, childOf?: RunState): RunState | undefined {
  let target: RunState | undefined;
  try {
    target = e.resolve(ns, exec);
  } catch {
    return undefined;
  }
  if (target.state !== 'running') return undefined;
  if (childOf && target.parent?.runId !== childOf.runId && target.parent?.workflowId !== childOf.workflowId) return undefined;
  return target;
}

/** Id of the parent's ChildWorkflowExecutionStarted for an initiated child (scanned at close time only). */
function childStartedEventId(parent: RunState, initiatedEventId: number): number {
  for (let i = parent.history.length - 1; i >= 0; i--) {
    const h = parent.history[i]!;
    if (h.eventType === EventType.CHILD_WORKFLOW_EXECUTION_STARTED && (h.childWorkflowExecutionStartedEventAttributes as Obj).initiatedEventId === initiatedEventId) return h.eventId;
  }
  return 0;
}
