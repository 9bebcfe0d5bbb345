import type { Obj } from '../engine/events';
import { durMs, fromTs } from '../util/time';
import { FIELD_BOUNDS, inRanges, normaliseStructured, parseCalendarField, type CalField, type CalRange, type StructuredCalendar } from './calendar-parse';
import { parseCronString } from './cron-string';
import { invalidSpec } from './schedule-spec-error';
import { fromWall, isKnownTimeZone, toWall } from './zoned-time';

/** A schedule spec ready for computing times: everything is structured calendars and intervals in one zone. */
export interface CompiledSpec {
  calendars: StructuredCalendar[];
  intervals: Array<{ intervalMs: number; phaseMs: number }>;
  excludes: StructuredCalendar[];
  /** Epoch ms bounds (inclusive); 0 = unbounded. */
  startMs: number;
  endMs: number;
  /** IANA zone of the calendars (`UTC` when none). Intervals are zone-independent. */
  timezone: string;
  /** Upper bound of the per-time delay added to each nominal time (see schedule-jitter.ts); 0 = none. */
  jitterMs: number;
}

/** Calendar times are searched at most this far ahead (a spec with no time in range never fires). */
const SEARCH_YEARS = 100;
const MIN_INTERVAL_MS = 1000;

/** Validates a `ScheduleSpec` proto (decoded request object) and compiles it; bad input → "Invalid schedule spec: …". */
export function compileSpec(spec: Obj | undefined): CompiledSpec {
  const s = spec ?? {};
  let timezone = String(s.timezoneName ?? '') || '';
  const calendars: StructuredCalendar[] = [];
  const intervals: CompiledSpec['intervals'] = [];
  for (const c of (s.calendar as Obj[] | undefined) ?? []) calendars.push(fromCalendarStrings(c));
  for (const c of (s.structuredCalendar as Obj[] | undefined) ?? []) calendars.push(normaliseStructured(c));
  for (const text of (s.cronString as string[] | undefined) ?? []) {
    const cron = parseCronString(text);
    if (cron.timezone) {
      if (timezone && timezone !== cron.timezone) throw invalidSpec(`cron string "${text}" names time zone ${cron.timezone} but the spec uses ${timezone}`);
      timezone = cron.timezone;
    }
    if (cron.calendar) calendars.push(cron.calendar);
    if (cron.interval) intervals.push(cron.interval);
  }
  for (const i of (s.interval as Obj[] | undefined) ?? []) {
    const intervalMs = durMs(i.interval as Obj);
    const phaseMs = durMs(i.phase as Obj);
    if (intervalMs < MIN_INTERVAL_MS) throw invalidSpec(`interval must be at least 1 second (got ${intervalMs} ms)`);
    if (phaseMs < 0) throw invalidSpec('interval phase must not be negative');
    intervals.push({ intervalMs, phaseMs: phaseMs % intervalMs });
  }
  const excludes = [
    ...((s.excludeCalendar as Obj[] | undefined) ?? []).map(fromCalendarStrings),
    ...((s.excludeStructuredCalendar as Obj[] | undefined) ?? []).map((c) => normaliseStructured(c)),
  ];
  if (timezone && timezone !== 'UTC' && !isKnownTimeZone(timezone)) throw invalidSpec(`unknown time zone "${timezone}"`);
  const startMs = fromTs(s.startTime as Obj);
  const endMs = fromTs(s.endTime as Obj);
  if (startMs && endMs && endMs < startMs) throw invalidSpec('end time is before start time');
  const jitterMs = durMs(s.jitter as Obj);
  if (jitterMs < 0) throw invalidSpec('jitter must not be negative');
  return { calendars, intervals, excludes, startMs, endMs, timezone: timezone || 'UTC', jitterMs };
}

function fromCalendarStrings(c: Obj): StructuredCalendar {
  const out = { comment: c.comment ? String(c.comment) : undefined } as StructuredCalendar;
  for (const f of Object.keys(FIELD_BOUNDS) as CalField[]) out[f] = parseCalendarField(f, String(c[f] ?? ''));
  return out;
}

/** The spec as DescribeSchedule answers it: calendars and cron strings canonicalised to structured calendars. */
export function canonicalSpec(spec: Obj | undefined, c: CompiledSpec): Obj {
  const s = spec ?? {};
  const out: Obj = {
    structuredCalendar: c.calendars.map(toProto),
    interval: c.intervals.map((i) => ({ interval: msDur(i.intervalMs), phase: msDur(i.phaseMs) })),
    excludeStructuredCalendar: c.excludes.map(toProto),
  };
  if (s.startTime) out.startTime = s.startTime;
  if (s.endTime) out.endTime = s.endTime;
  if (s.jitter) out.jitter = s.jitter;
  if (c.timezone !== 'UTC' || s.timezoneName) out.timezoneName = c.timezone;
  return out;
}

const msDur = (ms: number) => ({ seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1e6 });

function toProto(c: StructuredCalendar): Obj {
  const out: Obj = {};
  for (const f of Object.keys(FIELD_BOUNDS) as CalField[]) out[f] = c[f].map((r) => ({ start: r.start, end: r.end, step: r.step }));
  if (c.comment) out.comment = c.comment;
  return out;
}

