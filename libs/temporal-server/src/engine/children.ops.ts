import { EventType, ParentClosePolicy } from '../proto/enums.generated';
import type { StoredTransfer } from '../store/execution-store';
import { durMs } from '../util/time';
import { childWorkflowMachine } from './child-workflow.machine';
import type { Engine } from './engine';
import { attrsOf, type Obj } from './events';
import { externalCancelMachine } from './external-cancel.machine';
import { externalSignalMachine } from './external-signal.machine';
import { createRun } from './new-run';
import { normalizeRetryPolicy } from './retry-policy';
import type { ChildInfo, RunState } from './run-state';
import type { UnitOfWork } from './unit-of-work';
import { requestCancelRun, terminateById } from './signals.ops';

/** StartChildWorkflowExecution command: Initiated now; the child starts right after commit (a transfer). */
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
  owe(e, uow, { id: `startChild:${run.runId}:${ev.eventId}`, kind: 'startChild', runId: run.runId, eventId: ev.eventId, target: { namespace, workflowId } });
  return true;
}

/**
 * Records a cross-run effect as owed in this unit of work (durable with it) and carries it out right after its commit.
 * Like Temporal's transfer tasks: a durable store re-executes the owed ones at start ({@link runTransfer}).
 */
function owe(e: Engine, uow: UnitOfWork, t: StoredTransfer): void {
  uow.transfers.push({ id: t.id, transfer: t });
  uow.after(() => runTransfer(e, t));
}

const TRANSFERS: Record<StoredTransfer['kind'], (e: Engine, uow: UnitOfWork, t: StoredTransfer) => void> = {
  startChild: startChildTransfer,
  childClosed: childClosedTransfer,
  signalExternal: signalExternalTransfer,
  cancelExternal: cancelExternalTransfer,
  parentClose: parentCloseTransfer,
};

/**
 * Carries out an owed cross-run effect in its own unit of work, which also records it done (so it happens once).
 * Each kind reads what it needs from the stored runs and does nothing when the effect already happened or is moot
 * (a completion delivered twice is ignored by the parent's child machine). Throws if the unit of work fails: the
 * transfer then stays owed.
 */
export function runTransfer(e: Engine, t: StoredTransfer): void {
  e.tx((u) => {
    u.transfers.push({ id: t.id });
    TRANSFERS[t.kind](e, u, t);
  });
}

/** The attributes of event `eventId` of a run (an Initiated event a transfer carries out). */
function eventAttrs(run: RunState, eventId: number): Obj | undefined {
  const h = run.history[eventId - 1]?.eventId === eventId ? run.history[eventId - 1] : run.history.find((x) => x.eventId === eventId);
  return h ? attrsOf(h) : undefined;
}

function startChildTransfer(e: Engine, uow: UnitOfWork, t: StoredTransfer): void {
  const parent = e.store.getRun(t.runId);
  const info = parent?.children.get(t.eventId);
  const attrs = parent && eventAttrs(parent, t.eventId);
  // Started (or failed) already: the start is keyed by the parent's initiated event, it never happens twice.
  if (!parent || !info || !attrs || info.state !== 'initiated') return;
  startChild(e, uow, parent, info, attrs);
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
    owe(e, uow, { id: `parentClose:${run.runId}:${c.initiatedEventId}`, kind: 'parentClose', runId: run.runId, eventId: c.initiatedEventId, target: { namespace: c.namespace, workflowId: c.workflowId } });
  }
  const p = run.parent;
  if (!p || !CHILD_CLOSE[run.state] || run.nextRunId) return;
  owe(e, uow, { id: `childClosed:${run.runId}`, kind: 'childClosed', runId: run.runId, eventId: p.initiatedEventId, target: { namespace: p.namespace, workflowId: p.workflowId, runId: p.runId } });
}

function parentCloseTransfer(e: Engine, uow: UnitOfWork, t: StoredTransfer): void {
  const c = e.store.getRun(t.runId)?.children.get(t.eventId);
  if (!c) return;
  if (c.parentClosePolicy === ParentClosePolicy.REQUEST_CANCEL) {
    const id = e.store.currentRunId(c.namespace, c.workflowId);
    const target = id ? e.store.getRun(id) : undefined;
    if (target?.state === 'running') requestCancelRun(e, uow, c.namespace, c.workflowId, { reason: 'by parent close policy' }, target);
  } else terminateById(e, uow, c.namespace, c.workflowId, 'by parent close policy');
}

function childClosedTransfer(e: Engine, uow: UnitOfWork, t: StoredTransfer): void {
  const run = e.store.getRun(t.runId);
  const closeType = run && CHILD_CLOSE[run.state];
  const parent = t.target.runId ? e.store.getRun(t.target.runId) : undefined;
  const info = parent?.children.get(t.eventId);
  // Delivered already (the child machine left 'started'), or the parent closed: nothing to do.
  if (!run || !closeType || !parent || parent.state !== 'running' || !info || info.state !== 'started') return;
  info.state = childWorkflowMachine.next(info.state, 'closed');
  const last = run.history[run.history.length - 1];
  const a = last ? attrsOf(last) : {};
  e.emit(uow, parent, {
    eventType: closeType,
    attrs: {
      namespace: info.namespace, workflowExecution: { workflowId: run.workflowId, runId: run.runId }, workflowType: { name: info.workflowType },
      initiatedEventId: info.initiatedEventId, startedEventId: childStartedEventId(parent, info.initiatedEventId),
      result: a.result, failure: a.failure, details: a.details, retryState: a.retryState,
    },
    completion: true,
  });
}

