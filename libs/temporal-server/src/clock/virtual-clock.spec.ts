import { VirtualClock } from './virtual-clock';

/** Resolves when `fn` returns true, checking after each macrotask (no fixed sleeps). */
async function until(fn: () => boolean, maxTurns = 1000): Promise<void> {
  for (let i = 0; i < maxTurns && !fn(); i++) await new Promise((r) => setImmediate(r));
  if (!fn()) throw new Error('condition not reached');
}

describe('VirtualClock', () => {
  it('skips straight to the next timer when unlocked', async () => {
    const clock = new VirtualClock(true, 0);
    const start = clock.now();
    let firedAt = 0;
    clock.set('t', start + 180 * 86_400_000, () => (firedAt = clock.now()));
    await until(() => firedAt > 0);
    expect(firedAt - start).toBeGreaterThanOrEqual(180 * 86_400_000);
    expect(firedAt - start).toBeLessThan(180 * 86_400_000 + 5_000);
    clock.stop();
  });

  it('does not skip while a lock is held (test-server mode starts with one)', async () => {
    const clock = new VirtualClock(true, 1);
    let fired = false;
    clock.set('t', clock.now() + 3_600_000, () => (fired = true));
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    expect(fired).toBe(false);
    clock.unlock();
    await until(() => fired);
    clock.stop();
  });

  it('stops jumping when a fired timer takes a lock (cascade runs first)', async () => {
    const clock = new VirtualClock(true, 0);
    const t0 = clock.now();
    const order: string[] = [];
    clock.set('a', t0 + 1_000, () => {
      order.push('a');
      clock.lock();
    });
    clock.set('b', t0 + 10_000_000, () => order.push('b'));
    await until(() => order.length === 1);
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    expect(order).toEqual(['a']);
    clock.unlock();
    await until(() => order.length === 2);
    expect(order).toEqual(['a', 'b']);
    clock.stop();
  });

  it('never goes below zero locks and cleared timers never fire', async () => {
    const clock = new VirtualClock(true, 0);
    clock.unlock();
    expect(clock.locks).toBe(0);
    let fired = false;
    clock.set('x', clock.now() + 10, () => (fired = true));
    clock.clear('x');
    let other = false;
    clock.set('y', clock.now() + 20, () => (other = true));
    await until(() => other);
    expect(fired).toBe(false);
    clock.stop();
  });

  it('follows wall time without time skipping', () => {
    const clock = new VirtualClock(false);
    expect(Math.abs(clock.now() - Date.now())).toBeLessThan(50);
    clock.lock();
    expect(clock.locks).toBe(0);
    clock.stop();
  });

  it('starts at a given instant and runs from there', () => {
    const clock = new VirtualClock(true, 1);
    const start = Date.UTC(2024, 0, 1);
    clock.startAt(start);
    expect(clock.now() - start).toBeGreaterThanOrEqual(0);
    expect(clock.now() - start).toBeLessThan(1000);
    clock.stop();
  });
});
