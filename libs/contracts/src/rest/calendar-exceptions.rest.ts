// `/api/calendar/exceptions`: days off and make-up days an administrator enters from a notice.

/** What the `calendarChanged` broadcast of a write reached (the change itself is committed either way). */
export interface CalendarBroadcast {
  /** Open workflows signalled with the new additions. */
  signalled: number;
  /** Workflows that closed between the listing and the signal. */
  gone: number;
  /** Workflows that could not be signalled (logged; re-broadcast to retry). */
  failed: number;
  /** Why nothing could be signalled (Temporal unreachable). */
  error?: string;
}

/** Kinds of calendar exception (libs/persistence `CALENDAR_EXCEPTION_KINDS`). */
export type CalendarExceptionKind = 'dayOff' | 'makeUpWorkingDay' | 'tetDay';

/** An administrator's calendar exception. */
export interface CalendarException {
  id: string;
  /** ISO date. */
  date: string;
  kind: CalendarExceptionKind;
  reason: string;
  announcedBy: string | null;
  announcedAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
  updatedAt: string;
  /** Only on writes. */
  broadcast?: CalendarBroadcast;
}
