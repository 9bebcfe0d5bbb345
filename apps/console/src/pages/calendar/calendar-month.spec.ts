import { dayInfo, monthGrid, shiftMonth } from './calendar-month';
import type { CalendarYear } from '@dondoc/contracts';

describe('monthGrid', () => {
  it('starts weeks on Monday: February 2026 begins on a Sunday, in the 7th column', () => {
    const weeks = monthGrid(2026, 2);
    expect(weeks[0]?.[0]).toEqual({ iso: '2026-01-26', day: 26, weekday: 0, inMonth: false });
    expect(weeks[0]?.[6]).toEqual({ iso: '2026-02-01', day: 1, weekday: 6, inMonth: true });
    expect(weeks.flat().filter((c) => c.inMonth)).toHaveLength(28);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });

  it('covers a month starting on Monday without a leading week (June 2026)', () => {
    expect(monthGrid(2026, 6)[0]?.[0]?.iso).toBe('2026-06-01');
  });
});

describe('dayInfo', () => {
  const data: CalendarYear = {
    year: 2026,
    calendarVersion: 'v',
    nonWorkingDays: [
      { date: '2026-02-16', kind: 'holiday', reason: 'Tết Nguyên đán' },
      { date: '2026-05-04', kind: 'bridge', reason: 'Thông báo 1234/TB-BNV', exceptionId: 'e1' },
    ],
    makeUpWorkingDays: [{ date: '2026-01-10', reason: 'Làm bù' }],
  };
  it.each([
    ['2026-02-16', 0, 'holiday', false],
    ['2026-01-10', 5, 'makeUp', true],
    ['2026-01-11', 6, 'weekend', false],
    ['2026-01-12', 0, 'weekday', true],
    ['2026-05-04', 0, 'bridge', false],
  ])('%s → %s', (date, weekday, kind, working) => {
    expect(dayInfo({ iso: date, weekday }, data)).toEqual(expect.objectContaining({ kind, working }));
  });
});

it('marks a day entered from a notice with its exception', () => {
  const data: CalendarYear = {
    year: 2026,
    calendarVersion: 'v',
    nonWorkingDays: [{ date: '2026-05-04', kind: 'bridge', reason: 'Thông báo 1234/TB-BNV', exceptionId: 'e1' }],
    makeUpWorkingDays: [{ date: '2026-01-10', reason: 'Làm bù' }],
  };
  expect(dayInfo({ iso: '2026-05-04', weekday: 0 }, data)).toEqual({ kind: 'bridge', working: false, reason: 'Thông báo 1234/TB-BNV', exceptionId: 'e1' });
  expect(dayInfo({ iso: '2026-01-10', weekday: 5 }, data)).not.toHaveProperty('exceptionId');
});

describe('shiftMonth', () => {
  it.each([
    [2026, 1, -1, { year: 2025, month: 12 }],
    [2026, 12, 1, { year: 2027, month: 1 }],
    [2026, 5, 12, { year: 2027, month: 5 }],
  ])('%i-%i %+i', (year, month, by, expected) => {
    expect(shiftMonth(year, month, by)).toEqual(expected);
  });
});
