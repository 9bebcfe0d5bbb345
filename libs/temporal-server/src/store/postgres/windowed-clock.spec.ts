import { WindowedClock } from './windowed-clock';

describe('WindowedClock', () => {
  const make = () => {
    const clock = new WindowedClock(false);
    clock.stop(); // no pump: these tests look at what is held, not at firing through wall time
    return clock;
  };

  it('keeps persisted timers due within the window and leaves later ones to the table', () => {
    const clock = make();
    clock.windowEnd = 1_000;
    clock.set('timer:run-1:a', 900, () => undefined);
    clock.set('timer:run-2:a', 1_001, () => undefined);
    expect(clock.has('timer:run-1:a')).toBe(true);
    expect(clock.has('timer:run-2:a')).toBe(false);
    expect(clock.holds('run-1')).toBe(true);
    expect(clock.holds('run-2')).toBe(false);
    expect(clock.armedCount).toBe(1);
  });

  it('always keeps timers that are not persisted (queries, schedules)', () => {
    const clock = make();
    clock.windowEnd = 0;
    clock.set('query-sticky:q1', 5_000, () => undefined);
    clock.set('schedule:default:s1', 5_000, () => undefined);
    expect(clock.has('query-sticky:q1')).toBe(true);
    expect(clock.has('schedule:default:s1')).toBe(true);
    expect(clock.armedCount).toBe(0);
  });

  it('moving a kept timer past the window drops it and unpins its run', () => {
    const clock = make();
    clock.windowEnd = 1_000;
    clock.set('act-hb:run-1:5', 500, () => undefined);
    clock.set('act-hb:run-1:5', 2_000, () => undefined);
    expect(clock.has('act-hb:run-1:5')).toBe(false);
    expect(clock.holds('run-1')).toBe(false);
  });

  it('counts timers per run and unpins on clear', () => {
    const clock = make();
    clock.windowEnd = 1_000;
    clock.set('timer:run-1:a', 100, () => undefined);
    clock.set('wft-stc:run-1', 200, () => undefined);
    clock.clear('timer:run-1:a');
    expect(clock.holds('run-1')).toBe(true);
    clock.clear('wft-stc:run-1');
    expect(clock.holds('run-1')).toBe(false);
  });

  it('records keys set or cleared while the timer loop reads', () => {
    const clock = make();
    clock.windowEnd = 1_000;
    clock.set('timer:run-1:before', 100, () => undefined);
    clock.beginRead();
    clock.set('timer:run-1:a', 100, () => undefined);
    clock.clear('timer:run-2:b');
    clock.armFromStore('timer:run-3:c', 'run-3', 100, () => undefined);
    expect([...clock.endRead()].sort()).toEqual(['timer:run-1:a', 'timer:run-2:b', 'timer:run-3:c']);
    expect(clock.holds('run-3')).toBe(true);
  });

  it('fires through the time-skipping jump and unpins the run first', async () => {
    const clock = new WindowedClock(true, 0);
    clock.windowEnd = Number.MAX_SAFE_INTEGER;
    const seen: boolean[] = [];
    await new Promise<void>((resolve) =>
      clock.set('timer:run-1:a', clock.now() + 3_600_000, () => {
        seen.push(clock.holds('run-1'));
        resolve();
      }),
    );
    clock.stop();
    expect(seen).toEqual([false]);
  });
});
