// A mark the calendar page shows on a day (its REST shapes, CalendarYear and CalendarDeadline, are in @dondoc/contracts).

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
