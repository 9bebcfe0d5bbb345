import { alreadyStarted, invalidArgument } from '../errors/server-error';
import { EventType, WorkflowIdConflictPolicy as Conflict, WorkflowIdReusePolicy as Reuse } from '../proto/enums.generated';
import { durMs } from '../util/time';
import { terminateRun } from './close-run';
import type { Engine } from './engine';
import type { Obj } from './events';
import { createRun, type NewRunParams } from './new-run';
import { parseCron } from './cron-schedule';
import { normalizeRetryPolicy } from './retry-policy';
import type { RunState } from './run-state';
import { signalRun } from './signals.ops';
import type { UnitOfWork } from './unit-of-work';

/** Rejects search attributes that are not registered in the namespace (as the real server does). */
export function validateSearchAttributes(e: Engine, namespace: string, fields: Record<string, unknown> | undefined): void {
  for (const name of Object.keys(fields ?? {})) {
    if (e.namespaces.searchAttributeType(namespace, name) === undefined) {
      throw invalidArgument(`Namespace ${namespace} has no mapping defined for search attribute ${name}`);
    }
  }
}

function paramsFromRequest(e: Engine, namespace: string, req: Obj): NewRunParams {
  const workflowId = String(req.workflowId ?? '');
  const workflowType = String((req.workflowType as Obj | undefined)?.name ?? '');
  const taskQueue = String((req.taskQueue as Obj | undefined)?.name ?? '');
  if (!workflowId) throw invalidArgument('WorkflowId is not set on request.');
  if (!workflowType) throw invalidArgument('WorkflowType is not set on request.');
  if (!taskQueue) throw invalidArgument('TaskQueue is not set on request.');
  const searchAttributes = (req.searchAttributes as Obj | undefined)?.indexedFields as Record<string, unknown> | undefined;
  validateSearchAttributes(e, namespace, searchAttributes);
  if (req.cronSchedule) parseCron(String(req.cronSchedule));
  return {
    namespace,
    workflowId,
    workflowType,
    taskQueue,
    input: req.input,
    header: req.header,
    runTimeoutMs: durMs(req.workflowRunTimeout as Obj),
    executionTimeoutMs: durMs(req.workflowExecutionTimeout as Obj),
    taskTimeoutMs: durMs(req.workflowTaskTimeout as Obj),
    retry: req.retryPolicy ? normalizeRetryPolicy(req.retryPolicy as Obj) : undefined,
    cronSchedule: req.cronSchedule as string | undefined,
    memo: (req.memo as Obj | undefined)?.fields as Record<string, unknown> | undefined,
    searchAttributes,
    identity: req.identity as string | undefined,
    requestId: req.requestId as string | undefined,
    backoffMs: durMs(req.workflowStartDelay as Obj),
    userMetadata: req.userMetadata,
    priority: req.priority,
  };
}

const FAILED_STATES = new Set(['failed', 'canceled', 'terminated', 'timedOut']);

/**
 * Applies the id reuse / conflict policies against the current run of the workflow id. Returns the run to reuse
 * (USE_EXISTING / request-id retry) or undefined when a new run may start.
 */
function checkIdPolicies(e: Engine, uow: UnitOfWork, p: NewRunParams, req: Obj): RunState | undefined {
  const currentId = e.store.currentRunId(p.namespace, p.workflowId);
  const current = currentId ? e.store.getRun(currentId) : undefined;
  if (!current) return undefined;
  if (p.requestId && current.requestIds.has(p.requestId)) return current;
  const reuse = Number(req.workflowIdReusePolicy ?? 0);
  const conflict = Number(req.workflowIdConflictPolicy ?? 0);
  if (current.state === 'running') {
    if (conflict === Conflict.USE_EXISTING) return current;
    if (conflict === Conflict.TERMINATE_EXISTING || reuse === Reuse.TERMINATE_IF_RUNNING) {
      terminateRun(e, uow, current, 'terminated by new run (workflow id conflict policy)');
      return undefined;
    }
    throw alreadyStarted(p.workflowId, p.requestId ?? '', current.runId);
  }
  if (reuse === Reuse.REJECT_DUPLICATE) throw alreadyStarted(p.workflowId, p.requestId ?? '', current.runId);
  if (reuse === Reuse.ALLOW_DUPLICATE_FAILED_ONLY && !FAILED_STATES.has(current.state)) throw alreadyStarted(p.workflowId, p.requestId ?? '', current.runId);
  return undefined;
}

/** The previous scheduled run's outcome: request fields only Temporal's scheduler sets (the public RPC ignores them). */
export interface ScheduledRunOutcome {
  lastCompletionResult?: Obj;
  continuedFailure?: Obj;
}

/** StartWorkflowExecution; `outcome` only when the server's own scheduler starts the run. */
export function startWorkflow(e: Engine, namespace: string, req: Obj, outcome: ScheduledRunOutcome = {}): Obj {
  return e.tx((uow) => {
    const p = { ...paramsFromRequest(e, namespace, req), ...outcome };
    const existing = checkIdPolicies(e, uow, p, req);
    if (existing) return { runId: existing.runId, started: false, status: 1 };
    return { runId: createRun(e, uow, p).runId, started: true, status: 1 };
  });
}

/** SignalWithStartWorkflowExecution: signal the open run, or start one whose history begins Started, Signaled. */
export function signalWithStart(e: Engine, namespace: string, req: Obj): Obj {
  return e.tx((uow) => {
    const p = paramsFromRequest(e, namespace, req);
    const currentId = e.store.currentRunId(namespace, p.workflowId);
    const current = currentId ? e.store.getRun(currentId) : undefined;
    const signal = { signalName: req.signalName, input: req.signalInput, identity: req.identity, header: req.header };
    if (current?.state === 'running' && Number(req.workflowIdConflictPolicy ?? 0) !== 3) {
      // The request id dedupes a client's retry of a call whose answer was lost (Temporal: "duplicate signal").
      signalRun(e, uow, current, { ...signal, requestId: req.requestId });
      return { runId: current.runId, started: false };
    }
    // Closed (or terminate-existing): the reuse policy decides; signal-with-start never fails on a running id.
    const existing = checkIdPolicies(e, uow, { ...p, requestId: undefined }, { ...req, workflowIdConflictPolicy: req.workflowIdConflictPolicy ?? 0 });
    if (existing) return { runId: existing.runId, started: false };
    const run = createRun(e, uow, { ...p, afterStarted: [{ eventType: EventType.WORKFLOW_EXECUTION_SIGNALED, attrs: signal }] });
    return { runId: run.runId, started: true };
  });
}
