import type { ExceptionKind } from './choices';

// Mirrors apps/api/src/calendar/calendar-exception.dto.ts.

/** What the `calendarChanged` broadcast of a write reached. */
export interface CalendarBroadcast {
  signalled: number;
  gone: number;
  failed: number;
  error?: string;
}

/** An administrator's calendar exception. */
export interface CalendarException {
  id: string;
  date: string;
  kind: ExceptionKind;
  reason: string;
  announcedBy: string | null;
  announcedAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
  updatedAt: string;
  broadcast?: CalendarBroadcast;
}
