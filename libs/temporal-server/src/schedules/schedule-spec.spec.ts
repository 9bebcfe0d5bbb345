import { ServerError } from '../errors/server-error';
import { ts } from '../util/time';
import { actionTimesBetween, canonicalSpec, compileSpec, nextActionTime } from './schedule-spec';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const at = (s: string) => Date.parse(s);
const times = (spec: Record<string, unknown>, from: string, n: number) => {
  const c = compileSpec(spec);
  const out: Array<string | undefined> = [];
  let t = at(from);
  for (let i = 0; i < n; i++) {
    const next = nextActionTime(c, t);
    out.push(iso(next));
    if (next === undefined) break;
    t = next;
  }
  return out;
};
const hours = (h: number) => ({ seconds: h * 3600, nanos: 0 });

describe('schedule spec: next action times (pure, "now" is an argument)', () => {
  it('fires on 05/06 and 15/12 at 08:00 ICT every year (the issue #4 acceptance spec)', () => {
    const spec = {
      calendar: [
        { dayOfMonth: '5', month: '6', hour: '8' },
        { dayOfMonth: '15', month: '12', hour: '8' },
      ],
      timezoneName: 'Asia/Ho_Chi_Minh',
    };
    expect(times(spec, '2026-12-15T01:00:00Z', 6)).toEqual([
      '2027-06-05T01:00:00.000Z',
      '2027-12-15T01:00:00.000Z',
      '2028-06-05T01:00:00.000Z',
      '2028-12-15T01:00:00.000Z',
      '2029-06-05T01:00:00.000Z',
      '2029-12-15T01:00:00.000Z',
    ]);
  });

  it('reads the same structured calendar the TypeScript client sends', () => {
    const r = (v: number) => [{ start: v, end: v, step: 1 }];
    const spec = {
      structuredCalendar: [{ second: [{ start: 0, end: 0, step: 0 }], minute: r(0), hour: r(8), dayOfMonth: r(5), month: r(6), year: [], dayOfWeek: [{ start: 0, end: 6, step: 1 }] }],
      timezoneName: 'Asia/Ho_Chi_Minh',
    };
    expect(times(spec, '2027-06-05T01:00:00Z', 1)).toEqual(['2028-06-05T01:00:00.000Z']);
  });

  it('moves a time in a spring-forward gap forward by the gap and fires once in a fall-back fold (America/New_York)', () => {
    const daily0230 = { calendar: [{ hour: '2', minute: '30' }], timezoneName: 'America/New_York' };
    expect(times(daily0230, '2026-03-07T12:00:00Z', 3)).toEqual([
      '2026-03-08T07:30:00.000Z', // 02:30 does not exist: 03:30 EDT
      '2026-03-09T06:30:00.000Z', // 02:30 EDT
      '2026-03-10T06:30:00.000Z',
    ]);
    const daily0130 = { calendar: [{ hour: '1', minute: '30' }], timezoneName: 'America/New_York' };
    expect(times(daily0130, '2026-10-31T12:00:00Z', 2)).toEqual([
      '2026-11-01T05:30:00.000Z', // the first 01:30 (EDT); the repeated one (EST) is not a second action
      '2026-11-02T06:30:00.000Z',
    ]);
  });

  it('keeps calendar times on local wall time across DST in Europe/Berlin', () => {
    const spec = { calendar: [{ hour: '9', dayOfWeek: 'MON' }], timezoneName: 'Europe/Berlin' };
    expect(times(spec, '2026-03-20T00:00:00Z', 2)).toEqual(['2026-03-23T08:00:00.000Z', '2026-03-30T07:00:00.000Z']);
  });

  it('ANDs day of month and day of week, with ranges and steps', () => {
    // Friday the 13th at 00:00 UTC.
    expect(times({ calendar: [{ dayOfMonth: '13', dayOfWeek: 'fri' }] }, '2026-01-01T00:00:00Z', 2)).toEqual(['2026-02-13T00:00:00.000Z', '2026-03-13T00:00:00.000Z']);
    expect(times({ calendar: [{ minute: '*/20', hour: '9-10' }] }, '2026-01-01T09:10:00Z', 4)).toEqual([
      '2026-01-01T09:20:00.000Z',
      '2026-01-01T09:40:00.000Z',
      '2026-01-01T10:00:00.000Z',
      '2026-01-01T10:20:00.000Z',
    ]);
    expect(times({ calendar: [{ second: '10-50/20', minute: '*', hour: '*' }] }, '2026-01-01T00:00:00Z', 3)).toEqual([
      '2026-01-01T00:00:10.000Z',
      '2026-01-01T00:00:30.000Z',
      '2026-01-01T00:00:50.000Z',
    ]);
  });

  it('limits calendars to their years and stops after the last one', () => {
    expect(times({ calendar: [{ month: 'jan', dayOfMonth: '1', year: '2027-2028' }] }, '2026-05-01T00:00:00Z', 3)).toEqual([
      '2027-01-01T00:00:00.000Z',
      '2028-01-01T00:00:00.000Z',
      undefined,
    ]);
  });

  it('computes intervals from the epoch plus the phase', () => {
    const spec = { interval: [{ interval: hours(1), phase: { seconds: 15 * 60, nanos: 0 } }] };
    expect(times(spec, '2026-01-01T10:20:00Z', 2)).toEqual(['2026-01-01T11:15:00.000Z', '2026-01-01T12:15:00.000Z']);
    expect(times({ interval: [{ interval: { seconds: 90, nanos: 0 } }] }, '2026-01-01T00:00:00Z', 2)).toEqual(['2026-01-01T00:01:30.000Z', '2026-01-01T00:03:00.000Z']);
  });

  it('parses cron strings: 5/6/7 fields, macros, @every with phase, CRON_TZ and comments', () => {
    expect(times({ cronString: ['0 12 * * MON-FRI'] }, '2026-11-20T13:00:00Z', 2)).toEqual(['2026-11-23T12:00:00.000Z', '2026-11-24T12:00:00.000Z']);
    expect(times({ cronString: ['30 0 8 1 1 * 2030'] }, '2026-01-01T00:00:00Z', 2)).toEqual(['2030-01-01T08:00:30.000Z', undefined]);
    expect(times({ cronString: ['@daily # nightly'] }, '2026-01-01T10:00:00Z', 1)).toEqual(['2026-01-02T00:00:00.000Z']);
    expect(times({ cronString: ['@every 2h/30m'] }, '2026-01-01T00:00:00Z', 2)).toEqual(['2026-01-01T00:30:00.000Z', '2026-01-01T02:30:00.000Z']);
    expect(times({ cronString: ['CRON_TZ=Asia/Ho_Chi_Minh 0 8 * * *'] }, '2026-01-01T00:00:00Z', 1)).toEqual(['2026-01-01T01:00:00.000Z']);
  });

  it('skips excluded calendar times and honours start/end time', () => {
    const daily = { calendar: [{ hour: '8' }], excludeCalendar: [{ dayOfWeek: 'sun,sat', hour: '*', minute: '*', second: '*' }] };
    expect(times(daily, '2026-11-20T09:00:00Z', 2)).toEqual(['2026-11-23T08:00:00.000Z', '2026-11-24T08:00:00.000Z']);
    const bounded = { interval: [{ interval: hours(24) }], startTime: ts(at('2026-02-01T00:00:00Z')), endTime: ts(at('2026-02-02T00:00:00Z')) };
    expect(times(bounded, '2026-01-01T00:00:00Z', 3)).toEqual(['2026-02-01T00:00:00.000Z', '2026-02-02T00:00:00.000Z', undefined]);
  });

  it('lists the times of a range and canonicalises calendars to structured form', () => {
    const c = compileSpec({ cronString: ['0 */6 * * *'] });
    expect(actionTimesBetween(c, at('2026-01-01T00:00:00Z') - 1, at('2026-01-01T12:00:00Z')).map((t) => iso(t))).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-01-01T06:00:00.000Z',
      '2026-01-01T12:00:00.000Z',
    ]);
    const canonical = canonicalSpec({ cronString: ['0 */6 * * *'] }, c);
    expect(canonical.cronString).toBeUndefined();
    expect((canonical.structuredCalendar as Array<Record<string, unknown>>)[0]!.hour).toEqual([{ start: 0, end: 23, step: 6 }]);
  });

  it.each([
    [{ calendar: [{ hour: '25' }] }, /hour value "25" is out of range 0-23/],
    [{ calendar: [{ month: 'foo' }] }, /month value "foo"/],
    [{ cronString: ['0 12 * *'] }, /must have 5, 6 or 7 fields/],
    [{ interval: [{ interval: { seconds: 0, nanos: 0 } }] }, /interval must be at least 1 second/],
    [{ calendar: [{ hour: '8' }], timezoneName: 'Asia/Hanoi_City' }, /unknown time zone "Asia\/Hanoi_City"/],
    [{ structuredCalendar: [{ dayOfMonth: [{ start: 0, end: 3 }] }] }, /dayOfMonth range 0-3 is out of range 1-31/],
  ])('rejects an invalid spec with a readable INVALID_ARGUMENT (%j)', (spec, message) => {
    let err: unknown;
    try {
      compileSpec(spec);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ServerError);
    expect((err as ServerError).code).toBe(3);
    expect((err as ServerError).message).toMatch(/^Invalid schedule spec: /);
    expect((err as ServerError).message).toMatch(message);
  });
});
