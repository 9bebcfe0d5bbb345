import type { DigestItem, WorkingCalendar } from '@dondoc/domain';
import { taskStatus } from '@dondoc/domain';
import type { LeaderTaskRow } from '../ports';

/**
 * The digest items among a leader's tasks at `at`: open or returned (to be redone) with a deadline,
 * overdue or due soon by the same status rule the inbox shows. Done, submitted and paused tasks are
 * not chased, so they are not in the digest either.
 */
export function digestItemsOf(rows: readonly LeaderTaskRow[], at: Date, calendar: WorkingCalendar): DigestItem[] {
  const items: DigestItem[] = [];
  for (const { view, organisationName } of rows) {
    const { task } = view;
    if ((task.phase !== 'open' && task.phase !== 'returned') || !task.dueAt) continue;
    // A returned task is judged like an open one: it is work still to do by the same deadline.
    const status = taskStatus({ ...task, phase: 'open' }, at, calendar);
    const state = status.code === 'overdue' ? 'overdue' : status.code === 'dueSoon' ? 'dueSoon' : undefined;
    if (state) items.push({ title: view.title, dueAt: task.dueAt, state, ...(organisationName ? { organisationName } : {}) });
  }
  return items;
}
