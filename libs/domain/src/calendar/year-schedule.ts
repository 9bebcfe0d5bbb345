import { parseIsoDate } from '../dates';
import { type CalendarYearData, type NonWorkingDayEntry } from './calendar-data.types';
import { type MakeUpWorkingDay, type NonWorkingDay } from './calendar-day.types';
import { computedNonWorkingDays } from './statutory-holidays';

/** A year's exceptions to Monday–Friday, resolved from data and rules. */
export interface YearSchedule {
  year: number;
  announced: boolean;
  notices: string[];
  nonWorkingDays: NonWorkingDay[];
  makeUpWorkingDays: MakeUpWorkingDay[];
}

/**
 * Announced years take the data as is (it already holds the statutory days as the notice placed
 * them). Other years compute the statutory days and lay any recorded entries over them.
 */
export function buildYearSchedule(year: number, data: CalendarYearData | undefined): YearSchedule {
  const announced = Boolean(data?.announced);
  const byDate = new Map<string, NonWorkingDayEntry & { provisional: boolean }>();
  if (!announced) for (const e of computedNonWorkingDays(year)) byDate.set(e.date, { ...e, provisional: true });
  for (const e of data?.nonWorkingDays ?? []) byDate.set(e.date, { ...e, provisional: false });
  const nonWorkingDays = [...byDate.values()]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => ({ date: parseIsoDate(e.date), kind: e.kind, reason: e.reason, provisional: e.provisional }));
  const makeUpWorkingDays = [...(data?.makeUpWorkingDays ?? [])]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => ({ date: parseIsoDate(e.date), reason: e.reason }));
  return { year, announced, notices: data?.notices ?? [], nonWorkingDays, makeUpWorkingDays };
}
