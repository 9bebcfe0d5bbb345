import { WorkingCalendar } from '@dondoc/domain';
import { assigneeErrors, dueRuleOf, dueTextOf } from './plan-content.rules';

describe('plan content rules', () => {
  const calendar = WorkingCalendar.default();
  const f = 'responsibilities[0].dueDate';

  it.each([
    ['2027-09-30', { rule: { kind: 'lastDay', date: { year: 2027, month: 9, day: 30 } } }],
    [null, { rule: { kind: 'ongoing' } }],
    ['2027-02-31', { error: { field: f, message: 'Ngày 31/02/2027 không tồn tại' } }],
    ['2025-02-29', { error: { field: f, message: 'Ngày 29/02/2025 không tồn tại' } }],
    ['30/09/2027', { error: { field: f, message: 'Ngày "30/09/2027" không đúng dạng năm-tháng-ngày (yyyy-mm-dd)' } }],
  ] as const)('%s → %j', (text, expected) => {
    expect(dueRuleOf(text, calendar, f)).toEqual(expected);
  });

  it('refuses a day off with the nearest working day (17/02/2026 is Tết)', () => {
    const r = dueRuleOf('2026-02-17', calendar, f);
    expect(r.error?.message).toMatch(/17\/02\/2026 là .*ngày làm việc gần nhất sau đó là 23\/02\/2026/);
  });

  it('writes the deadline as the matrix shows it', () => {
    expect(dueTextOf({ kind: 'lastDay', date: { year: 2027, month: 6, day: 5 } })).toBe('05/06/2027');
    expect(dueTextOf({ kind: 'ongoing' })).toBeNull();
  });

  it('checks a row’s organisations', () => {
    expect(assigneeErrors(['a'], ['b'], 'r')).toEqual([]);
    expect(assigneeErrors([], [], 'r').map((e) => e.field)).toEqual(['r.leadOrganisationIds']);
    expect(assigneeErrors(['a'], ['a'], 'r').map((e) => e.field)).toEqual(['r.coordinatorOrganisationIds']);
  });
});