/** Whether the wall reading `wall` (see zoned-time) matches a calendar. */
function matchesWall(c: StructuredCalendar, wall: number): boolean {
  const d = new Date(wall);
  return (
    inRanges(c.year, d.getUTCFullYear()) &&
    inRanges(c.month, d.getUTCMonth() + 1) &&
    dayMatches(c, d) &&
    inRanges(c.hour, d.getUTCHours()) &&
    inRanges(c.minute, d.getUTCMinutes()) &&
    inRanges(c.second, d.getUTCSeconds())
  );
}

function dayMatches(c: StructuredCalendar, d: Date): boolean {
  const dow = d.getUTCDay();
  return inRanges(c.dayOfMonth, d.getUTCDate()) && (inRanges(c.dayOfWeek, dow) || (dow === 0 && inRanges(c.dayOfWeek, 7)));
}

const maxYear = (r: readonly CalRange[]) => (r.length ? Math.max(...r.map((x) => x.end)) : Infinity);

/** The first wall reading strictly after `afterWall` that matches `c`, or undefined within the search horizon. */
export function nextCalendarWall(c: StructuredCalendar, afterWall: number): number | undefined {
  const d = new Date(Math.floor(afterWall / 1000) * 1000 + 1000);
  const lastYear = Math.min(maxYear(c.year), d.getUTCFullYear() + SEARCH_YEARS);
  while (d.getUTCFullYear() <= lastYear) {
    if (!inRanges(c.year, d.getUTCFullYear())) {
      d.setUTCFullYear(d.getUTCFullYear() + 1, 0, 1);
      d.setUTCHours(0, 0, 0, 0);
    } else if (!inRanges(c.month, d.getUTCMonth() + 1)) {
      d.setUTCMonth(d.getUTCMonth() + 1, 1);
      d.setUTCHours(0, 0, 0, 0);
    } else if (!dayMatches(c, d)) {
      d.setUTCDate(d.getUTCDate() + 1);
      d.setUTCHours(0, 0, 0, 0);
    } else if (!inRanges(c.hour, d.getUTCHours())) {
      d.setUTCHours(d.getUTCHours() + 1, 0, 0, 0);
    } else if (!inRanges(c.minute, d.getUTCMinutes())) {
      d.setUTCMinutes(d.getUTCMinutes() + 1, 0, 0);
    } else if (!inRanges(c.second, d.getUTCSeconds())) {
      d.setUTCSeconds(d.getUTCSeconds() + 1, 0);
    } else return d.getTime();
  }
  return undefined;
}

/** The first instant strictly after `afterMs` at which calendar `c` fires in `zone`. */
function nextCalendarInstant(c: StructuredCalendar, zone: string, afterMs: number): number | undefined {
  let wall = toWall(afterMs, zone);
  // A wall reading maps to an instant ≤ afterMs only around a DST fold; then search on past it.
  for (let guard = 0; guard < 4; guard++) {
    const next = nextCalendarWall(c, wall);
    if (next === undefined) return undefined;
    const at = fromWall(next, zone);
    if (at > afterMs) return at;
    wall = next;
  }
  return undefined;
}

function nextIntervalInstant(i: { intervalMs: number; phaseMs: number }, afterMs: number): number {
  return Math.floor((afterMs - i.phaseMs) / i.intervalMs) * i.intervalMs + i.phaseMs + i.intervalMs;
}

/**
 * The earliest calendar or interval time strictly after `afterMs`, ignoring start/end time and excludes: Temporal's
 * "raw" next time, which also bounds the jitter of the time before it.
 */
export function rawNextTime(spec: CompiledSpec, afterMs: number): number | undefined {
  let best: number | undefined;
  for (const c of spec.calendars) {
    const t = nextCalendarInstant(c, spec.timezone, afterMs);
    if (t !== undefined && (best === undefined || t < best)) best = t;
  }
  for (const i of spec.intervals) {
    const t = nextIntervalInstant(i, afterMs);
    if (best === undefined || t < best) best = t;
  }
  return best;
}

/**
 * The first nominal action time strictly after `afterMs`: the earliest time of any calendar or interval that is
 * inside [startTime, endTime] and not matched by an exclude calendar (read in the spec's zone). Pure: "now" is an
 * argument. Jitter is added on top by schedule-jitter.ts.
 */
export function nextActionTime(spec: CompiledSpec, afterMs: number): number | undefined {
  let after = Math.max(afterMs, spec.startMs ? spec.startMs - 1 : -Infinity);
  for (let guard = 0; guard < 100_000; guard++) {
    const best = rawNextTime(spec, after);
    if (best === undefined || (spec.endMs && best > spec.endMs)) return undefined;
    const wall = toWall(best, spec.timezone);
    if (!spec.excludes.some((x) => matchesWall(x, wall))) return best;
    after = best;
  }
  return undefined;
}

/** Action times in (fromMs, toMs], at most `limit` of them. */
export function actionTimesBetween(spec: CompiledSpec, fromMs: number, toMs: number, limit = 1000): number[] {
  const out: number[] = [];
  let t = fromMs;
  while (out.length < limit) {
    const n = nextActionTime(spec, t);
    if (n === undefined || n > toMs) break;
    out.push(n);
    t = n;
  }
  return out;
}
