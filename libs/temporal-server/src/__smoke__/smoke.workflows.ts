// Workflows for the server's own end-to-end smoke test (bundled by the real worker).
import { condition, defineQuery, defineSignal, defineUpdate, executeChild, proxyActivities, setHandler, sleep } from '@temporalio/workflow';

const { greet } = proxyActivities<{ greet(name: string): Promise<string> }>({ startToCloseTimeout: '10s' });

export const addSignal = defineSignal<[string]>('add');
export const itemsQuery = defineQuery<string[]>('items');
export const incUpdate = defineUpdate<number, [number]>('inc');

/** Signal + query + activity + timer. */
export async function hello(name: string): Promise<string> {
  const items: string[] = [];
  setHandler(addSignal, (v) => void items.push(v));
  setHandler(itemsQuery, () => items);
  const greeting = await greet(name);
  await sleep('1 day');
  return `${greeting} ${items.join(',')}`;
}

/** Update with a validator. */
export async function counter(): Promise<number> {
  let total = 0;
  setHandler(incUpdate, (n) => (total += n), {
    validator: (n) => {
      if (n < 0) throw new Error('negative');
    },
  });
  await condition(() => total >= 10);
  return total;
}

export async function double(x: number): Promise<number> {
  return x * 2;
}

/** Child workflow. */
export async function parent(): Promise<number> {
  return executeChild(double, { args: [21] });
}
