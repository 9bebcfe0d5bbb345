import { type CalendarData, DEFAULT_CALENDAR_DATA, WorkingCalendar } from '@dondoc/domain';

/** The shipped calendar with administrators' additions laid over it (pure; same input → same calendar). */
export function calendarOf(additions: readonly CalendarData[] | undefined): WorkingCalendar {
  return additions && additions.length ? WorkingCalendar.fromData(DEFAULT_CALENDAR_DATA, ...additions) : WorkingCalendar.default();
}
