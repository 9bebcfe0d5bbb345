import { type CalendarData, DEFAULT_CALENDAR_DATA, WorkingCalendar } from '../calendar';
import { parseIsoDate as d, toIsoDate } from '../dates';
import { DomainErrorCode } from '../errors';
import { type DueRule, isDeadlineStale, resolveDueRule } from './due-rule';

const cal = WorkingCalendar.default();
const plan2021 = { start: d('2021-01-01'), end: d('2025-12-31') };

describe('due rules', () => {
  it.each<[string, DueRule, string[]]>([
    ['yearly 05/6 over 2021–2025 (one per year)', { kind: 'yearly', month: 6, day: 5 }, ['2021-06-04', '2022-06-06', '2023-06-05', '2024-06-04', '2025-06-04']],
    ['yearly 15/12 over 2021–2025', { kind: 'yearly', month: 12, day: 15 }, ['2021-12-14', '2022-12-14', '2023-12-14', '2024-12-16', '2025-12-15']],
    ['yearly, inclusive', { kind: 'yearly', month: 12, day: 15, inclusive: true }, ['2021-12-15', '2022-12-15', '2023-12-15', '2024-12-16', '2025-12-15']],
    ['absolute before', { kind: 'before', date: d('2024-06-05') }, ['2024-06-04']],
    ['absolute last day', { kind: 'lastDay', date: d('2024-12-31') }, ['2024-12-31']],
    ['ongoing', { kind: 'ongoing' }, []],
  ])('%s', (_label, rule, dues) => {
    expect(resolveDueRule(rule, { planPeriod: plan2021 }, cal).map((x) => toIsoDate(x.dueDate))).toEqual(dues);
  });

  it('skips a year whose day lies outside the plan period', () => {
    const period = { start: d('2024-06-10'), end: d('2026-03-31') };
    expect(resolveDueRule({ kind: 'yearly', month: 6, day: 5 }, { planPeriod: period }, cal).map((x) => toIsoDate(x.nominalDate))).toEqual(['2025-06-04']);
  });

  it('relative rules count from the event day', () => {
    const [dl] = resolveDueRule({ kind: 'relative', amount: 36, unit: 'months' }, { eventDate: d('2024-02-21') }, cal);
    expect(toIsoDate(dl!.dueDate)).toBe('2027-02-22');
  });

  it.each<[DueRule]>([[{ kind: 'yearly', month: 6, day: 5 }], [{ kind: 'relative', amount: 3, unit: 'days' }]])('refuses %p without its context', (rule) => {
    expect(() => resolveDueRule(rule, {}, cal)).toThrow(expect.objectContaining({ code: DomainErrorCode.InvalidDueRule }));
  });

  it('yearly 29/02 falls on 28/02 in common years', () => {
    const got = resolveDueRule({ kind: 'yearly', month: 2, day: 29, before: false }, { planPeriod: { start: d('2024-01-01'), end: d('2025-12-31') } }, cal);
    expect(got.map((x) => toIsoDate(x.nominalDate))).toEqual(['2024-02-29', '2025-02-28']);
  });

  it('a swap announced later makes earlier deadlines stale and moves them (domain.md §7)', () => {
    const before = resolveDueRule({ kind: 'before', date: d('2027-05-01'), inclusive: true }, {}, cal)[0]!;
    expect(toIsoDate(before.dueDate)).toBe('2027-05-04'); // 01/05 Sat; computed comp. Mon 03/05 → Tue 04/05
    const notice: CalendarData = {
      version: 'db-1',
      years: { '2027': { nonWorkingDays: [{ date: '2027-05-04', kind: 'bridge', reason: 'Nghỉ hoán đổi' }] } },
    };
    const updated = WorkingCalendar.fromData(DEFAULT_CALENDAR_DATA, notice);
    expect(isDeadlineStale(before, updated)).toBe(true);
    expect(isDeadlineStale(before, cal)).toBe(false);
    const after = resolveDueRule({ kind: 'before', date: d('2027-05-01'), inclusive: true }, {}, updated)[0]!;
    expect(toIsoDate(after.dueDate)).toBe('2027-05-05');
  });
});
