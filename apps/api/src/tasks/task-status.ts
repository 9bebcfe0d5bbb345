import {
  localDateOf,
  localDateOfDeadline,
  taskStatus,
  type TaskState,
  type TaskStatusView,
  type WorkingCalendar,
} from '@dondoc/domain';

/** Working days before a deadline under which it is "sắp quá hạn" (the domain's default). */
export const DUE_SOON_WORKING_DAYS = 3;

/**
 * A task's status now, recomputed from its projected state (the stored label was right when the
 * workflow last projected; "quá hạn" may have arrived since). `calendar` is the one in force
 * (`CalendarSource.current()`, read once per request), so an administrator's day off counts at once.
 */
export function liveTaskStatus(task: TaskState, calendar: WorkingCalendar, now: number = Date.now()): TaskStatusView {
  return taskStatus(task, now, calendar, { dueSoonWorkingDays: DUE_SOON_WORKING_DAYS });
}

/** Whether an open deadline is past, or near (fewer than {@link DUE_SOON_WORKING_DAYS} working days left). */
export function deadlineState(
  dueAt: Date | string | null,
  calendar: WorkingCalendar,
  now: number = Date.now(),
): 'none' | 'overdue' | 'dueSoon' | 'inTime' {
  if (!dueAt) return 'none';
  const due = new Date(dueAt);
  if (now >= due.getTime()) return 'overdue';
  const left = calendar.workingDaysBetween(localDateOf(new Date(now)), localDateOfDeadline(due));
  return left < DUE_SOON_WORKING_DAYS ? 'dueSoon' : 'inTime';
}
