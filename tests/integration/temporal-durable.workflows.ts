// Workflows of tests/integration/temporal-durable.test.ts (bundled by the SDK's webpack).
import { condition, defineSignal, proxyActivities, setHandler, sleep } from '@temporalio/workflow';

const { slowEcho } = proxyActivities<{ slowEcho(value: string, ms: number): Promise<string> }>({
  startToCloseTimeout: '2 minutes',
  retry: { maximumAttempts: 1 },
});

export const go = defineSignal<[string]>('go');

export async function durableSleeper(ms: number): Promise<string> {
  await sleep(ms);
  await sleep(50);
  return 'slept';
}

export async function durableSignalWaiter(): Promise<string> {
  let got: string | undefined;
  setHandler(go, (v) => {
    got = v;
  });
  await condition(() => got !== undefined);
  return `got:${got}`;
}

export async function durableActivityRunner(ms: number): Promise<string> {
  return await slowEcho('x', ms);
}
