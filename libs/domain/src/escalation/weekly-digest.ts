import { type WorkingCalendar } from '../calendar';
import { addDays, atLocalTime, dayOfWeek, formatDdMmYyyy, type InstantInput, localDateOf, localDateOfDeadline, sameLocalDate, toInstant, type LocalDate } from '../dates';
import { type LocalTime } from './escalation-policy.types';

/** When the weekly digest goes out: a weekday (1 = Monday … 5 = Friday) at a local time. */
export interface WeeklyDigestSchedule {
  weekday: 1 | 2 | 3 | 4 | 5;
  time: LocalTime;
}

/** Monday 08:00 local. */
export const DEFAULT_WEEKLY_DIGEST: WeeklyDigestSchedule = { weekday: 1, time: { hour: 8, minute: 0 } };

/**
 * Digest instants in [from, to): each week's chosen weekday, moved to the next working day when it
 * is a day off (Monday of Tết week → the first day back), never two digests on one day.
 */
export function weeklyDigestInstants(from: InstantInput, to: InstantInput, calendar: WorkingCalendar, schedule: WeeklyDigestSchedule = DEFAULT_WEEKLY_DIGEST): Date[] {
  const start = toInstant(from);
  const end = toInstant(to);
  const first = localDateOf(start);
  let day: LocalDate = addDays(first, (schedule.weekday - dayOfWeek(first) + 7) % 7 - 7); // the chosen weekday of the week before
  const out: Date[] = [];
  let last: LocalDate | undefined;
  for (; atLocalTime(day, 0).getTime() < end.getTime(); day = addDays(day, 7)) {
    const sendDay = calendar.workingDayOnOrAfter(day);
    if (last && sameLocalDate(last, sendDay)) continue;
    last = sendDay;
    const at = atLocalTime(sendDay, schedule.time.hour, schedule.time.minute);
    if (at.getTime() >= start.getTime() && at.getTime() < end.getTime()) out.push(at);
  }
  return out;
}

/** The leaders' digest (domain.md §5 "a weekly digest"): Monday 07:30 local, before the working day starts. */
export const LEADER_WEEKLY_DIGEST: WeeklyDigestSchedule = { weekday: 1, time: { hour: 7, minute: 30 } };

/** Five weeks: no run of days off (Tết included) is longer, so a digest always falls within. */
const SEARCH_MS = 35 * 24 * 3_600_000;

/**
 * The first digest instant strictly after `after` (the last digest sent, or the start of the
 * workflow): the same weekly rule as {@link weeklyDigestInstants}, so a Monday off moves to the next
 * working day and a digest already sent that day is not sent again.
 */
export function nextWeeklyDigestAt(after: InstantInput, calendar: WorkingCalendar, schedule: WeeklyDigestSchedule = DEFAULT_WEEKLY_DIGEST): Date {
  const from = toInstant(after).getTime() + 1;
  const [next] = weeklyDigestInstants(from, from + SEARCH_MS, calendar, schedule);
  if (!next) throw new Error(`no digest day within five weeks after ${new Date(from).toISOString()}`);
  return next;
}

/** One open item of a leader's digest, as read from the projections at the digest instant. */
export interface DigestItem {
  title: string;
  /** Deadline instant (ISO, 24:00 local of the due day). */
  dueAt: string;
  state: 'overdue' | 'dueSoon';
  /** Owning organisation's name, when known. */
  organisationName?: string;
}

/** The digest as sent: counts, the top items of each group, one Vietnamese text. */
export interface WeeklyDigest {
  overdue: number;
  dueSoon: number;
  messageVi: string;
}

/** How many items of each group the digest lists (the console shows the rest). */
export const DIGEST_TOP_ITEMS = 5;

/**
 * The digest text: counts first, then the most overdue and the soonest due items (oldest deadline
 * first), dates dd/mm/yyyy. Nothing to say (no overdue, nothing due soon) → undefined: no digest.
 */
export function composeWeeklyDigest(items: readonly DigestItem[], top = DIGEST_TOP_ITEMS): WeeklyDigest | undefined {
  const byDue = (a: DigestItem, b: DigestItem) => a.dueAt.localeCompare(b.dueAt) || a.title.localeCompare(b.title, 'vi');
  const overdue = items.filter((i) => i.state === 'overdue').sort(byDue);
  const dueSoon = items.filter((i) => i.state === 'dueSoon').sort(byDue);
  if (overdue.length === 0 && dueSoon.length === 0) return undefined;
  const line = (i: DigestItem) => `- ${i.title}${i.organisationName ? ` (${i.organisationName})` : ''} — hạn ${formatDdMmYyyy(localDateOfDeadline(new Date(i.dueAt)))}`;
  const group = (label: string, list: DigestItem[]) =>
    list.length === 0 ? [] : [`${label}:`, ...list.slice(0, top).map(line), ...(list.length > top ? [`… và ${list.length - top} nhiệm vụ khác`] : [])];
  const messageVi = [
    `Tổng hợp tuần: ${overdue.length} nhiệm vụ quá hạn, ${dueSoon.length} nhiệm vụ sắp đến hạn`,
    ...group('Quá hạn', overdue),
    ...group('Sắp đến hạn', dueSoon),
  ].join('\n');
  return { overdue: overdue.length, dueSoon: dueSoon.length, messageVi };
}
