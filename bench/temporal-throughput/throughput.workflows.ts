// The benchmark workload: one signal, one activity, one timer per workflow.
import { condition, defineSignal, proxyActivities, setHandler, sleep } from '@temporalio/workflow';

/** Unblocks the workflow. */
export const goSignal = defineSignal('go');

const { echo } = proxyActivities<{ echo(value: number): Promise<number> }>({ startToCloseTimeout: '30 seconds' });

/** Waits for `go`, runs one activity, sleeps `timerMs`, returns the activity result. */
export async function throughputWorkflow(value: number, timerMs: number): Promise<number> {
  let go = false;
  setHandler(goSignal, () => void (go = true));
  await condition(() => go);
  const result = await echo(value);
  await sleep(timerMs);
  return result;
}
