import { type LocalDate } from '../dates';
import { type NonWorkingKind } from './calendar-data.types';

/** A weekday off in a year's schedule. */
export interface NonWorkingDay {
  date: LocalDate;
  kind: NonWorkingKind;
  reason: string;
  /** True when computed from rules (no announcement recorded yet for the year). */
  provisional: boolean;
}

/** A weekend day that is worked. */
export interface MakeUpWorkingDay {
  date: LocalDate;
  reason: string;
}

/** What a calendar says about one day. */
export interface CalendarDayInfo {
  date: LocalDate;
  working: boolean;
  kind: 'weekday' | 'weekend' | 'makeUp' | NonWorkingKind;
  reason?: string;
}
