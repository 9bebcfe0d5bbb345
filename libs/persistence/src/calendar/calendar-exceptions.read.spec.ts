import { WorkingCalendar, parseIsoDate } from '@dondoc/domain';
import { calendarAdditionOf } from './calendar-exceptions.read';

describe('calendarAdditionOf', () => {
  const rows = [
    { id: 'b', date: '2027-05-08', kind: 'makeUpWorkingDay' as const, reason: 'Làm bù cho 03/05' },
    { id: 'a', date: '2027-05-03', kind: 'dayOff' as const, reason: 'Nghỉ hoán đổi' },
    { id: 'c', date: '2028-01-24', kind: 'tetDay' as const, reason: 'Tết (Thủ tướng quyết định)' },
  ];

  it('maps kinds onto calendar data (day off → bridge, Tết → holiday, make-up → makeUpWorkingDays) that the calendar accepts', () => {
    const [addition] = calendarAdditionOf(rows);
    expect(addition!.years).toEqual({
      '2027': {
        nonWorkingDays: [{ date: '2027-05-03', kind: 'bridge', reason: 'Nghỉ hoán đổi' }],
        makeUpWorkingDays: [{ date: '2027-05-08', reason: 'Làm bù cho 03/05' }],
      },
      '2028': { nonWorkingDays: [{ date: '2028-01-24', kind: 'holiday', reason: 'Tết (Thủ tướng quyết định)' }] },
    });
    const calendar = WorkingCalendar.fromData(undefined, addition!);
    expect(calendar.isWorkingDay(parseIsoDate('2027-05-03'))).toBe(false);
    expect(calendar.isWorkingDay(parseIsoDate('2027-05-08'))).toBe(true);
    expect(calendar.version).toContain(addition!.version);
  });

  it('gives the same version for the same content in any order, another for other content, nothing for no rows', () => {
    const [a] = calendarAdditionOf(rows);
    const [b] = calendarAdditionOf([...rows].reverse());
    const [c] = calendarAdditionOf(rows.slice(1));
    expect(a!.version).toMatch(/^admin-[0-9a-f]{12}$/);
    expect(b!.version).toBe(a!.version);
    expect(c!.version).not.toBe(a!.version);
    expect(calendarAdditionOf([])).toEqual([]);
  });
});
