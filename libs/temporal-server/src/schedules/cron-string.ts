import { parseCalendarField, type StructuredCalendar } from './calendar-parse';
import { invalidSpec } from './schedule-spec-error';

/** What a cron string compiles to: a calendar or an interval, plus a time zone if it named one. */
export interface CompiledCron {
  calendar?: StructuredCalendar;
  interval?: { intervalMs: number; phaseMs: number };
  timezone?: string;
}

const MACROS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};
const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

function durationOf(text: string, whole: string): number {
  const m = /^(\d+)([smhd])$/.exec(text);
  if (!m) throw invalidSpec(`cannot parse duration "${text}" in "${whole}"`);
  return Number(m[1]) * UNIT_MS[m[2]!]!;
}

/**
 * Parses Temporal's cron_string: 5 fields (minute hour day-of-month month day-of-week), 6 (+ year) or 7
 * (second first, + year); `@daily`-style macros; `@every <interval>[/<phase>]`; an optional `CRON_TZ=`/`TZ=`
 * prefix and a trailing `# comment`. Day of month and day of week are ANDed, as in Temporal.
 */
export function parseCronString(input: string): CompiledCron {
  let text = input.trim();
  let comment: string | undefined;
  const hash = text.indexOf('#');
  if (hash >= 0) {
    comment = text.slice(hash + 1).trim() || undefined;
    text = text.slice(0, hash).trim();
  }
  let timezone: string | undefined;
  const tz = /^(?:CRON_TZ|TZ)=(\S+)\s+/.exec(text);
  if (tz) {
    timezone = tz[1];
    text = text.slice(tz[0].length);
  }
  if (text.startsWith('@every')) {
    const [every = '', phase] = text.slice(6).trim().split('/');
    const intervalMs = durationOf(every, input);
    return { interval: { intervalMs, phaseMs: phase ? durationOf(phase, input) : 0 }, timezone };
  }
  const fields = (MACROS[text.toLowerCase()] ?? text).split(/\s+/);
  if (fields.length < 5 || fields.length > 7) throw invalidSpec(`cron string "${input}" must have 5, 6 or 7 fields`);
  const [second, rest] = fields.length === 7 ? [fields[0]!, fields.slice(1)] : ['0', fields];
  const [minute, hour, dayOfMonth, month, dayOfWeek, year = '*'] = rest as [string, string, string, string, string, string?];
  return {
    timezone,
    calendar: {
      second: parseCalendarField('second', second),
      minute: parseCalendarField('minute', minute),
      hour: parseCalendarField('hour', hour),
      dayOfMonth: parseCalendarField('dayOfMonth', dayOfMonth),
      month: parseCalendarField('month', month),
      year: parseCalendarField('year', year),
      dayOfWeek: parseCalendarField('dayOfWeek', dayOfWeek),
      comment,
    },
  };
}
