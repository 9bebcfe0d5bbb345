/**
 * Wall-clock ↔ instant conversion for an IANA time zone with Node's Intl (full ICU). A "wall" time is the local
 * calendar reading encoded as if it were UTC epoch ms (so Date's UTC getters read the local fields).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Whether `zone` is a time zone Intl knows (`UTC` and IANA names). */
export function isKnownTimeZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The wall reading of instant `ms` in `zone` (whole seconds; sub-second part kept). */
export function toWall(ms: number, zone: string): number {
  if (zone === 'UTC') return ms;
  const parts: Record<string, string> = {};
  for (const p of formatter(zone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const whole = Date.UTC(year, Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  // Date.UTC maps years 0–99 to 1900+; the schedules never reach them, so no special case.
  return whole + (((ms % 1000) + 1000) % 1000);
}

/** UTC offset of `zone` at instant `ms`, in ms (wall − instant). */
export const offsetAt = (ms: number, zone: string): number => toWall(ms, zone) - ms;

/**
 * The instant of a wall reading. In a DST overlap (the reading happens twice) the earlier instant is returned; in a
 * DST gap (the reading never happens) the reading is taken with the offset before the transition, i.e. moved
 * forward by the gap (02:30 in a 02:00→03:00 spring-forward gap becomes 03:30), as Go's time.Date does for Temporal.
 */
export function fromWall(wall: number, zone: string): number {
  if (zone === 'UTC') return wall;
  const day = 86_400_000;
  const before = offsetAt(wall - day, zone);
  const after = offsetAt(wall + day, zone);
  const candidates = [...new Set([wall - before, wall - after])].filter((t) => toWall(t, zone) === wall).sort((a, b) => a - b);
  return candidates[0] ?? wall - before;
}
