import { condition, continueAsNew, proxyActivities, proxyLocalActivities, sleep } from '@temporalio/workflow';
import type { Duration } from '@temporalio/common';
import type { ConformanceActivities } from '../activities';
import { registerMessageHandlers } from './message-handlers';

const { waitForLatch } = proxyLocalActivities<ConformanceActivities>({ startToCloseTimeout: '1 minute' });
const { waitForLatch: waitForLatchActivity } = proxyActivities<ConformanceActivities>({
  startToCloseTimeout: '1 minute',
});

/** First task holds the latch, then the workflow completes: anything arriving meanwhile forces UnhandledCommand. */
export async function latchThenReturnWorkflow(latchKey: string): Promise<string[]> {
  const { state } = registerMessageHandlers();
  await waitForLatch(latchKey);
  return [...state];
}

/** First task holds the latch, then waits for `finish`. */
export async function latchThenWaitWorkflow(latchKey: string): Promise<string[]> {
  const { state, finished } = registerMessageHandlers();
  await waitForLatch(latchKey);
  await condition(finished);
  return state;
}

/**
 * Starts a timer in its first task and waits for `append`; the second task holds the latch, so the timer fires
 * while that task is in flight. Returns once the timer fired.
 */
export async function timerDuringTaskWorkflow(latchKey: string, timer: Duration): Promise<string> {
  const { state } = registerMessageHandlers();
  let fired = false;
  const timerDone = sleep(timer).then(() => (fired = true));
  await condition(() => state.length > 0);
  await waitForLatch(latchKey);
  const firedBeforeLatchReleased = fired;
  await timerDone;
  return firedBeforeLatchReleased ? 'fired early' : 'fired after the task';
}

/** First task holds the latch, then continues as new once; the new run returns the values it got. */
export async function latchThenContinueWorkflow(latchKey: string, continued = false): Promise<string[]> {
  const { state } = registerMessageHandlers();
  if (continued) return state;
  await waitForLatch(latchKey);
  if (state.length > 0) return [`seen before continuing: ${state.join(',')}`];
  return continueAsNew<typeof latchThenContinueWorkflow>(latchKey, true);
}

/**
 * Schedules an activity that waits on `activityLatch`, waits for `append`, then holds `taskLatch` in a local
 * activity: the activity can complete while that task is in flight. Returns the activity's result.
 */
export async function activityDuringTaskWorkflow(activityLatch: string, taskLatch: string): Promise<string> {
  const { state } = registerMessageHandlers();
  const activity = waitForLatchActivity(activityLatch).then(() => 'activity done');
  await condition(() => state.length > 0);
  await waitForLatch(taskLatch);
  return activity;
}
