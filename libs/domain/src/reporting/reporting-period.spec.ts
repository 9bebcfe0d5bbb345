import { WorkingCalendar } from '../calendar';
import { parseIsoDate as d, toIsoDate } from '../dates';
import { expandReportingPeriods, type ReportingDuty } from './reporting-period';

const cal = WorkingCalendar.default();
const summary = (duty: ReportingDuty, start: string, end: string) =>
  expandReportingPeriods(duty, { start: d(start), end: d(end) }, cal).map((p) => `${p.key} ${toIsoDate(p.deadline.dueDate)}${p.estimate ? ' ước' : ''}`);

describe('reporting periods of a plan (sample plan 003: "6 tháng (trước ngày 05/6) và năm (trước ngày 15/12)")', () => {
  const sixMonth: ReportingDuty = { frequency: 'sixMonth', due: { kind: 'yearly', month: 6, day: 5 } };
  const annual: ReportingDuty = { frequency: 'annual', due: { kind: 'yearly', month: 12, day: 15 } };

  it.each<[string, ReportingDuty, string, string, string[]]>([
    ['6-month report of the 2024 plan: due before the 14/6 cut-off → estimate', sixMonth, '2024-02-21', '2024-12-31', ['2024-H1 2024-06-04 ước']],
    ['annual report of the 2024 plan: 14/12 Saturday → Monday 16/12', annual, '2024-02-21', '2024-12-31', ['2024-Y 2024-12-16']],
    [
      'multi-year plan 2026–2030: one 6-month report per year (05/06/2027 Saturday, strict → Friday 04/06)',
      sixMonth,
      '2026-01-01',
      '2030-12-31',
      ['2026-H1 2026-06-04 ước', '2027-H1 2027-06-04 ước', '2028-H1 2028-06-05 ước', '2029-H1 2029-06-04 ước', '2030-H1 2030-06-04 ước'],
    ],
    ['annual 2029–2030 (15/12/2029 Sat, 15/12/2030 Sun)', annual, '2029-01-01', '2030-12-31', ['2029-Y 2029-12-14', '2030-Y 2030-12-16']],
    ['inclusive reading of 05/6/2027 (Saturday) → Monday 07/06', { ...sixMonth, inclusive: true }, '2027-01-01', '2027-12-31', ['2027-H1 2027-06-07 ước']],
    ['monthly "trước ngày 20 hằng tháng" (19/10/2024 Saturday → Monday 21/10)', { frequency: 'monthly', due: { kind: 'dayOfMonth', day: 20 } }, '2024-10-01', '2024-12-31', ['2024-M10 2024-10-21', '2024-M11 2024-11-19', '2024-M12 2024-12-19']],
    ['quarterly, due 05 of the month after the quarter', { frequency: 'quarterly', due: { kind: 'dayOfMonth', day: 5, monthOffset: 1 } }, '2024-01-01', '2024-12-31', ['2024-Q1 2024-04-04', '2024-Q2 2024-07-04', '2024-Q3 2024-10-04']],
    ['an explicit estimate flag', { ...annual, estimate: true }, '2025-01-01', '2025-12-31', ['2025-Y 2025-12-15 ước']],
  ])('%s', (_label, duty, start, end, expected) => expect(summary(duty, start, end)).toEqual(expected));

  it('each period carries its cut-off, rule text and calendar version', () => {
    const [p] = expandReportingPeriods(sixMonth, { start: d('2025-01-01'), end: d('2025-12-31') }, cal);
    expect(toIsoDate(p!.cutOff.start)).toBe('2024-12-15');
    expect(toIsoDate(p!.cutOff.end)).toBe('2025-06-14'); // a Saturday; the cut-off is data, not a deadline
    expect(p!.deadline.ruleText).toContain('Trước ngày 05/06/2025');
    expect(p!.deadline.calendarVersion).toBe(cal.version);
  });
});