/** SignalExternalWorkflowExecution command: Initiated now, delivered right after commit (a transfer). */
export function initiateExternalSignal(e: Engine, uow: UnitOfWork, run: RunState, attrs: Obj, wftCompletedId: number): boolean {
  const ns = String(attrs.namespace || run.namespace);
  const ev = uow.append(run, EventType.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED, { ...attrs, namespace: ns, workflowTaskCompletedEventId: wftCompletedId });
  run.externalSignals.set(ev.eventId, { state: 'initiated' });
  const exec = (attrs.execution as Obj) ?? {};
  owe(e, uow, { id: `signalExternal:${run.runId}:${ev.eventId}`, kind: 'signalExternal', runId: run.runId, eventId: ev.eventId, target: targetOf(ns, exec) });
  return true;
}

function signalExternalTransfer(e: Engine, u: UnitOfWork, t: StoredTransfer): void {
  const run = e.store.getRun(t.runId);
  const attrs = run && eventAttrs(run, t.eventId);
  // Delivered (or failed) already: the signal is keyed by the initiated event, it never arrives twice.
  if (!run || !attrs || run.externalSignals.get(t.eventId)?.state !== 'initiated') return;
  const ns = String(attrs.namespace || run.namespace);
  const exec = (attrs.execution as Obj) ?? {};
  const target = findTarget(e, ns, exec, attrs.childWorkflowOnly ? run : undefined);
  const ref = { initiatedEventId: t.eventId, namespace: ns, workflowExecution: exec, control: attrs.control };
  if (!target) {
    run.externalSignals.set(t.eventId, { state: externalSignalMachine.next('initiated', 'failed') });
    e.emit(u, run, { eventType: EventType.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_FAILED, attrs: { ...ref, cause: 1 }, completion: false });
    return;
  }
  e.emit(u, target, {
    eventType: EventType.WORKFLOW_EXECUTION_SIGNALED,
    attrs: { signalName: attrs.signalName, input: attrs.input, header: attrs.header, identity: '', externalWorkflowExecution: { workflowId: run.workflowId, runId: run.runId } },
    completion: false,
  });
  run.externalSignals.set(t.eventId, { state: externalSignalMachine.next('initiated', 'signaled') });
  e.emit(u, run, { eventType: EventType.EXTERNAL_WORKFLOW_EXECUTION_SIGNALED, attrs: { ...ref, workflowExecution: { workflowId: target.workflowId, runId: target.runId } }, completion: false });
}

/** RequestCancelExternalWorkflowExecution command (also how a parent cancels its child): delivered after commit (a transfer). */
export function initiateExternalCancel(e: Engine, uow: UnitOfWork, run: RunState, attrs: Obj, wftCompletedId: number): boolean {
  const ns = String(attrs.namespace || run.namespace);
  const ev = uow.append(run, EventType.REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED, {
    namespace: ns, workflowExecution: { workflowId: attrs.workflowId, runId: attrs.runId }, control: attrs.control,
    childWorkflowOnly: attrs.childWorkflowOnly, reason: attrs.reason, workflowTaskCompletedEventId: wftCompletedId,
  });
  run.externalCancels.set(ev.eventId, { state: 'initiated' });
  owe(e, uow, { id: `cancelExternal:${run.runId}:${ev.eventId}`, kind: 'cancelExternal', runId: run.runId, eventId: ev.eventId, target: targetOf(ns, { workflowId: attrs.workflowId, runId: attrs.runId }) });
  return true;
}

function cancelExternalTransfer(e: Engine, u: UnitOfWork, t: StoredTransfer): void {
  const run = e.store.getRun(t.runId);
  const attrs = run && eventAttrs(run, t.eventId);
  if (!run || !attrs || run.externalCancels.get(t.eventId)?.state !== 'initiated') return;
  const ns = String(attrs.namespace || run.namespace);
  const exec = (attrs.workflowExecution as Obj) ?? {};
  const target = findTarget(e, ns, exec, attrs.childWorkflowOnly ? run : undefined);
  const ref = { initiatedEventId: t.eventId, namespace: ns, workflowExecution: exec };
  if (!target) {
    run.externalCancels.set(t.eventId, { state: externalCancelMachine.next('initiated', 'failed') });
    e.emit(u, run, { eventType: EventType.REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_FAILED, attrs: { ...ref, cause: 1, control: attrs.control }, completion: false });
    return;
  }
  requestCancelRun(e, u, ns, target.workflowId, { reason: attrs.reason as string, externalInitiatedEventId: t.eventId, externalWorkflowExecution: { workflowId: run.workflowId, runId: run.runId } }, target);
  run.externalCancels.set(t.eventId, { state: externalCancelMachine.next('initiated', 'requested') });
  e.emit(u, run, { eventType: EventType.EXTERNAL_WORKFLOW_EXECUTION_CANCEL_REQUESTED, attrs: { ...ref, workflowExecution: { workflowId: target.workflowId, runId: target.runId } }, completion: false });
}

function targetOf(namespace: string, exec: Obj): StoredTransfer['target'] {
  const runId = String(exec.runId ?? '');
  return { namespace, workflowId: String(exec.workflowId ?? ''), ...(runId ? { runId } : {}) };
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
