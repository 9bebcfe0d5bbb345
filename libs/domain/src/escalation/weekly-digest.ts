import { type WorkingCalendar } from '../calendar';
import { addDays, atLocalTime, dayOfWeek, type InstantInput, localDateOf, sameLocalDate, toInstant, type LocalDate } from '../dates';
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
