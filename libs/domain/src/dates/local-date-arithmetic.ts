import { daysInMonth, type LocalDate } from './local-date';

/** Day of week: 0 = Sunday … 6 = Saturday (as `Date.prototype.getDay`). */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Days since 1970-01-01 (proleptic Gregorian). Pure integer arithmetic (H. Hinnant's
 * days_from_civil) so it does not depend on the host time zone.
 */
export function toEpochDay(d: LocalDate): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (d.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link toEpochDay}. */
export function fromEpochDay(n: number): LocalDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day of week of a local date (0 = Sunday). */
export function dayOfWeek(d: LocalDate): DayOfWeek {
  return (((toEpochDay(d) + 4) % 7) + 7) % 7 as DayOfWeek; // 1970-01-01 was a Thursday
}

/** Saturday or Sunday. */
export function isWeekend(d: LocalDate): boolean {
  const w = dayOfWeek(d);
  return w === 0 || w === 6;
}

/** Adds (or subtracts) calendar days. */
export function addDays(d: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(d) + days);
}

/**
 * Adds calendar months. When the target month has no corresponding day, the result is that month's
 * last day (Civil Code 2015 Art. 148(3): 31/01 + 1 month = 28/02 or 29/02).
 */
export function addMonths(d: LocalDate, months: number): LocalDate {
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** Calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return toEpochDay(b) - toEpochDay(a);
}
