import { invalidArgument } from '../errors/server-error';

/** A parsed cron schedule: allowed values per field, or a fixed interval (`@every 1h`). */
export interface CronSchedule {
  minutes: Set<number>;
  hours: Set<number>;
  daysOfMonth: Set<number>;
  months: Set<number>;
  daysOfWeek: Set<number>;
  domStar: boolean;
  dowStar: boolean;
  everyMs?: number;
}

const MACROS: Record<string, string> = {
  '@yearly': '0 0 1 1 *', '@annually': '0 0 1 1 *', '@monthly': '0 0 1 * *', '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *', '@midnight': '0 0 * * *', '@hourly': '0 * * * *',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

function field(text: string, min: number, max: number, names: string[] = [], offset = 0): Set<number> {
  const out = new Set<number>();
  const value = (v: string) => {
    const i = names.indexOf(v.toLowerCase());
    const n = i >= 0 ? i + offset : Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw invalidArgument(`invalid cron field value ${v}`);
    return n;
  };
  for (const part of text.split(',')) {
    const [range = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw invalidArgument(`invalid cron step in ${part}`);
    let lo = min;
    let hi = max;
    if (range !== '*' && range !== '?') {
      const [a = '', b] = range.split('-');
      lo = value(a);
      hi = b === undefined ? (stepText === undefined ? lo : max) : value(b);
    }
    for (let v = lo; v <= hi; v += step) out.add(v === 7 && max === 7 ? 0 : v);
  }
  return out;
}

/** Parses a standard 5-field cron expression (UTC), the `@hourly`-style macros and `@every <duration>`. */
export function parseCron(text: string): CronSchedule {
  const t = text.trim().replace(/^CRON_TZ=\S+\s+/, '');
  if (t.startsWith('@every')) {
    let ms = 0;
    for (const m of t.slice(6).trim().matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) ms += Number(m[1]) * UNITS[m[2]!]!;
    if (ms <= 0) throw invalidArgument(`invalid cron schedule ${text}`);
    return { minutes: new Set(), hours: new Set(), daysOfMonth: new Set(), months: new Set(), daysOfWeek: new Set(), domStar: true, dowStar: true, everyMs: ms };
  }
  const parts = (MACROS[t] ?? t).split(/\s+/);
  if (parts.length !== 5) throw invalidArgument(`invalid cron schedule ${text}`);
  const [mi, h, dom, mon, dow] = parts as [string, string, string, string, string];
  return {
    minutes: field(mi, 0, 59),
    hours: field(h, 0, 23),
    daysOfMonth: field(dom, 1, 31),
    months: field(mon, 1, 12, MONTHS, 1),
    daysOfWeek: field(dow, 0, 7, DAYS),
    domStar: dom === '*' || dom === '?',
    dowStar: dow === '*' || dow === '?',
  };
}

/** The first scheduled time strictly after `afterMs` (UTC), like robfig/cron's Next. */
export function nextCronTime(s: CronSchedule, afterMs: number): number {
  if (s.everyMs) return afterMs + s.everyMs;
  const d = new Date(Math.floor(afterMs / 60_000) * 60_000 + 60_000);
  const limit = afterMs + 5 * 366 * 86_400_000;
  while (d.getTime() < limit) {
    if (!s.months.has(d.getUTCMonth() + 1)) {
      d.setUTCMonth(d.getUTCMonth() + 1, 1);
      d.setUTCHours(0, 0, 0, 0);
      continue;
    }
    const domOk = s.daysOfMonth.has(d.getUTCDate());
    const dowOk = s.daysOfWeek.has(d.getUTCDay());
    const dayOk = s.domStar && s.dowStar ? true : s.domStar ? dowOk : s.dowStar ? domOk : domOk || dowOk;
    if (!dayOk) {
      d.setUTCDate(d.getUTCDate() + 1);
      d.setUTCHours(0, 0, 0, 0);
      continue;
    }
    if (!s.hours.has(d.getUTCHours())) {
      d.setUTCHours(d.getUTCHours() + 1, 0, 0, 0);
      continue;
    }
    if (!s.minutes.has(d.getUTCMinutes())) {
      d.setUTCMinutes(d.getUTCMinutes() + 1, 0, 0);
      continue;
    }
    return d.getTime();
  }
  throw invalidArgument('cron schedule never fires');
}

/** Delay from `nowMs` to the next scheduled time. */
export function cronBackoffMs(schedule: string, nowMs: number): number {
  return nextCronTime(parseCron(schedule), nowMs) - nowMs;
}
