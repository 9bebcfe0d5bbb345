/** Why a weekday is not worked: statutory holiday, bridged (swapped) day off, or compensation for a holiday on a rest day. */
export type NonWorkingKind = 'holiday' | 'bridge' | 'compensatory';

/** A weekday off, as stored in calendar data (ISO date, Vietnamese reason). */
export interface NonWorkingDayEntry {
  date: string;
  kind: NonWorkingKind;
  reason: string;
  notice?: string;
}

/** A Saturday (or Sunday) that is worked to make up for a bridged day. */
export interface MakeUpWorkingDayEntry {
  date: string;
  reason: string;
  notice?: string;
}

/**
 * One year's announced exceptions. `announced: true` makes the entries authoritative for the year
 * (the computed statutory days are ignored); otherwise the entries are laid over the computed ones.
 */
export interface CalendarYearData {
  announced?: boolean;
  /** With `mergeCalendarData`, replace the base year instead of overlaying it (administrator corrections). */
  replace?: boolean;
  notices?: string[];
  nonWorkingDays?: NonWorkingDayEntry[];
  makeUpWorkingDays?: MakeUpWorkingDayEntry[];
}

/** Versioned calendar data: the shipped JSON file, or administrators' additions from the database. */
export interface CalendarData {
  version: string;
  years: Record<string, CalendarYearData>;
}
