import { type LocalDate } from './local-date';
import { addDays, fromEpochDay, toEpochDay } from './local-date-arithmetic';

/** Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving since 1975). */
export const VN_UTC_OFFSET_MINUTES = 7 * 60;
const OFFSET_MS = VN_UTC_OFFSET_MINUTES * 60_000;
const DAY_MS = 86_400_000;

/** 00:00 local (Asia/Ho_Chi_Minh) of the day, as an exact instant. */
export function startOfLocalDay(d: LocalDate): Date {
  return new Date(toEpochDay(d) * DAY_MS - OFFSET_MS);
}

/**
 * 24:00 local of the day (Civil Code Art. 148(6)) = 00:00+07:00 of the next day. For 05/06/2024 this
 * is 2024-06-05T17:00:00Z — never 2024-06-04T17:00Z, which is what parsing "05/06" as a UTC midnight
 * and shifting gives.
 */
export function endOfLocalDay(d: LocalDate): Date {
  return startOfLocalDay(addDays(d, 1));
}

/** A local wall-clock time on a day, as an instant (hour 0–24, minute 0–59). */
export function atLocalTime(d: LocalDate, hour: number, minute = 0): Date {
  return new Date(startOfLocalDay(d).getTime() + (hour * 60 + minute) * 60_000);
}

/** The local day containing an instant. */
export function localDateOf(instant: Date): LocalDate {
  return fromEpochDay(Math.floor((instant.getTime() + OFFSET_MS) / DAY_MS));
}

/**
 * The local day whose 24:00 is this instant, or containing it otherwise: the "due date" that a due
 * instant stands for (2024-06-05T17:00Z → 05/06/2024, not 06/06).
 */
export function localDateOfDeadline(instant: Date): LocalDate {
  return localDateOf(new Date(instant.getTime() - 1));
}

/** ISO 8601 with the +07:00 offset, for display and logs ("2024-06-06T00:00:00+07:00"). */
export function toLocalIsoString(instant: Date): string {
  const local = new Date(instant.getTime() + OFFSET_MS);
  return `${local.toISOString().slice(0, 19)}+07:00`;
}
