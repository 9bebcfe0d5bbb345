import { type WorkingCalendar } from '../calendar';
import { compareLocalDates, endOfLocalDay, type LocalDate, localDate, pad2 } from '../dates';
import { type DateRange, type Deadline, type HolidayPolicy, type MonthDay, beforeDateDeadline, lastDayDeadline, monthDayInYear } from '../deadline';
import { DomainError, DomainErrorCode } from '../errors';
import { type CutOffRule, cutOffPeriod, PERIODS_PER_YEAR, type ReportFrequency } from './cut-off-period';

/**
 * When a periodic report is due:
 * - `yearly`: a day of the year ("trước ngày 05/6", "trước ngày 15/12") — for 6-month, 9-month, annual;
 * - `dayOfMonth`: a day of the month the cut-off ends in, plus `monthOffset` months
 *   ("trước ngày 20 hằng tháng", "ngày 05 của tháng đầu quý sau" = day 5, offset 1) — for monthly, quarterly.
 */
export type ReportDueRule = ({ kind: 'yearly' } & MonthDay) | { kind: 'dayOfMonth'; day: number; monthOffset?: number };

/** A periodic reporting duty (the rule part; who reports to whom lives elsewhere). */
export interface ReportingDuty {
  frequency: ReportFrequency;
  due: ReportDueRule;
  /** "Trước ngày" (default true) or "đến hết ngày". */
  before?: boolean;
  /** Whether the named day itself counts under "trước ngày". Default false (strict). */
  inclusive?: boolean;
  holidayPolicy?: HolidayPolicy;
  cutOff?: CutOffRule;
  /** Figures are always estimates for this duty, whatever the dates. */
  estimate?: boolean;
}

/** One period of a duty, with its data cut-off and computed deadline. */
export interface ReportingPeriod {
  /** Stable key: "2024-H1", "2024-9M", "2024-Y", "2024-Q2", "2024-M06". */
  key: string;
  frequency: ReportFrequency;
  year: number;
  index: number;
  cutOff: DateRange;
  deadline: Deadline;
  /** Due before the cut-off ends (05/6 vs 14/6): the last days' figures are estimates. */
  estimate: boolean;
}

function periodKey(frequency: ReportFrequency, year: number, index: number): string {
  switch (frequency) {
    case 'monthly':
      return `${year}-M${pad2(index)}`;
    case 'quarterly':
      return `${year}-Q${index}`;
    case 'sixMonth':
      return `${year}-H1`;
    case 'nineMonth':
      return `${year}-9M`;
    case 'annual':
      return `${year}-Y`;
  }
}

function nominalDueDay(duty: ReportingDuty, year: number, cutOffEnd: LocalDate): LocalDate {
  const due = duty.due;
  if (due.kind === 'yearly') return monthDayInYear(due, year);
  const total = cutOffEnd.year * 12 + cutOffEnd.month - 1 + (due.monthOffset ?? 0);
  const y = Math.floor(total / 12);
  return localDate(y, total - y * 12 + 1, due.day);
}

/**
 * Expands a duty over a plan period: one period per month/quarter/year whose nominal due day lies
 * in the period, each with its cut-off, its holiday-adjusted deadline and the estimate flag.
 */
export function expandReportingPeriods(duty: ReportingDuty, planPeriod: DateRange, calendar: WorkingCalendar): ReportingPeriod[] {
  if (duty.due.kind === 'yearly' && (duty.frequency === 'monthly' || duty.frequency === 'quarterly')) {
    throw new DomainError(DomainErrorCode.InvalidDueRule, { duty }, 'báo cáo tháng, quý cần hạn theo ngày trong tháng');
  }
  const out: ReportingPeriod[] = [];
  for (let year = planPeriod.start.year; year <= planPeriod.end.year; year++) {
    for (let index = 1; index <= PERIODS_PER_YEAR[duty.frequency]; index++) {
      const cutOff = cutOffPeriod(duty.frequency, year, index, duty.cutOff);
      const day = nominalDueDay(duty, year, cutOff.end);
      if (compareLocalDates(day, planPeriod.start) < 0 || compareLocalDates(day, planPeriod.end) > 0) continue;
      const deadline = duty.before === false ? lastDayDeadline(day, calendar, duty) : beforeDateDeadline(day, calendar, duty);
      const estimate = Boolean(duty.estimate) || deadline.dueAt.getTime() < endOfLocalDay(cutOff.end).getTime();
      out.push({ key: periodKey(duty.frequency, year, index), frequency: duty.frequency, year, index, cutOff, deadline, estimate });
    }
  }
  return out;
}
