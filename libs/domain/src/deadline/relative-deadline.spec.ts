import { WorkingCalendar } from '../calendar';
import { parseIsoDate as d, toIsoDate } from '../dates';
import { DomainErrorCode } from '../errors';
import { type PeriodUnit, relativeDeadline } from './relative-deadline';

const cal = WorkingCalendar.default();

describe('relative periods (Civil Code Art. 147: the first day is not counted)', () => {
  it.each<[string, number, PeriodUnit, string]>([
    ['2024-06-03', 10, 'days', '2024-06-13'],
    ['2024-06-03', 5, 'days', '2024-06-10'], // 08/06 Saturday → Monday 10/06
    ['2024-06-07', 1, 'workingDays', '2024-06-10'], // Friday + 1 working day
    ['2026-02-13', 3, 'workingDays', '2026-02-25'], // across Tết 2026
    ['2025-04-25', 1, 'workingDays', '2025-04-26'], // make-up Saturday counts
    ['2024-02-21', 36, 'months', '2027-02-22'], // 21/02/2027 Sunday → Monday
    ['2024-01-31', 1, 'months', '2024-02-29'], // no 31/02: last day of February
    ['2024-06-03', 2, 'weeks', '2024-06-17'],
  ])('%s + %i %s → hết ngày %s', (event, amount, unit, due) => {
    const dl = relativeDeadline(d(event), { amount, unit }, cal);
    expect(toIsoDate(dl.dueDate)).toBe(due);
    expect(dl.ruleText).toContain('không tính ngày bắt đầu');
  });

  it.each([-1, 1.5])('rejects amount %p', (amount) => {
    expect(() => relativeDeadline(d('2024-06-03'), { amount, unit: 'days' }, cal)).toThrow(expect.objectContaining({ code: DomainErrorCode.InvalidDueRule }));
  });
});
