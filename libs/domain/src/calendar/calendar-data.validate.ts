import { dayOfWeek, isWeekend, parseIsoDate } from '../dates';
import { DomainError, DomainErrorCode } from '../errors';
import { type CalendarData, type CalendarYearData } from './calendar-data.types';

const KINDS = new Set(['holiday', 'bridge', 'compensatory']);

function fail(problem: string, where: string): never {
  throw new DomainError(DomainErrorCode.InvalidCalendarData, { problem, where }, `${where}: ${problem}`);
}

/**
 * Checks calendar data typed in by a person: valid ISO dates inside the year's key, known kinds,
 * non-empty reasons, non-working days on weekdays only (weekends are never listed), make-up days on
 * weekends only, no date listed twice. Returns the same object, typed.
 */
export function validateCalendarData(input: unknown): CalendarData {
  const data = input as CalendarData;
  if (typeof data !== 'object' || data === null) fail('không phải đối tượng JSON', 'root');
  if (typeof data.version !== 'string' || data.version.trim() === '') fail('thiếu version', 'version');
  if (typeof data.years !== 'object' || data.years === null) fail('thiếu years', 'years');
  for (const [key, year] of Object.entries(data.years)) validateYear(key, year);
  return data;
}

function validateYear(key: string, year: CalendarYearData): void {
  if (!/^\d{4}$/.test(key)) fail('khóa năm phải có 4 chữ số', `years.${key}`);
  const seen = new Set<string>();
  const check = (date: unknown, where: string) => {
    if (typeof date !== 'string') fail('thiếu ngày', where);
    let d;
    try {
      d = parseIsoDate(date);
    } catch {
      fail(`ngày không hợp lệ "${date}"`, where);
    }
    if (String(d.year) !== key) fail(`ngày ${date} không thuộc năm ${key}`, where);
    if (seen.has(date)) fail(`ngày ${date} bị lặp`, where);
    seen.add(date);
    return d;
  };
  (year.nonWorkingDays ?? []).forEach((e, i) => {
    const where = `years.${key}.nonWorkingDays[${i}]`;
    const d = check(e.date, where);
    if (isWeekend(d)) fail(`${e.date} là ngày cuối tuần (thứ ${dayOfWeek(d) === 6 ? 'Bảy' : 'CN'}), không cần liệt kê`, where);
    if (!KINDS.has(e.kind)) fail(`kind "${String(e.kind)}" không hợp lệ (holiday | bridge | compensatory)`, where);
    if (typeof e.reason !== 'string' || e.reason.trim() === '') fail('thiếu lý do', where);
  });
  (year.makeUpWorkingDays ?? []).forEach((e, i) => {
    const where = `years.${key}.makeUpWorkingDays[${i}]`;
    const d = check(e.date, where);
    if (!isWeekend(d)) fail(`${e.date} không phải ngày cuối tuần`, where);
    if (typeof e.reason !== 'string' || e.reason.trim() === '') fail('thiếu lý do', where);
  });
}
