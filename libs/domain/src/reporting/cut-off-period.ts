import { addDays, addMonths, type LocalDate, localDate } from '../dates';
import { DomainError, DomainErrorCode } from '../errors';
import { type DateRange, type MonthDay } from '../deadline';

/** Periodic report frequencies of Decree 09/2019. */
export type ReportFrequency = 'monthly' | 'quarterly' | 'sixMonth' | 'nineMonth' | 'annual';

/** How many periods a frequency has per year (the valid `index` values are 1…n). */
export const PERIODS_PER_YEAR: Readonly<Record<ReportFrequency, number>> = { monthly: 12, quarterly: 4, sixMonth: 1, nineMonth: 1, annual: 1 };

/**
 * Overrides of the default cut-off: `calendar` uses calendar months/quarters/halves/years
 * (01/01–30/06 …); `custom` gives start and end for the yearly-based reports (6-month, 9-month,
 * annual), the start possibly in the previous year.
 */
export type CutOffRule =
  | { kind: 'decree09' }
  | { kind: 'calendar' }
  | { kind: 'custom'; start: MonthDay & { previousYear?: boolean }; end: MonthDay };

const LAST_MONTH: Readonly<Record<ReportFrequency, number>> = { monthly: 0, quarterly: 0, sixMonth: 6, nineMonth: 9, annual: 12 };

/** The last month of period `index` of a year (monthly: the month; quarterly: 3, 6, 9, 12). */
function lastMonthOf(frequency: ReportFrequency, index: number): number {
  if (frequency === 'monthly') return index;
  if (frequency === 'quarterly') return index * 3;
  return LAST_MONTH[frequency];
}

/**
 * Data cut-off period (Decree 09/2019 Art. 12): monthly 15th of the previous month → 14th;
 * quarterly 15th of the month before the quarter → 14th of its last month; 6-month 15/12 of the
 * previous year → 14/06; 9-month 15/12 → 14/09; annual 15/12 → 14/12. `index` is the month or
 * quarter number (ignored for the others).
 */
export function cutOffPeriod(frequency: ReportFrequency, year: number, index = 1, rule: CutOffRule = { kind: 'decree09' }): DateRange {
  if (!Number.isInteger(index) || index < 1 || index > PERIODS_PER_YEAR[frequency]) {
    throw new DomainError(DomainErrorCode.InvalidPeriod, { frequency, index }, `kỳ ${index} không hợp lệ`);
  }
  const lastMonth = lastMonthOf(frequency, index);
  const months = frequency === 'monthly' ? 1 : frequency === 'quarterly' ? 3 : lastMonth;
  const firstOfLastMonth = localDate(year, lastMonth, 1);
  const firstOfPeriod = addMonths(firstOfLastMonth, -(months - 1));
  switch (rule.kind) {
    case 'decree09':
      return { start: addMonths(localDate(firstOfPeriod.year, firstOfPeriod.month, 15), -1), end: localDate(year, lastMonth, 14) };
    case 'calendar':
      return { start: firstOfPeriod, end: addDays(addMonths(firstOfLastMonth, 1), -1) };
    case 'custom': {
      if (frequency === 'monthly' || frequency === 'quarterly') {
        throw new DomainError(DomainErrorCode.InvalidPeriod, { frequency }, 'kỳ số liệu tùy chỉnh chỉ áp dụng cho báo cáo 6 tháng, 9 tháng, năm');
      }
      const start: LocalDate = localDate(rule.start.previousYear ? year - 1 : year, rule.start.month, rule.start.day);
      return { start, end: localDate(year, rule.end.month, rule.end.day) };
    }
  }
}
