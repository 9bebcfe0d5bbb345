import { parseIsoDate as d, toIsoDate } from '../dates';
import { DomainErrorCode } from '../errors';
import { type CalendarData } from './calendar-data.types';
import { validateCalendarData } from './calendar-data.validate';
import { DEFAULT_CALENDAR_DATA } from './default-calendar-data';
import { WorkingCalendar } from './working-calendar';

const bad = (years: CalendarData['years']) => () => validateCalendarData({ version: 'x', years });

describe('calendar data validation (edited by people)', () => {
  it.each([
    ['weekend listed as non-working', { '2025': { nonWorkingDays: [{ date: '2025-04-26', kind: 'holiday', reason: 'x' }] } }],
    ['impossible date', { '2025': { nonWorkingDays: [{ date: '2025-02-29', kind: 'holiday', reason: 'x' }] } }],
    ['unknown kind', { '2025': { nonWorkingDays: [{ date: '2025-04-28', kind: 'H', reason: 'x' }] } }],
    ['missing reason', { '2025': { nonWorkingDays: [{ date: '2025-04-28', kind: 'bridge', reason: '' }] } }],
    ['date outside its year', { '2025': { nonWorkingDays: [{ date: '2026-04-28', kind: 'bridge', reason: 'x' }] } }],
    ['make-up on a weekday', { '2025': { makeUpWorkingDays: [{ date: '2025-04-28', reason: 'x' }] } }],
    ['duplicate date', { '2025': { nonWorkingDays: [{ date: '2025-04-28', kind: 'bridge', reason: 'x' }, { date: '2025-04-28', kind: 'bridge', reason: 'y' }] } }],
  ])('rejects %s', (_label, years) => {
    expect(bad(years as CalendarData['years'])).toThrow(expect.objectContaining({ code: DomainErrorCode.InvalidCalendarData }));
  });

  it('the shipped data is valid and carries notice references', () => {
    expect(DEFAULT_CALENDAR_DATA.years['2026']?.notices).toContain('Thông báo 9441/TB-BNV');
  });
});

describe("administrators' additions merged over the data", () => {
  const addition: CalendarData = {
    version: 'db-7',
    years: {
      '2027': {
        notices: ['Thông báo (giả định) cho kiểm thử'],
        nonWorkingDays: [{ date: '2027-11-24', kind: 'holiday', reason: 'Ngày Văn hóa Việt Nam' }],
        makeUpWorkingDays: [{ date: '2027-11-27', reason: 'Làm bù' }],
      },
    },
  };

  it('overlays a computed year and changes the version', () => {
    const cal = WorkingCalendar.fromData(DEFAULT_CALENDAR_DATA, addition);
    expect(cal.version).toBe('vn-civil-service-2026.1+db-7;rules-1');
    expect(cal.isWorkingDay(d('2027-11-24'))).toBe(false);
    expect(cal.isWorkingDay(d('2027-11-27'))).toBe(true);
    expect(cal.isWorkingDay(d('2027-02-09'))).toBe(false); // computed Tết kept
    expect(WorkingCalendar.default().isWorkingDay(d('2027-11-24'))).toBe(true);
  });

  it('an announced replacement for a year is authoritative', () => {
    const cal = WorkingCalendar.fromData(DEFAULT_CALENDAR_DATA, {
      version: 'db-8',
      years: { '2027': { announced: true, replace: true, nonWorkingDays: [{ date: '2027-02-08', kind: 'holiday', reason: 'Tết Nguyên đán' }] } },
    });
    expect(cal.nonWorkingWeekdays(2027).map((e) => toIsoDate(e.date))).toEqual(['2027-02-08']);
  });
});
