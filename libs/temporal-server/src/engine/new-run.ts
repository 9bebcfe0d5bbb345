import { randomUUID } from 'node:crypto';
import { EventType, TaskQueueKind } from '../proto/enums.generated';
import { dur, ts } from '../util/time';
import type { Engine } from './engine';
import type { Obj } from './events';
import { retryPolicyProto } from './retry-policy';
import type { RetryPolicy, RunState } from './run-state';
import type { UnitOfWork } from './unit-of-work';
import { closeByTimeout } from './close-run';
import { cronBackoffMs } from './cron-schedule';

/** Everything needed to create a run (from a start request, a child command, continue-as-new, retry or cron). */
export interface NewRunParams {
  namespace: string;
  workflowId: string;
  workflowType: string;
  taskQueue: string;
  input?: unknown;
  header?: unknown;
  runTimeoutMs: number;
  executionTimeoutMs: number;
  taskTimeoutMs: number;
  retry?: RetryPolicy;
  cronSchedule?: string;
  memo?: Record<string, unknown>;
  searchAttributes?: Record<string, unknown>;
  identity?: string;
  requestId?: string;
  parent?: RunState['parent'];
  root?: RunState['root'];
  attempt?: number;
  firstRunId?: string;
  /** Epoch ms; 0 = derive from executionTimeoutMs. */
  expirationTime?: number;
  backoffMs?: number;
  continuedExecutionRunId?: string;
  initiator?: number;
  continuedFailure?: unknown;
  lastCompletionResult?: unknown;
  userMetadata?: unknown;
  priority?: unknown;
  /** Extra events right after WorkflowExecutionStarted (signal-with-start's signal). */
  afterStarted?: Array<{ eventType: number; attrs: Obj }>;
}

/** Real server's cap on the workflow-task timeout. */
const MAX_WFT_TIMEOUT_MS = 120_000;

/** Creates a run, writes WorkflowExecutionStarted, arms its timeouts and asks for the first workflow task. */
export function createRun(e: Engine, uow: UnitOfWork, p: NewRunParams): RunState {
  const runId = randomUUID();
  const now = uow.now;
  // The first run of a cron chain waits for the first scheduled time.
  if (p.cronSchedule && p.initiator === undefined && !p.backoffMs) p = { ...p, backoffMs: cronBackoffMs(p.cronSchedule, now) };
  const executionTimeoutMs = p.executionTimeoutMs;
  let runTimeoutMs = p.runTimeoutMs;
  if (executionTimeoutMs > 0 && (runTimeoutMs === 0 || runTimeoutMs > executionTimeoutMs)) runTimeoutMs = executionTimeoutMs;
  let taskTimeoutMs = p.taskTimeoutMs || 10_000;
  taskTimeoutMs = Math.min(taskTimeoutMs, MAX_WFT_TIMEOUT_MS, runTimeoutMs || Infinity);
  const expiration = p.expirationTime || (executionTimeoutMs > 0 ? now + executionTimeoutMs : 0);
  const run: RunState = {
    namespace: p.namespace,
    workflowId: p.workflowId,
    runId,
    firstRunId: p.firstRunId ?? runId,
    state: 'running',
    workflowType: p.workflowType,
    taskQueue: p.taskQueue,
    history: [],
    nextEventId: 1,
    buffered: [],
    wft: {
      state: 'none', attempt: 1, scheduledEventId: 0, startedEventId: 0, scheduledTime: 0, startedTime: 0, token: 0,
      queue: p.taskQueue, sticky: false, transientEvents: [], speculative: false, deliveredQueries: [], deliveredUpdates: [],
    },
    lastCompletedStartedId: 0,
    activities: new Map(),
    activityIds: new Map(),
    timers: new Map(),
    children: new Map(),
    externalSignals: new Map(),
    externalCancels: new Map(),
    updates: new Map(),
    pendingQueries: new Map(),
    memo: { ...(p.memo ?? {}) },
    searchAttributes: { ...(p.searchAttributes ?? {}) },
    started: {},
    runTimeoutMs,
    executionTimeoutMs,
    workflowTaskTimeoutMs: taskTimeoutMs,
    retry: p.retry,
    cronSchedule: p.cronSchedule ?? '',
    attempt: p.attempt ?? 1,
    executionExpirationTime: expiration,
    startTime: now,
    executionTime: now + (p.backoffMs ?? 0),
    closeTime: 0,
    requestIds: new Set(p.requestId ? [p.requestId] : []),
    parent: p.parent,
    root: p.root ?? { workflowId: p.workflowId, runId },
    cancelRequested: false,
    awaitingBackoff: !!p.backoffMs && p.backoffMs > 0,
    locksHeld: 0,
    historySizeBytes: 0,
  };
  const started: Obj = {
    workflowType: { name: p.workflowType },
    taskQueue: { name: p.taskQueue, kind: TaskQueueKind.NORMAL },
    input: p.input,
    header: p.header,
    workflowExecutionTimeout: executionTimeoutMs ? dur(executionTimeoutMs) : undefined,
    workflowRunTimeout: runTimeoutMs ? dur(runTimeoutMs) : undefined,
    workflowTaskTimeout: dur(taskTimeoutMs),
    identity: p.identity,
    originalExecutionRunId: runId,
    firstExecutionRunId: run.firstRunId,
    attempt: run.attempt,
    memo: Object.keys(run.memo).length ? { fields: run.memo } : undefined,
    searchAttributes: Object.keys(run.searchAttributes).length ? { indexedFields: run.searchAttributes } : undefined,
    retryPolicy: p.retry ? retryPolicyProto(p.retry) : undefined,
    cronSchedule: p.cronSchedule || undefined,
    firstWorkflowTaskBackoff: p.backoffMs ? dur(p.backoffMs) : undefined,
    workflowExecutionExpirationTime: expiration ? ts(expiration) : undefined,
    parentWorkflowNamespace: p.parent?.namespace,
    parentWorkflowExecution: p.parent ? { workflowId: p.parent.workflowId, runId: p.parent.runId } : undefined,
    parentInitiatedEventId: p.parent?.initiatedEventId,
    rootWorkflowExecution: run.root,
    continuedExecutionRunId: p.continuedExecutionRunId,
    initiator: p.initiator,
    continuedFailure: p.continuedFailure,
    lastCompletionResult: p.lastCompletionResult,
    userMetadata: p.userMetadata,
    priority: p.priority,
  };
  for (const k of Object.keys(started)) if (started[k] === undefined) delete started[k];
  run.started = started;
  uow.touch(run);
  uow.append(run, EventType.WORKFLOW_EXECUTION_STARTED, started);
  for (const ev of p.afterStarted ?? []) uow.append(run, ev.eventType, ev.attrs);
  uow.currentRuns.push({ namespace: run.namespace, workflowId: run.workflowId, runId });
  if (runTimeoutMs > 0) uow.setTimer(`run-timeout:${runId}`, now + runTimeoutMs, () => e.tx((u) => closeByTimeout(e, u, runId)));
  if (expiration > 0) uow.setTimer(`exec-timeout:${runId}`, expiration, () => e.tx((u) => closeByTimeout(e, u, runId)));
  if (p.backoffMs && p.backoffMs > 0) {
    uow.setTimer(`start-backoff:${runId}`, now + p.backoffMs, () =>
      e.tx((u) => {
        const r = e.store.getRun(runId);
        if (r) r.awaitingBackoff = false;
        if (r?.state === 'running') {
          u.touch(r);
          u.wantWft.add(r);
        }
      }),
    );
  } else uow.wantWft.add(run);
  return run;
}
