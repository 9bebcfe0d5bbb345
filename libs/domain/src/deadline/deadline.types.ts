import { type LocalDate } from '../dates';

/**
 * What happens when the last day of a period is a weekend or holiday. The Civil Code default
 * (Art. 148(5)) moves the end to the end of the next working day; a duty may instead require the
 * previous working day, or no adjustment.
 */
export type HolidayPolicy = 'rollForward' | 'rollBack' | 'none';

/** A computed deadline: the instant, the local day it stands for, how it was derived, and by which calendar. */
export interface Deadline {
  /** End of `dueDate` at 24:00 Asia/Ho_Chi_Minh (= next day 00:00+07:00). */
  dueAt: Date;
  /** Last local day to act, after the holiday adjustment. */
  dueDate: LocalDate;
  /** Last day before the holiday adjustment. */
  nominalDate: LocalDate;
  /** True when the holiday policy moved the date. */
  adjusted: boolean;
  /** Vietnamese explanation for people (shown in the UI and in reminders). */
  ruleText: string;
  /** `WorkingCalendar.version` that produced it; recompute when the calendar changes. */
  calendarVersion: string;
}

/** Options shared by the deadline builders. */
export interface DeadlineOptions {
  holidayPolicy?: HolidayPolicy;
}
