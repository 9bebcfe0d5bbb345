import { invalidSpec } from './schedule-spec-error';

/** A `Range` of the structured calendar: start..end inclusive, every `step`. */
export interface CalRange {
  start: number;
  end: number;
  step: number;
}

/** One structured calendar: the fields as ranges (an empty `year` list means every year). */
export interface StructuredCalendar {
  second: CalRange[];
  minute: CalRange[];
  hour: CalRange[];
  dayOfMonth: CalRange[];
  month: CalRange[];
  year: CalRange[];
  dayOfWeek: CalRange[];
  comment?: string;
}

export type CalField = Exclude<keyof StructuredCalendar, 'comment'>;

/** Bounds per field; day of week accepts 7 for Sunday (folded to 0). */
export const FIELD_BOUNDS: Readonly<Record<CalField, readonly [number, number]>> = {
  second: [0, 59],
  minute: [0, 59],
  hour: [0, 23],
  dayOfMonth: [1, 31],
  month: [1, 12],
  year: [1970, 2999],
  dayOfWeek: [0, 7],
};

/** Defaults of CalendarSpec strings (and of empty structured fields): 0 for time of day, every day/month/year. */
export const FIELD_DEFAULTS: Readonly<Record<CalField, string>> = {
  second: '0',
  minute: '0',
  hour: '0',
  dayOfMonth: '*',
  month: '*',
  year: '*',
  dayOfWeek: '*',
};

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function nameValue(field: CalField, text: string): number | undefined {
  const t = text.toLowerCase();
  if (t.length < 3) return undefined;
  const list = field === 'month' ? MONTHS : field === 'dayOfWeek' ? DAYS : undefined;
  const i = list ? list.findIndex((n) => n.startsWith(t)) : -1;
  return i < 0 ? undefined : field === 'month' ? i + 1 : i;
}

function value(field: CalField, text: string): number {
  const n = /^\d+$/.test(text) ? Number(text) : nameValue(field, text);
  const [lo, hi] = FIELD_BOUNDS[field];
  if (n === undefined || n < lo || n > hi) throw invalidSpec(`${field} value "${text}" is out of range ${lo}-${hi}`);
  return n;
}

/** Parses one CalendarSpec field string (`*`, `5`, `1-5`, `*\/15`, `10-40/10`, `jan,jul`, `mon-fri`). */
export function parseCalendarField(field: CalField, text: string): CalRange[] {
  const src = text.trim() || FIELD_DEFAULTS[field];
  const out: CalRange[] = [];
  for (const part of src.split(',')) {
    const m = /^([^/]+)(?:\/(\d+))?$/.exec(part.trim());
    if (!m) throw invalidSpec(`cannot parse ${field} "${part}"`);
    const step = m[2] === undefined ? 1 : Number(m[2]);
    if (step < 1) throw invalidSpec(`${field} step must be at least 1 in "${part}"`);
    const range = m[1]!;
    if (range === '*' || range === '?') {
      if (field === 'year' && step === 1) return [];
      const [lo, hi] = FIELD_BOUNDS[field];
      out.push({ start: lo, end: field === 'dayOfWeek' ? 6 : hi, step });
      continue;
    }
    const [a = '', b] = range.split('-');
    const start = value(field, a);
    const end = b === undefined ? (m[2] === undefined ? start : FIELD_BOUNDS[field][1]) : value(field, b);
    if (end < start) throw invalidSpec(`${field} range "${part}" ends before it starts`);
    out.push({ start, end, step });
  }
  return out;
}

/** Checks a structured calendar's ranges and normalises them (end < start → start; step 0 → 1). */
export function normaliseStructured(raw: Partial<Record<CalField, unknown>> & { comment?: unknown }): StructuredCalendar {
  const out = { comment: raw.comment ? String(raw.comment) : undefined } as StructuredCalendar;
  for (const field of Object.keys(FIELD_BOUNDS) as CalField[]) {
    const list = (raw[field] as Array<{ start?: number; end?: number; step?: number }> | undefined) ?? [];
    if (!list.length) {
      out[field] = parseCalendarField(field, FIELD_DEFAULTS[field]);
      continue;
    }
    const [lo, hi] = FIELD_BOUNDS[field];
    out[field] = list.map((r) => {
      const start = Number(r.start ?? 0);
      const end = Math.max(start, Number(r.end ?? 0));
      const step = Number(r.step ?? 0) || 1;
      if (!Number.isInteger(start) || start < lo || end > hi) throw invalidSpec(`${field} range ${start}-${end} is out of range ${lo}-${hi}`);
      if (step < 1) throw invalidSpec(`${field} step must be at least 1`);
      return { start, end, step };
    });
  }
  return out;
}

/** Whether `v` lies in one of the ranges (an empty list matches everything: used for years). */
export function inRanges(ranges: readonly CalRange[], v: number): boolean {
  if (!ranges.length) return true;
  return ranges.some((r) => v >= r.start && v <= r.end && (v - r.start) % r.step === 0);
}
