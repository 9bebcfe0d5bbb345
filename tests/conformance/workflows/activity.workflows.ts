import {
  condition,
  ActivityCancellationType,
  ActivityFailure,
  CancellationScope,
  isCancellation,
  proxyActivities,
  proxyLocalActivities,
  sleep,
  TimeoutFailure,
  ApplicationFailure,
} from '@temporalio/workflow';
import type { Duration } from '@temporalio/common';
import type { AttemptInfo, ConformanceActivities } from '../activities';
import { registerMessageHandlers } from './message-handlers';

const { greet } = proxyActivities<ConformanceActivities>({ startToCloseTimeout: '10 seconds' });

/** Trace scenario "simple": signal + query handlers; after the first signal runs one activity; returns the greeting. */
export async function greetWorkflow(name: string): Promise<string> {
  const { state } = registerMessageHandlers();
  await condition(() => state.length > 0);
  const greeting = await greet(name);
  return `${greeting} signals=${JSON.stringify(state)}`;
}

/** An activity that fails until `succeedOnAttempt`; returns the successful attempt's info and the workflow clock. */
export async function flakyActivityWorkflow(
  succeedOnAttempt: number,
  initialInterval: Duration,
): Promise<AttemptInfo & { workflowStartMs: number; workflowEndMs: number }> {
  const workflowStartMs = Date.now();
  const { flaky } = proxyActivities<ConformanceActivities>({
    startToCloseTimeout: '10 seconds',
    retry: { initialInterval, backoffCoefficient: 1, maximumAttempts: 10 },
  });
  const info = await flaky(succeedOnAttempt);
  return { ...info, workflowStartMs, workflowEndMs: Date.now() };
}

/** Describes how a non-retryable activity failure reached the workflow. */
export async function nonRetryableActivityWorkflow(): Promise<{ type?: string; message: string; retryState?: string }> {
  const { failNonRetryable } = proxyActivities<ConformanceActivities>({
    startToCloseTimeout: '10 seconds',
    retry: { maximumAttempts: 5 },
  });
  try {
    await failNonRetryable('fatal');
    return { message: 'unexpected success' };
  } catch (e) {
    if (!(e instanceof ActivityFailure) || !(e.cause instanceof ApplicationFailure)) throw e;
    return { type: e.cause.type ?? undefined, message: e.cause.message, retryState: String(e.retryState) };
  }
}

/** Activity attempts time out (start-to-close) until retries are exhausted; returns the timeout type seen. */
export async function activityTimeoutWorkflow(): Promise<{ timeoutType?: string; retryState: string }> {
  const { slow } = proxyActivities<ConformanceActivities>({
    startToCloseTimeout: '300 ms',
    retry: { initialInterval: '10 ms', maximumAttempts: 2 },
  });
  try {
    await slow(60_000);
    return { retryState: 'unexpected success' };
  } catch (e) {
    if (!(e instanceof ActivityFailure) || !(e.cause instanceof TimeoutFailure)) throw e;
    return { timeoutType: String(e.cause.timeoutType), retryState: String(e.retryState) };
  }
}

/** Starts a heartbeating activity, cancels it after a while, waits for the cancellation to complete. */
export async function heartbeatCancelWorkflow(): Promise<string> {
  const { heartbeatUntilCancelled } = proxyActivities<ConformanceActivities>({
    startToCloseTimeout: '1 minute',
    heartbeatTimeout: '2 seconds',
    cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
  });
  const scope = new CancellationScope();
  const running = scope.run(() => heartbeatUntilCancelled());
  await sleep('500 ms');
  scope.cancel();
  try {
    await running;
    return 'not cancelled';
  } catch (e) {
    return isCancellation(e) ? 'cancelled' : `failed: ${String(e)}`;
  }
}

/** Runs `greet` as a local activity (a MarkerRecorded event, no activity task). */
export async function localActivityWorkflow(name: string): Promise<string> {
  const { greet: localGreet } = proxyLocalActivities<ConformanceActivities>({ startToCloseTimeout: '10 seconds' });
  return localGreet(name);
}

/** Retries a failing activity until its schedule-to-close timeout ends the retries; returns how it ended. */
export async function scheduleToCloseWorkflow(): Promise<{ cause: string; retryState: string }> {
  const { flaky } = proxyActivities<ConformanceActivities>({
    startToCloseTimeout: '10 seconds',
    scheduleToCloseTimeout: '1 hour',
    retry: { initialInterval: '20 minutes', backoffCoefficient: 1 },
  });
  try {
    await flaky(1_000);
    return { cause: 'success', retryState: '' };
  } catch (e) {
    if (!(e instanceof ActivityFailure)) throw e;
    return { cause: e.cause?.name ?? 'none', retryState: String(e.retryState) };
  }
}

/** An activity that never heartbeats within its heartbeat timeout; returns the timeout type seen. */
export async function heartbeatTimeoutWorkflow(): Promise<string> {
  const { slow } = proxyActivities<ConformanceActivities>({
    startToCloseTimeout: '1 minute',
    heartbeatTimeout: '1 second',
    retry: { maximumAttempts: 1 },
  });
  try {
    await slow(30_000);
    return 'finished';
  } catch (e) {
    if (e instanceof ActivityFailure && e.cause instanceof TimeoutFailure) return String(e.cause.timeoutType);
    throw e;
  }
}

/** A local activity longer than the workflow task timeout: the worker heartbeats the task meanwhile. */
export async function longLocalActivityWorkflow(ms: number): Promise<string> {
  const { slow } = proxyLocalActivities<ConformanceActivities>({ startToCloseTimeout: '1 minute' });
  return slow(ms);
}

/** Retries an activity once; returns the heartbeat details the second attempt received. */
export async function heartbeatDetailsWorkflow(progress: string): Promise<unknown> {
  const { resumeFromHeartbeat } = proxyActivities<ConformanceActivities>({
    startToCloseTimeout: '10 seconds',
    retry: { initialInterval: '10 ms', maximumAttempts: 3 },
  });
  return resumeFromHeartbeat(progress);
}

/** Schedules an activity on a queue nobody polls and cancels it before it starts; returns how it ended. */
export async function cancelUnstartedActivityWorkflow(nobodyPolls: string): Promise<string> {
  const { greet: unpolledGreet } = proxyActivities<ConformanceActivities>({
    taskQueue: nobodyPolls,
    startToCloseTimeout: '10 seconds',
    cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
  });
  const scope = new CancellationScope();
  const pending = scope.run(() => unpolledGreet('nobody'));
  await sleep('100 ms');
  scope.cancel();
  try {
    await pending;
    return 'completed';
  } catch (e) {
    return isCancellation(e) ? 'cancelled' : String(e);
  }
}

/** Schedules an activity on a queue nobody polls with a schedule-to-start timeout; returns the timeout type. */
export async function scheduleToStartWorkflow(nobodyPolls: string): Promise<string> {
  const { greet: unpolledGreet } = proxyActivities<ConformanceActivities>({
    taskQueue: nobodyPolls,
    startToCloseTimeout: '10 seconds',
    scheduleToStartTimeout: '1 second',
  });
  try {
    await unpolledGreet('nobody');
    return 'completed';
  } catch (e) {
    if (e instanceof ActivityFailure && e.cause instanceof TimeoutFailure) return String(e.cause.timeoutType);
    throw e;
  }
}
