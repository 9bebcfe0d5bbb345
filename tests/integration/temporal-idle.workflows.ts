// Workflows of tests/integration/temporal-idle.test.ts (bundled by the SDK's webpack).
import { condition, defineQuery, defineSignal, executeChild, setHandler, sleep } from '@temporalio/workflow';

export const go = defineSignal<[string]>('go');
export const got = defineQuery<string>('got');

export async function idleSleeper(ms: number): Promise<string> {
  await sleep(ms);
  return 'woke';
}

export async function idleSignalWaiter(): Promise<string> {
  let value = '';
  setHandler(go, (v) => {
    value = v;
  });
  setHandler(got, () => value);
  await condition(() => value !== '');
  return `got:${value}`;
}

export async function idleParent(childMs: number): Promise<string> {
  const child = await executeChild(idleSleeper, { args: [childMs] });
  return `child:${child}`;
}
