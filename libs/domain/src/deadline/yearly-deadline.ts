import { type WorkingCalendar } from '../calendar';
import { compareLocalDates, daysInMonth, type LocalDate, localDate } from '../dates';
import { DomainError, DomainErrorCode } from '../errors';
import { type BeforeDateOptions, beforeDateDeadline, lastDayDeadline } from './before-date-deadline';
import { type Deadline } from './deadline.types';

/** A day and month without a year, as plans write them ("trước ngày 05/6 hằng năm"). */
export interface MonthDay {
  month: number;
  day: number;
}

/** An inclusive span of local days (a plan's period of implementation). */
export interface DateRange {
  start: LocalDate;
  end: LocalDate;
}

/** Options of a yearly rule: "trước ngày" (default) or "đến hết ngày", strict or inclusive. */
export interface YearlyRuleOptions extends BeforeDateOptions {
  /** Default true: "trước ngày dd/mm". False: "đến hết ngày dd/mm". */
  before?: boolean;
}

/** The rule's day in a given year; 29/02 falls on 28/02 in common years. */
export function monthDayInYear(md: MonthDay, year: number): LocalDate {
  if (!(md.month >= 1 && md.month <= 12 && md.day >= 1 && md.day <= daysInMonth(2024, md.month))) {
    throw new DomainError(DomainErrorCode.InvalidDate, { ...md }, `${md.day}/${md.month}`);
  }
  return localDate(year, md.month, Math.min(md.day, daysInMonth(year, md.month)));
}

/**
 * Expands a day/month rule over a plan period: one deadline per year whose named day lies inside
 * the period (a 2021–2025 plan gets five; a plan starting 10/06 skips that year's 05/06).
 */
export function expandYearlyDeadlines(md: MonthDay, period: DateRange, calendar: WorkingCalendar, options: YearlyRuleOptions = {}): Deadline[] {
  if (compareLocalDates(period.start, period.end) > 0) {
    throw new DomainError(DomainErrorCode.InvalidPeriod, { period }, 'ngày bắt đầu sau ngày kết thúc');
  }
  const out: Deadline[] = [];
  for (let y = period.start.year; y <= period.end.year; y++) {
    const date = monthDayInYear(md, y);
    if (compareLocalDates(date, period.start) < 0 || compareLocalDates(date, period.end) > 0) continue;
    out.push(options.before === false ? lastDayDeadline(date, calendar, options) : beforeDateDeadline(date, calendar, options));
  }
  return out;
}
