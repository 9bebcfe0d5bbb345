import { parseIsoDate as d, toIsoDate } from '../dates';
import { DomainErrorCode } from '../errors';
import { WorkingCalendar } from './working-calendar';

const cal = WorkingCalendar.default();
const list = (year: number) => cal.nonWorkingWeekdays(year).map((e) => `${toIsoDate(e.date)} ${e.kind[0]!.toUpperCase()}`);
const makeUp = (year: number) => cal.makeUpWorkingDays(year).map((e) => toIsoDate(e.date));

describe('announced years match domain.md §3 exactly (H/B/C/M)', () => {
  it.each([
    [
      2024,
      ['2024-01-01 H', '2024-02-08 H', '2024-02-09 H', '2024-02-12 H', '2024-02-13 C', '2024-02-14 C', '2024-04-18 H', '2024-04-29 B', '2024-04-30 H', '2024-05-01 H', '2024-09-02 H', '2024-09-03 H'],
      ['2024-05-04'],
    ],
    [
      2025,
      ['2025-01-01 H', '2025-01-27 H', '2025-01-28 H', '2025-01-29 H', '2025-01-30 H', '2025-01-31 H', '2025-04-07 H', '2025-04-30 H', '2025-05-01 H', '2025-05-02 B', '2025-09-01 H', '2025-09-02 H'],
      ['2025-04-26'],
    ],
    [
      2026,
      ['2026-01-01 H', '2026-01-02 B', '2026-02-16 H', '2026-02-17 H', '2026-02-18 H', '2026-02-19 H', '2026-02-20 H', '2026-04-27 C', '2026-04-30 H', '2026-05-01 H', '2026-08-31 B', '2026-09-01 H', '2026-09-02 H'],
      ['2026-01-10', '2026-08-22'],
    ],
  ])('%i', (year, off, mu) => {
    expect(list(year)).toEqual(off);
    expect(makeUp(year)).toEqual(mu);
    expect(cal.isAnnounced(year)).toBe(true);
    expect(cal.nonWorkingWeekdays(year).every((e) => !e.provisional && e.reason.length > 0)).toBe(true);
  });
});

describe('working-day queries', () => {
  it.each([
    ['2025-04-26', true, 'makeUp'], // Saturday make-up day
    ['2024-05-04', true, 'makeUp'],
    ['2026-01-10', true, 'makeUp'],
    ['2026-02-14', false, 'weekend'], // first day of the 9-day Tết break
    ['2026-02-20', false, 'holiday'],
    ['2026-02-23', true, 'weekday'],
    ['2024-04-29', false, 'bridge'],
    ['2024-02-13', false, 'compensatory'],
    ['2024-12-13', true, 'weekday'],
    ['2024-12-14', false, 'weekend'],
  ])('%s working=%s (%s)', (iso, working, kind) => {
    expect(cal.isWorkingDay(d(iso))).toBe(working);
    expect(cal.dayInfo(d(iso)).kind).toBe(kind);
  });

  it.each([
    ['2026-02-13', 1, '2026-02-23'], // over the Tết break
    ['2026-02-23', -1, '2026-02-13'],
    ['2025-04-25', 1, '2025-04-26'], // onto the make-up Saturday
    ['2024-12-13', 1, '2024-12-16'],
    ['2024-12-13', 5, '2024-12-20'],
    ['2024-12-20', -5, '2024-12-13'],
    ['2024-04-26', 1, '2024-05-02'], // 29/04 bridge, 30/04 + 01/05 holidays
    ['2024-05-03', 1, '2024-05-04'],
    ['2024-06-05', 0, '2024-06-05'],
  ])('addWorkingDays(%s, %i) = %s (first day not counted)', (from, n, to) => {
    expect(toIsoDate(cal.addWorkingDays(d(from), n))).toBe(to);
    expect(cal.workingDaysBetween(d(from), d(to))).toBe(n);
  });

  it('next / previous / on-or-after', () => {
    expect(toIsoDate(cal.nextWorkingDay(d('2025-01-24')))).toBe('2025-02-03');
    expect(toIsoDate(cal.previousWorkingDay(d('2025-02-03')))).toBe('2025-01-24');
    expect(toIsoDate(cal.workingDayOnOrAfter(d('2024-12-15')))).toBe('2024-12-16');
    expect(toIsoDate(cal.workingDayOnOrAfter(d('2024-12-16')))).toBe('2024-12-16');
    expect(toIsoDate(cal.workingDayOnOrBefore(d('2030-12-15')))).toBe('2030-12-13');
  });

  it.each([1899, 2200, 2024.5])('refuses year %p', (y) => {
    expect(() => cal.nonWorkingWeekdays(y)).toThrow(expect.objectContaining({ code: DomainErrorCode.InvalidYear }));
  });

  it('version names data and rules', () => expect(cal.version).toBe('vn-civil-service-2026.1;rules-1'));
});
