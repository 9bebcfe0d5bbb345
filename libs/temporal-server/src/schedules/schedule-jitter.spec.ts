import { actionsBetween, jitterDelayMs, jitterSeed, nextAction } from './schedule-jitter';
import { compileSpec } from './schedule-spec';

const HOUR = 3_600_000;
const T0 = Date.UTC(2030, 0, 1);
const dur = (ms: number) => ({ seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1e6 });
const hourly = (jitterMs: number, extra: Record<string, unknown> = {}) => compileSpec({ interval: [{ interval: dur(HOUR) }], jitter: dur(jitterMs), ...extra });
const seed = jitterSeed('default', 'nhac-han');

describe('schedule jitter (pure, deterministic per schedule and nominal time)', () => {
  it('adds nothing without jitter', () => {
    expect(actionsBetween(hourly(0), seed, T0, T0 + 3 * HOUR)).toEqual([1, 2, 3].map((i) => ({ nominal: T0 + i * HOUR, actual: T0 + i * HOUR })));
  });

  it('delays each time by [0, jitter), the same for the same schedule and different for another', () => {
    const spec = hourly(30 * 60_000);
    // The 200 hours after T0 (the 201st time may be jittered past the end of the range).
    const within = (s: string) => actionsBetween(spec, s, T0, T0 + 201 * HOUR).slice(0, 200);
    const times = within(seed);
    expect(times.map((t) => t.nominal)).toEqual(Array.from({ length: 200 }, (_, i) => T0 + (i + 1) * HOUR));
    const delays = times.map((t) => t.actual - t.nominal);
    for (const d of delays) expect(d >= 0 && d < 30 * 60_000).toBe(true);
    // Spread over the range, not stuck at one end.
    expect(Math.min(...delays)).toBeLessThan(3 * 60_000);
    expect(Math.max(...delays)).toBeGreaterThan(27 * 60_000);
    expect(within(seed)).toEqual(times);
    const other = within(jitterSeed('default', 'bao-cao')).map((t) => t.actual - t.nominal);
    expect(other).not.toEqual(delays);
  });

  it('never pushes a time to or past the following spec time, even with a jitter longer than the interval', () => {
    const times = actionsBetween(hourly(5 * HOUR), seed, T0, T0 + 101 * HOUR).slice(0, 100);
    expect(times.map((t) => t.nominal)).toEqual(Array.from({ length: 100 }, (_, i) => T0 + (i + 1) * HOUR));
    for (const t of times) expect(t.actual - t.nominal).toBeLessThan(HOUR);
    for (let i = 1; i < times.length; i++) expect(times[i]!.actual).toBeGreaterThan(times[i - 1]!.actual);
  });

  it('caps by the raw following time: an excluded or out-of-range time still bounds the jitter before it', () => {
    const r = (v: number) => [{ start: v, end: v, step: 1 }];
    const spec = hourly(5 * HOUR, { excludeStructuredCalendar: [{ hour: r(3), minute: [], second: [] }], endTime: { seconds: (T0 + 6 * HOUR) / 1000 } });
    const times = actionsBetween(spec, seed, T0, T0 + 24 * HOUR);
    expect(times.map((t) => (t.nominal - T0) / HOUR)).toEqual([1, 2, 4, 5, 6]);
    for (const t of times) expect(t.actual - t.nominal).toBeLessThan(HOUR);
  });

  it('iterates from a jittered time to the next nominal one (nothing skipped, nothing twice)', () => {
    const spec = hourly(50 * 60_000);
    const first = nextAction(spec, seed, T0)!;
    expect(first.nominal).toBe(T0 + HOUR);
    expect(nextAction(spec, seed, first.actual)!.nominal).toBe(T0 + 2 * HOUR);
    // Searching from a point between a nominal time and its jittered time finds the next nominal time: the
    // scheduler therefore searches on from the last handled time, not from "now".
    expect(nextAction(spec, seed, first.nominal)!.nominal).toBe(T0 + 2 * HOUR);
  });

  it('bounds the delay like Temporal: none for a zero or negative range, at most 2^32 ms', () => {
    expect(jitterDelayMs(seed, T0, 0)).toBe(0);
    expect(jitterDelayMs(seed, T0, -5)).toBe(0);
    expect(jitterDelayMs(seed, T0, 1)).toBe(0);
    const huge = jitterDelayMs(seed, T0, 1e15);
    expect(huge).toBeGreaterThanOrEqual(0);
    expect(huge).toBeLessThan(2 ** 32);
  });
});
