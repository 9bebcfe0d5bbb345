import { type WorkingCalendar } from '../calendar';
import { type LocalDate } from '../dates';
import { DomainError, DomainErrorCode } from '../errors';
import { beforeDateDeadline, lastDayDeadline } from './before-date-deadline';
import { type Deadline, type HolidayPolicy } from './deadline.types';
import { type RelativePeriod, relativeDeadline } from './relative-deadline';
import { type DateRange, expandYearlyDeadlines, type MonthDay } from './yearly-deadline';

/**
 * How a task or duty states its deadline (plain data, stored with the task):
 * - `before`: "trước ngày 05/6/2024" (strict unless `inclusive`);
 * - `lastDay`: "đến hết ngày 30/6/2024", "trong năm 2024";
 * - `yearly`: "trước ngày 05/6 hằng năm" — one deadline per year of the plan period;
 * - `relative`: "trong vòng 36 tháng" from an event (the plan's issue date unless given);
 * - `ongoing`: "thường xuyên" — no deadline.
 */
export type DueRule =
  | { kind: 'before'; date: LocalDate; inclusive?: boolean; holidayPolicy?: HolidayPolicy }
  | { kind: 'lastDay'; date: LocalDate; holidayPolicy?: HolidayPolicy }
  | ({ kind: 'yearly'; before?: boolean; inclusive?: boolean; holidayPolicy?: HolidayPolicy } & MonthDay)
  | ({ kind: 'relative'; holidayPolicy?: HolidayPolicy } & RelativePeriod)
  | { kind: 'ongoing' };

/** What a rule needs to be resolved: the plan period (yearly rules) and the event day (relative rules). */
export interface DueRuleContext {
  planPeriod?: DateRange;
  eventDate?: LocalDate;
}

/** Resolves a rule to its deadlines, in date order (none for `ongoing`, several for `yearly`). */
export function resolveDueRule(rule: DueRule, context: DueRuleContext, calendar: WorkingCalendar): Deadline[] {
  switch (rule.kind) {
    case 'before':
      return [beforeDateDeadline(rule.date, calendar, rule)];
    case 'lastDay':
      return [lastDayDeadline(rule.date, calendar, rule)];
    case 'yearly':
      if (!context.planPeriod) throw missing('planPeriod', 'quy tắc hằng năm cần thời gian thực hiện kế hoạch');
      return expandYearlyDeadlines(rule, context.planPeriod, calendar, rule);
    case 'relative':
      if (!context.eventDate) throw missing('eventDate', 'thời hạn tương đối cần ngày bắt đầu tính');
      return [relativeDeadline(context.eventDate, rule, calendar, rule)];
    case 'ongoing':
      return [];
  }
}

function missing(field: string, vi: string): DomainError {
  return new DomainError(DomainErrorCode.InvalidDueRule, { missing: field }, vi);
}

/**
 * True when a deadline was computed with another calendar version (e.g. before a swap was
 * announced): recompute it, and do not escalate on the stale date.
 */
export function isDeadlineStale(deadline: Pick<Deadline, 'calendarVersion'>, calendar: WorkingCalendar): boolean {
  return deadline.calendarVersion !== calendar.version;
}
