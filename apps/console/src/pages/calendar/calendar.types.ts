// Mirrors apps/api/src/calendar/calendar.dto.ts.

export type NonWorkingKind = 'holiday' | 'bridge' | 'compensatory';

/** `GET /api/calendar/:year`: the year's exceptions to Monday–Friday (weekends are implicit). */
export interface CalendarYear {
  year: number;
  calendarVersion: string;
  /** ISO dates, Vietnamese reasons. */
  nonWorkingDays: Array<{ date: string; kind: NonWorkingKind | string; reason: string }>;
  makeUpWorkingDays: Array<{ date: string; reason: string }>;
}

/**
 * Something to show on a day besides the calendar itself. Extension point: deadlines (hạn báo cáo,
 * hạn nhiệm vụ) come here once the inbox API exists; until then nothing is passed.
 */
export interface DayMarker {
  /** ISO date. */
  date: string;
  label: string;
  tone: 'deadline' | 'overdue' | 'info';
  /** Where clicking the marker leads (a task, a report). */
  to?: string;
}
