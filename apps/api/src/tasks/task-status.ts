import {
  localDateOf,
  localDateOfDeadline,
  taskStatus,
  type TaskState,
  type TaskStatusView,
  WorkingCalendar,
} from '@dondoc/domain';

const CALENDAR = WorkingCalendar.default();

/** Working days before a deadline under which it is "sắp quá hạn" (the domain's default). */
export const DUE_SOON_WORKING_DAYS = 3;

/**
 * A task's status now, recomputed from its projected state (the stored label was right when the
 * workflow last projected; "quá hạn" may have arrived since). Shipped calendar only: announced swaps
 * reach the API when the calendar administration lands.
 */
export function liveTaskStatus(task: TaskState, now: number = Date.now()): TaskStatusView {
  return taskStatus(task, now, CALENDAR, { dueSoonWorkingDays: DUE_SOON_WORKING_DAYS });
}

/** Whether an open deadline is past, or near (fewer than {@link DUE_SOON_WORKING_DAYS} working days left). */
export function deadlineState(
  dueAt: Date | string | null,
  now: number = Date.now(),
): 'none' | 'overdue' | 'dueSoon' | 'inTime' {
  if (!dueAt) return 'none';
  const due = new Date(dueAt);
  if (now >= due.getTime()) return 'overdue';
  const left = CALENDAR.workingDaysBetween(localDateOf(new Date(now)), localDateOfDeadline(due));
  return left < DUE_SOON_WORKING_DAYS ? 'dueSoon' : 'inTime';
}
