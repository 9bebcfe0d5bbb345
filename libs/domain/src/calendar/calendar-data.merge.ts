import { type CalendarData, type CalendarYearData } from './calendar-data.types';

/**
 * Lays administrators' additions (e.g. from the database) over base data. Per year, entries of the
 * addition win on the same date; `announced` is sticky; `replace: true` swaps the whole year. The
 * version becomes "base+addition" so deadlines computed before the change are detectably stale.
 */
export function mergeCalendarData(base: CalendarData, ...additions: CalendarData[]): CalendarData {
  return additions.reduce<CalendarData>(
    (acc, add) => ({
      version: `${acc.version}+${add.version}`,
      years: mergeYears(acc.years, add.years),
    }),
    base,
  );
}

function mergeYears(base: Record<string, CalendarYearData>, add: Record<string, CalendarYearData>): Record<string, CalendarYearData> {
  const out: Record<string, CalendarYearData> = { ...base };
  for (const [key, year] of Object.entries(add)) {
    const prev = out[key];
    if (!prev || year.replace) {
      out[key] = { ...year, replace: undefined };
      continue;
    }
    const byDate = <T extends { date: string }>(a: T[] = [], b: T[] = []): T[] => {
      const m = new Map(a.map((e) => [e.date, e]));
      for (const e of b) m.set(e.date, e);
      return [...m.values()].sort((x, y) => x.date.localeCompare(y.date));
    };
    out[key] = {
      announced: Boolean(prev.announced || year.announced),
      notices: [...(prev.notices ?? []), ...(year.notices ?? []).filter((n) => !(prev.notices ?? []).includes(n))],
      nonWorkingDays: byDate(prev.nonWorkingDays, year.nonWorkingDays),
      makeUpWorkingDays: byDate(prev.makeUpWorkingDays, year.makeUpWorkingDays),
    };
  }
  return out;
}
