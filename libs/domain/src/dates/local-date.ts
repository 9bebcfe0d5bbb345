import { DomainError, DomainErrorCode } from '../errors';

/**
 * A calendar date in Vietnam with no time and no zone: what a plan means by "ngày 05/6/2024".
 * Plain data (JSON-safe, survives Temporal payloads); build it with {@link localDate} or {@link parseIsoDate}.
 */
export interface LocalDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

/** Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when y/m/d names a real day (no 31/02, 29/02/2025, 00/06). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/**
 * Builds a validated {@link LocalDate}. Impossible dates throw `INVALID_DATE` and are never rolled
 * over (31/02 is not 03/03). `source` (e.g. a text position) is kept in the error details.
 */
export function localDate(year: number, month: number, day: number, source?: Readonly<Record<string, unknown>>): LocalDate {
  if (!isValidDate(year, month, day)) {
    throw new DomainError(DomainErrorCode.InvalidDate, { year, month, day, ...source }, `${pad2(day)}/${pad2(month)}/${year}`);
  }
  return { year, month, day };
}

/** Parses `YYYY-MM-DD` strictly. */
export function parseIsoDate(text: string): LocalDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new DomainError(DomainErrorCode.InvalidDateFormat, { text }, text);
  return localDate(Number(m[1]), Number(m[2]), Number(m[3]), { text });
}

/** Formats as ISO `YYYY-MM-DD`. */
export function toIsoDate(d: LocalDate): string {
  return `${String(d.year).padStart(4, '0')}-${pad2(d.month)}-${pad2(d.day)}`;
}

/** Negative, zero or positive like a comparator for `Array.prototype.sort`. */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Same calendar day. */
export function sameLocalDate(a: LocalDate, b: LocalDate): boolean {
  return compareLocalDates(a, b) === 0;
}

/** The later/earlier of two dates. */
export function maxLocalDate(a: LocalDate, b: LocalDate): LocalDate {
  return compareLocalDates(a, b) >= 0 ? a : b;
}
export function minLocalDate(a: LocalDate, b: LocalDate): LocalDate {
  return compareLocalDates(a, b) <= 0 ? a : b;
}

/** Two-digit zero padding (internal helper, exported for formatters). */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
