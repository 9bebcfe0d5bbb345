import type { CalendarDeadline } from '@dondoc/contracts';
import type { DayMarker } from './day-marker.types';

/** Where a deadline leads: the task, or the plan of a report (reports have no page of their own here). */
export function deadlineLink(d: Pick<CalendarDeadline, 'kind' | 'id' | 'planId'>): string {
  return d.kind === 'task' ? `/tasks/${encodeURIComponent(d.id)}/show` : `/plans/${encodeURIComponent(d.planId)}/show`;
}

/** Status colour: done green, overdue red, due soon orange, otherwise blue. */
export function deadlineTone(d: Pick<CalendarDeadline, 'done' | 'overdue' | 'statusCode'>): DayMarker['tone'] {
  if (d.done) return 'done';
  if (d.overdue) return 'overdue';
  return d.statusCode === 'dueSoon' ? 'soon' : 'deadline';
}

/** Deadlines as day markers, grouped by local due day (order kept: the API sorts by instant). */
export function markersByDay(deadlines: readonly CalendarDeadline[]): Map<string, DayMarker[]> {
  const out = new Map<string, DayMarker[]>();
  for (const d of deadlines) {
    const list = out.get(d.date) ?? [];
    list.push({ date: d.date, label: d.title, tone: deadlineTone(d), to: deadlineLink(d), status: d.statusLabel });
    out.set(d.date, list);
  }
  return out;
}

/** The scopes a user may pick: "tất cả" only for those who see every task (as the API decides). */
export function scopesFor(permissions: readonly string[] | undefined): Array<'mine' | 'org' | 'all'> {
  const all = ['tasks.assign', 'duties.manage', 'duties.consolidate'].some((p) => permissions?.includes(p));
  return all ? ['mine', 'org', 'all'] : ['mine', 'org'];
}
