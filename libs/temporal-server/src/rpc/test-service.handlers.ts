import type { VirtualClock } from '../clock/virtual-clock';
import type { Obj } from '../engine/events';
import { durMs, fromTs, ts } from '../util/time';
import type { HandlerTable } from './grpc-server';

let sleepSeq = 0;

/** Waits until virtual time `at` (a clock timer resolves it; time skips to it only when unlocked). */
function sleepUntil(clock: VirtualClock, at: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const key = `test-sleep:${++sleepSeq}`;
    signal.addEventListener('abort', () => {
      clock.clear(key);
      resolve();
    });
    clock.set(key, at, resolve);
  });
}

/** TestService (time skipping, protocol doc §8): lock counting over the one virtual clock. */
export function testServiceHandlers(clock: VirtualClock): HandlerTable {
  const T = 'TestService/';
  return {
    [`${T}LockTimeSkipping`]: () => (clock.lock(), {}),
    [`${T}UnlockTimeSkipping`]: () => (clock.unlock(), {}),
    [`${T}UnlockTimeSkippingWithSleep`]: async (req, ctx) => {
      const at = clock.now() + durMs(req.duration as Obj);
      // Re-lock when the sleep is over, then reply (env.sleep()).
      const done = new Promise<void>((resolve) => clock.set(`test-unlock-sleep:${++sleepSeq}`, at, () => (clock.lock(), resolve())));
      clock.unlock();
      await Promise.race([done, new Promise((r) => ctx.signal.addEventListener('abort', r))]);
      return {};
    },
    [`${T}Sleep`]: async (req, ctx) => (await sleepUntil(clock, clock.now() + durMs(req.duration as Obj), ctx.signal), {}),
    [`${T}SleepUntil`]: async (req, ctx) => (await sleepUntil(clock, fromTs(req.timestamp as Obj), ctx.signal), {}),
    [`${T}GetCurrentTime`]: () => ({ time: ts(clock.now()) }),
  };
}
