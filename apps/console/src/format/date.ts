/** All dates in the console are shown dd/mm/yyyy in Vietnam's time zone, whatever the UI language. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/**
 * `2026-01-05` → `05/01/2026` (a calendar day: no time-zone shift);
 * an instant (`2026-01-04T17:30:00Z`) → its day in Asia/Ho_Chi_Minh (`05/01/2026`).
 */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    const m = DATE_ONLY.exec(value);
    if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  }
  // Only ISO instants are parsed: V8's Date parser reads "ngày tháng năm 2024" as 01/01/2024.
  if (typeof value === 'string' && !ISO_INSTANT.test(value)) return value;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const p = Object.fromEntries(parts.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year}`;
}

/**
 * A deadline instant as the day it falls due. The API stores "by the end of 30/06" as the instant
 * the day ends (`2027-06-30T17:00:00.000Z`, i.e. 00:00 of 01/07 in Vietnam): the last moment
 * before it is the due day.
 */
export function formatDeadline(value: string | null | undefined): string {
  if (!value || !ISO_INSTANT.test(value)) return formatDate(value);
  const t = new Date(value).getTime();
  return Number.isNaN(t) ? formatDate(value) : formatDate(new Date(t - 1));
}

/** Today's calendar day in Asia/Ho_Chi_Minh as `YYYY-MM-DD` (for validity checks). */
export function todayInVietnam(now: Date = new Date()): string {
  const p = Object.fromEntries(parts.formatToParts(now).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}
