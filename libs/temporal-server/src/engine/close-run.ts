import { ContinueAsNewInitiator, EventType, RetryState, TimeoutType } from '../proto/enums.generated';
import { cronBackoffMs } from './cron-schedule';
import { wake, type Engine } from './engine';
import type { Obj } from './events';
import { workflowExecutionMachine, type ExecutionAction } from './workflow-execution.machine';
import { workflowTaskMachine } from './workflow-task.machine';
import type { RunState } from './run-state';
import type { UnitOfWork } from './unit-of-work';
import { abortUpdates } from './updates.ops';
import { onRunClosed } from './children.ops';
import { decideRetry } from './retry-policy';
import { createRun } from './new-run';
import { dispatchLegacyQueries } from './queries.ops';

/**
 * Closes a run: transition, close event, every pending timer cleared, locks released (derived at commit),
 * updates aborted, queries re-routed to direct query tasks, children and parent told after commit.
 */
export function closeRun(e: Engine, uow: UnitOfWork, run: RunState, action: ExecutionAction, eventType: number, attrs: Obj): void {
  run.state = workflowExecutionMachine.next(run.state, action);
  uow.touch(run);
  if (run.wft.state !== 'none') {
    run.wft.state = workflowTaskMachine.next(run.wft.state, 'close');
    run.wft.transientEvents = [];
    for (const id of run.wft.deliveredQueries) {
      const q = e.queryWaiters.get(id);
      if (q) run.pendingQueries.set(id, { id, query: q.query });
    }
    run.wft.deliveredQueries = [];
  }
  run.buffered = [];
  uow.append(run, eventType, attrs);
  run.closeTime = uow.now;
  for (const k of ['run-timeout', 'exec-timeout', 'wft-stc', 'wft-sticky', 'start-backoff']) uow.clearTimer(`${k}:${run.runId}`);
  for (const [id, t] of run.timers) if (t.state === 'started') uow.clearTimer(`timer:${run.runId}:${id}`);
  for (const a of run.activities.values()) {
    for (const k of ['act-s2s', 'act-s2c', 'act-stc', 'act-hb', 'act-retry']) uow.clearTimer(`${k}:${run.runId}:${a.scheduledEventId}`);
    a.state = 'closed';
  }
  abortUpdates(e, uow, run);
  dispatchLegacyQueries(e, uow, run);
  onRunClosed(e, uow, run);
  uow.after(() => wake(e.historyWaiters, `close:${run.runId}`));
}

/** Fires for run timeout and execution timeout; retries per the workflow retry policy unless the execution expired. */
export function closeByTimeout(e: Engine, uow: UnitOfWork, runId: string): void {
  const run = e.store.getRun(runId);
  if (!run || run.state !== 'running') return;
  const expired = run.executionExpirationTime > 0 && uow.now >= run.executionExpirationTime;
  const failure = { message: 'Workflow timed out', timeoutFailureInfo: { timeoutType: TimeoutType.START_TO_CLOSE } };
  const decision = expired ? { retry: false as const, retryState: RetryState.TIMEOUT } : decideRetry(run.retry, run.attempt, failure, uow.now, run.executionExpirationTime);
  const newRunId = decision.retry ? startRetryRun(e, uow, run, failure, decision.delayMs) : !expired ? startCronRun(e, uow, run, { continuedFailure: failure }) : undefined;
  closeRun(e, uow, run, 'timeout', EventType.WORKFLOW_EXECUTION_TIMED_OUT, {
    retryState: decision.retry ? RetryState.IN_PROGRESS : decision.retryState,
    newExecutionRunId: newRunId,
  });
}

/** Terminates a run (client request, parent-close policy, conflict policy, history limit). */
export function terminateRun(e: Engine, uow: UnitOfWork, run: RunState, reason: string, identity?: string, details?: unknown): void {
  closeRun(e, uow, run, 'terminate', EventType.WORKFLOW_EXECUTION_TERMINATED, { reason, details, identity });
}

/** After a cron run closes (not canceled/terminated): the next run, waiting for the next scheduled time. */
export function startCronRun(e: Engine, uow: UnitOfWork, run: RunState, carry: { lastCompletionResult?: unknown; continuedFailure?: unknown }): string | undefined {
  if (!run.cronSchedule) return undefined;
  const s = run.started;
  run.nextRunId = createRun(e, uow, {
    namespace: run.namespace,
    workflowId: run.workflowId,
    workflowType: run.workflowType,
    taskQueue: run.taskQueue,
    input: s.input,
    header: s.header,
    runTimeoutMs: run.runTimeoutMs,
    executionTimeoutMs: run.executionTimeoutMs,
    taskTimeoutMs: run.workflowTaskTimeoutMs,
    retry: run.retry,
    cronSchedule: run.cronSchedule,
    memo: run.memo,
    searchAttributes: run.searchAttributes,
    parent: run.parent,
    root: run.root,
    firstRunId: run.firstRunId,
    expirationTime: run.executionExpirationTime,
    backoffMs: cronBackoffMs(run.cronSchedule, uow.now),
    continuedExecutionRunId: run.runId,
    initiator: ContinueAsNewInitiator.CRON_SCHEDULE,
    ...carry,
  }).runId;
  return run.nextRunId;
}

/** Starts the next attempt of a failed/timed-out run with retry policy; returns its run id. */
export function startRetryRun(e: Engine, uow: UnitOfWork, run: RunState, failure: unknown, delayMs: number): string {
  const s = run.started;
  run.nextRunId = createRun(e, uow, {
    namespace: run.namespace,
    workflowId: run.workflowId,
    workflowType: run.workflowType,
    taskQueue: run.taskQueue,
    input: s.input,
    header: s.header,
    runTimeoutMs: run.runTimeoutMs,
    executionTimeoutMs: run.executionTimeoutMs,
    taskTimeoutMs: run.workflowTaskTimeoutMs,
    retry: run.retry,
    cronSchedule: run.cronSchedule,
    memo: run.memo,
    searchAttributes: run.searchAttributes,
    parent: run.parent,
    root: run.root,
    attempt: run.attempt + 1,
    firstRunId: run.firstRunId,
    expirationTime: run.executionExpirationTime,
    backoffMs: delayMs,
    continuedExecutionRunId: run.runId,
    initiator: 2, // CONTINUE_AS_NEW_INITIATOR_RETRY
    continuedFailure: failure,
  }).runId;
  return run.nextRunId;
}
