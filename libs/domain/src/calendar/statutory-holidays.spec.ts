import { toIsoDate } from '../dates';
import { computedNonWorkingDays } from './statutory-holidays';
import { WorkingCalendar } from './working-calendar';

const rows = (year: number) => computedNonWorkingDays(year).map((e) => `${e.date} ${e.kind[0]!.toUpperCase()}`);

describe('years without an announcement are computed from the rules', () => {
  it('2027: Tết on Saturday 06/02 → two compensatory days; 1/5 Saturday → Monday 03/05; 2/9 Thursday → Friday 03/09', () => {
    expect(rows(2027)).toEqual([
      '2027-01-01 H',
      '2027-02-05 H', // last day of the lunar year
      '2027-02-08 H',
      '2027-02-09 H',
      '2027-02-10 C', // for mùng 1 (Sat)
      '2027-02-11 C', // for mùng 2 (Sun)
      '2027-04-16 H', // Giỗ Tổ
      '2027-04-30 H',
      '2027-05-03 C',
      '2027-09-02 H',
      '2027-09-03 H',
    ]);
  });

  it('2028: Tết Wednesday 26/01, mùng 4 on Saturday → compensated Monday 31/01', () => {
    expect(rows(2028).slice(0, 6)).toEqual(['2028-01-03 C', '2028-01-25 H', '2028-01-26 H', '2028-01-27 H', '2028-01-28 H', '2028-01-31 C'].sort());
  });

  it('rules alone reproduce 2026 except the announced bridges (a sanity check of the rules)', () => {
    const announced = WorkingCalendar.default()
      .nonWorkingWeekdays(2026)
      .filter((e) => e.kind !== 'bridge')
      .map((e) => toIsoDate(e.date));
    expect(computedNonWorkingDays(2026).map((e) => e.date)).toEqual(announced);
  });

  it('computed days are marked provisional', () => {
    const cal = WorkingCalendar.default();
    expect(cal.isAnnounced(2027)).toBe(false);
    expect(cal.nonWorkingWeekdays(2027).every((e) => e.provisional)).toBe(true);
    expect(cal.makeUpWorkingDays(2027)).toEqual([]);
  });

  it('compensation reasons say which holiday fell on which rest day', () => {
    expect(computedNonWorkingDays(2026).find((e) => e.date === '2026-04-27')?.reason).toBe('Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch) (26/04/2026 trùng Chủ nhật)');
  });
});
