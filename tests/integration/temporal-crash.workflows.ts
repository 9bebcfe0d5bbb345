// Workflows of tests/integration/temporal-crash.test.ts and bench/temporal-crash (bundled by the SDK's webpack).
import { condition, defineSignal, defineUpdate, proxyActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';

const { record } = proxyActivities<{ record(workflowId: string, seq: number, ms: number): Promise<string> }>({
  startToCloseTimeout: '8 seconds',
  retry: { initialInterval: '200 ms', maximumInterval: '1 second' },
});

export const add = defineSignal<[string]>('add');
export const finish = defineSignal('finish');
export const inc = defineUpdate<number, [string]>('inc');

export interface CrashResult {
  signals: string[];
  updates: string[];
  firings: number;
  activities: string[];
}

export async function crashWorkflow(timerMs: number[], activityMs: number[]): Promise<CrashResult> {
  const signals: string[] = [];
  const updates: string[] = [];
  let done = false;
  let firings = 0;
  setHandler(add, (id) => {
    if (!signals.includes(id)) signals.push(id);
  });
  setHandler(finish, () => {
    done = true;
  });
  setHandler(inc, async (id) => {
    // In flight across a kill: the handler sleeps on its own timer before answering.
    await sleep(100);
    if (!updates.includes(id)) updates.push(id);
    return updates.length;
  });
  const timers = (async () => {
    for (const ms of timerMs) {
      await sleep(ms);
      firings++;
    }
  })();
  const acts = (async () => {
    const out: string[] = [];
    for (let k = 0; k < activityMs.length; k++) out.push(await record(workflowInfo().workflowId, k, activityMs[k]!));
    return out;
  })();
  const [, activities] = await Promise.all([timers, acts]);
  await condition(() => done);
  return { signals, updates, firings, activities };
}
