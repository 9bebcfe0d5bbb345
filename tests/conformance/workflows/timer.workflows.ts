import { CancellationScope, condition, isCancellation, sleep } from '@temporalio/workflow';
import type { Duration } from '@temporalio/common';
import { registerMessageHandlers } from './message-handlers';

/** Sleeps and reports the workflow clock (`Date.now()`, i.e. workflow task start times) before and after. */
export async function sleepWorkflow(duration: Duration): Promise<{ before: number; after: number }> {
  const before = Date.now();
  await sleep(duration);
  return { before, after: Date.now() };
}

/** Waits for a signal with a timeout; returns whether the signal came first. */
export async function conditionTimeoutWorkflow(timeout: Duration): Promise<boolean> {
  const { state } = registerMessageHandlers();
  return condition(() => state.length > 0, timeout);
}

/** Three timers started together; returns the order they fired in. */
export async function parallelTimersWorkflow(): Promise<string[]> {
  const fired: string[] = [];
  const timer = async (name: string, duration: Duration) => {
    await sleep(duration);
    fired.push(name);
  };
  await Promise.all([timer('3s', '3 seconds'), timer('1s', '1 second'), timer('2s', '2 seconds')]);
  return fired;
}

/** Starts a long timer, cancels it, then sleeps briefly; returns how the cancelled timer ended. */
export async function cancelTimerWorkflow(): Promise<string> {
  const scope = new CancellationScope();
  const long = scope.run(() => sleep('1 day'));
  await sleep('1 second');
  scope.cancel();
  try {
    await long;
    return 'fired';
  } catch (e) {
    return isCancellation(e) ? 'cancelled' : String(e);
  }
}

/** Many sequential short timers: a history of about 5 × `count` events (for paging). */
export async function manyTimersWorkflow(count: number): Promise<number> {
  for (let i = 0; i < count; i++) await sleep(1);
  return count;
}
