// Mirrors apps/api/src/calendar/calendar.dto.ts and calendar-deadlines.dto.ts.

export type NonWorkingKind = 'holiday' | 'bridge' | 'compensatory';

/** `GET /api/calendar/:year`: the year's exceptions to Monday–Friday (weekends are implicit). */
export interface CalendarYear {
  year: number;
  calendarVersion: string;
  /** ISO dates, Vietnamese reasons; `exceptionId` when an administrator entered the day from a notice. */
  nonWorkingDays: Array<{ date: string; kind: NonWorkingKind | string; reason: string; exceptionId?: string }>;
  makeUpWorkingDays: Array<{ date: string; reason: string; exceptionId?: string }>;
}

/** Whose deadlines the calendar shows: mine (my work), my organisation's, everyone's. */
export type DeadlineScope = 'mine' | 'org' | 'all';

/** `GET /api/calendar/deadlines`: one task or report deadline. */
export interface CalendarDeadline {
  id: string;
  kind: 'task' | 'duty';
  workflowId: string;
  planId: string;
  title: string;
  /** The local due day (ISO). */
  date: string;
  dueAt: string;
  organisationId: string;
  organisationName: string | null;
  statusCode: string;
  statusLabel: string;
  done: boolean;
  overdue: boolean;
}

/** Something to show on a day besides the calendar itself (a deadline, with where clicking leads). */
export interface DayMarker {
  /** ISO date. */
  date: string;
  label: string;
  tone: 'deadline' | 'overdue' | 'done' | 'soon' | 'info';
  /** Where clicking the marker leads (a task, a report's plan). */
  to?: string;
  /** Status label, for the tooltip and screen readers. */
  status?: string;
}
