import { type WorkingCalendar } from '../calendar';
import { type InstantInput, localDateOf, localDateOfDeadline, toInstant } from '../dates';
import { type TaskState } from './task.types';

/** The Vietnamese status vocabulary of tasks (domain.md §5). */
export type TaskStatusCode =
  | 'inProgress' // đang thực hiện trong hạn
  | 'dueSoon' // sắp quá hạn
  | 'overdue' // quá hạn
  | 'completedOnTime' // hoàn thành đúng hạn
  | 'completedLate' // hoàn thành quá hạn
  | 'awaitingConfirmation' // chờ xác nhận
  | 'paused' // tạm hoãn
  | 'refused' // từ chối
  | 'redo' // thực hiện lại
  | 'superseded' // đã được thay thế (an amending plan removed it)
  | 'recalled'; // đã thu hồi (its plan was recalled)

export const TASK_STATUS_LABELS: Readonly<Record<TaskStatusCode, string>> = {
  inProgress: 'Đang thực hiện trong hạn',
  dueSoon: 'Sắp quá hạn',
  overdue: 'Quá hạn',
  completedOnTime: 'Hoàn thành đúng hạn',
  completedLate: 'Hoàn thành quá hạn',
  awaitingConfirmation: 'Chờ xác nhận',
  paused: 'Tạm hoãn',
  refused: 'Từ chối',
  redo: 'Thực hiện lại',
  superseded: 'Đã được thay thế',
  recalled: 'Đã thu hồi',
};

/** Statuses of tasks closed by a later document: no longer owed, never overdue, kept for history. */
export const CLOSED_BY_DOCUMENT_STATUS_CODES: ReadonlySet<TaskStatusCode> = new Set(['superseded', 'recalled']);

/** A task's displayed status, plus whether its deadline has passed (shown next to e.g. "thực hiện lại"). */
export interface TaskStatusView {
  code: TaskStatusCode;
  label: string;
  overdue: boolean;
}

/** Options: "sắp quá hạn" when fewer than this many working days remain after today. Default 3. */
export interface TaskStatusOptions {
  dueSoonWorkingDays?: number;
}

/**
 * Derives the displayed status at `now`. Completion is judged by when the accepted work was
 * submitted (a fallback-channel submission keeps its own time), not by when it was accepted.
 */
export function taskStatus(task: TaskState, now: InstantInput, calendar: WorkingCalendar, options: TaskStatusOptions = {}): TaskStatusView {
  const t = toInstant(now).getTime();
  const due = task.dueAt ? toInstant(task.dueAt).getTime() : null;
  const view = (code: TaskStatusCode, overdue: boolean): TaskStatusView => ({ code, label: TASK_STATUS_LABELS[code], overdue });
  const pastDue = (at: number) => due !== null && at >= due;
  switch (task.phase) {
    case 'accepted': {
      const done = toInstant(task.completedAt ?? task.submittedAt ?? now).getTime();
      return pastDue(done) ? view('completedLate', true) : view('completedOnTime', false);
    }
    case 'submitted':
      return view('awaitingConfirmation', pastDue(toInstant(task.submittedAt ?? now).getTime()));
    case 'paused':
      return view('paused', pastDue(t));
    case 'refused':
      return view('refused', pastDue(t));
    case 'returned':
      return view('redo', pastDue(t));
    case 'superseded':
    case 'recalled':
      return view(task.phase, false);
    case 'open': {
      if (due === null) return view('inProgress', false);
      if (pastDue(t)) return view('overdue', true);
      const left = calendar.workingDaysBetween(localDateOf(new Date(t)), localDateOfDeadline(new Date(due)));
      return left < (options.dueSoonWorkingDays ?? 3) ? view('dueSoon', false) : view('inProgress', false);
    }
  }
}
