import { WorkingCalendar } from '../calendar';
import { parseIsoDate as d, toIsoDate } from '../dates';
import { beforeDateDeadline, lastDayDeadline } from './before-date-deadline';
import { type HolidayPolicy } from './deadline.types';

const cal = WorkingCalendar.default();

describe('"trước ngày dd/mm/yyyy" with the Civil Code roll-forward (domain.md §2 awkward dates)', () => {
  it.each<[string, boolean, HolidayPolicy, string, boolean]>([
    // date, inclusive, policy → due local date, adjusted
    ['2024-06-05', false, 'rollForward', '2024-06-04', false], // Tuesday: strict = end of Tue 04/06
    ['2024-06-05', true, 'rollForward', '2024-06-05', false],
    ['2024-12-15', false, 'rollForward', '2024-12-16', true], // last day 14/12 Saturday → Monday 16/12
    ['2024-12-15', true, 'rollForward', '2024-12-16', true], // 15/12 Sunday → Monday 16/12
    ['2024-12-15', false, 'rollBack', '2024-12-13', true],
    ['2024-12-15', false, 'none', '2024-12-14', false],
    ['2025-06-15', true, 'rollForward', '2025-06-16', true], // 14/06/2025 Sat; 15/06 Sun
    ['2025-06-15', false, 'rollForward', '2025-06-16', true], // last day 14/06/2025 Saturday
    ['2027-06-05', false, 'rollForward', '2027-06-04', false], // 05/06/2027 Saturday; strict last day Fri 04/06
    ['2027-06-05', true, 'rollForward', '2027-06-07', true],
    ['2029-12-15', false, 'rollForward', '2029-12-14', false], // 15/12/2029 Saturday
    ['2029-12-15', true, 'rollForward', '2029-12-17', true],
    ['2030-12-15', false, 'rollForward', '2030-12-16', true], // 15/12/2030 Sunday; 14/12 Saturday
    ['2030-12-15', false, 'rollBack', '2030-12-13', true],
    ['2026-02-18', false, 'rollForward', '2026-02-23', true], // inside the Tết 2026 break
    ['2025-05-03', false, 'rollForward', '2025-05-05', true], // 02/05/2025 bridged day off
  ])('trước %s inclusive=%s %s → hết ngày %s', (date, inclusive, policy, due, adjusted) => {
    const dl = beforeDateDeadline(d(date), cal, { inclusive, holidayPolicy: policy });
    expect(toIsoDate(dl.dueDate)).toBe(due);
    expect(dl.adjusted).toBe(adjusted);
    expect(dl.dueAt.toISOString()).toBe(`${due}T17:00:00.000Z`); // 24:00+07:00
    expect(dl.calendarVersion).toBe(cal.version);
  });

  it('explains the strict reading and the roll-forward in Vietnamese', () => {
    const dl = beforeDateDeadline(d('2024-12-15'), cal);
    expect(dl.ruleText).toBe(
      'Trước ngày 15/12/2024 (không tính ngày 15/12/2024; hạn cuối: hết ngày 14/12/2024); ngày 14/12/2024 là ngày nghỉ (Thứ Bảy), hạn chuyển sang hết ngày 16/12/2024 (Bộ luật Dân sự, Điều 148 khoản 5)',
    );
    expect(toIsoDate(dl.nominalDate)).toBe('2024-12-14');
  });

  it('names the holiday when rolled over one', () => {
    expect(lastDayDeadline(d('2026-04-27'), cal).ruleText).toContain('Nghỉ bù Giỗ Tổ');
  });
});
