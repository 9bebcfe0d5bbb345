import { type WorkingCalendar } from '../calendar';
import { addDays, formatDdMmYyyy, type LocalDate } from '../dates';
import { type Deadline, type DeadlineOptions } from './deadline.types';
import { deadlineForLastDay } from './last-day-deadline';

/** Options of "trước ngày dd/mm": strict (default) or inclusive. */
export interface BeforeDateOptions extends DeadlineOptions {
  /** When true, the named day itself still counts. Default false: due at the end of the previous day. */
  inclusive?: boolean;
}

/**
 * "Trước ngày 05/6/2024": by default the strict reading (the last day is 04/06, due 04/06 24:00);
 * `inclusive` makes 05/06 itself the last day. The result is then holiday-adjusted.
 */
export function beforeDateDeadline(date: LocalDate, calendar: WorkingCalendar, options: BeforeDateOptions = {}): Deadline {
  const inclusive = options.inclusive ?? false;
  const lastDay = inclusive ? date : addDays(date, -1);
  const text = `Trước ngày ${formatDdMmYyyy(date)} (${inclusive ? 'tính cả' : 'không tính'} ngày ${formatDdMmYyyy(date)}; hạn cuối: hết ngày ${formatDdMmYyyy(lastDay)})`;
  return deadlineForLastDay(lastDay, calendar, text, options.holidayPolicy);
}

/** "Đến hết ngày 30/6/2024", "trong năm 2024" (→ 31/12): the named day is the last day. */
export function lastDayDeadline(date: LocalDate, calendar: WorkingCalendar, options: DeadlineOptions = {}): Deadline {
  return deadlineForLastDay(date, calendar, `Đến hết ngày ${formatDdMmYyyy(date)}`, options.holidayPolicy);
}
