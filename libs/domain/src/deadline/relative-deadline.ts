import { type WorkingCalendar } from '../calendar';
import { addDays, addMonths, formatDdMmYyyy, type LocalDate } from '../dates';
import { DomainError, DomainErrorCode } from '../errors';
import { type Deadline, type DeadlineOptions } from './deadline.types';
import { deadlineForLastDay } from './last-day-deadline';

/** Unit of a relative period. */
export type PeriodUnit = 'days' | 'workingDays' | 'weeks' | 'months';

/** "Trong vòng 36 tháng", "trong 10 ngày làm việc" — counted from an event. */
export interface RelativePeriod {
  amount: number;
  unit: PeriodUnit;
}

const UNIT_LABELS: Record<PeriodUnit, string> = { days: 'ngày', workingDays: 'ngày làm việc', weeks: 'tuần', months: 'tháng' };

/**
 * Deadline of a period counted from an event day. The event day is not counted (Civil Code
 * Art. 147): 10 days from 01/06 ends 11/06. Months end on the corresponding day, or the month's
 * last day when there is none (Art. 148(3)). Working days land on a working day by construction.
 */
export function relativeDeadline(eventDate: LocalDate, period: RelativePeriod, calendar: WorkingCalendar, options: DeadlineOptions = {}): Deadline {
  const { amount, unit } = period;
  if (!Number.isInteger(amount) || amount < 0) {
    throw new DomainError(DomainErrorCode.InvalidDueRule, { period }, `thời hạn phải là số nguyên không âm (${amount})`);
  }
  const lastDay =
    unit === 'days'
      ? addDays(eventDate, amount)
      : unit === 'weeks'
        ? addDays(eventDate, amount * 7)
        : unit === 'months'
          ? addMonths(eventDate, amount)
          : calendar.addWorkingDays(eventDate, amount);
  const text = `Trong vòng ${amount} ${UNIT_LABELS[unit]} kể từ ngày ${formatDdMmYyyy(eventDate)} (không tính ngày bắt đầu; hạn cuối: hết ngày ${formatDdMmYyyy(lastDay)})`;
  return deadlineForLastDay(lastDay, calendar, text, options.holidayPolicy);
}
