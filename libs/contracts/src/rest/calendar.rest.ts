// `GET /api/calendar/:year` and `GET /api/calendar/deadlines`: the working calendar and the deadlines on it.
import type { NonWorkingKind } from '@dondoc/domain';

export type { NonWorkingKind } from '@dondoc/domain';

/** A weekday off: statutory holiday, bridged (swapped) day, or compensation for a holiday on a weekend. */
export interface NonWorkingDay {
  /** ISO date. */
  date: string;
  kind: NonWorkingKind;
  /** Vietnamese reason ("Tết Nguyên đán"). */
  reason: string;
  /** Set when an administrator entered the day from a notice. */
  exceptionId?: string;
}

/** A weekend day that is worked (làm bù). */
export interface MakeUpWorkingDay {
  date: string;
  reason: string;
  exceptionId?: string;
}

/** `GET /api/calendar/:year`: the year's exceptions to Monday–Friday (weekends are implicit). */
export interface CalendarYear {
  year: number;
  /** Data and rules version, recorded on every computed deadline. */
  calendarVersion: string;
  nonWorkingDays: NonWorkingDay[];
  makeUpWorkingDays: MakeUpWorkingDay[];
}

/** `?scope=`: whose deadlines: mine (my work), my organisation's, everyone's. */
export const DEADLINE_SCOPES = ['mine', 'org', 'all'] as const;
export type DeadlineScope = (typeof DEADLINE_SCOPES)[number];

/** `GET /api/calendar/deadlines` item: a task's deadline, or an organisation's report for a duty period. */
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
  /** A task status code, or `open` | `overdue` | `submitted` for a report. */
  statusCode: string;
  statusLabel: string;
  /** Done (submitted, accepted) or still to do. */
  done: boolean;
  /** Overdue and not done. */
  overdue: boolean;
}
