import { createHash } from 'node:crypto';
import type { CalendarData, CalendarYearData } from '@dondoc/domain';
import type { EntityManager } from 'typeorm';
import { CalendarExceptionEntity } from './calendar-exception.entity';
import type { CalendarExceptionKind } from './calendar-exception.types';

/** What the calendar needs of an exception row. */
export type CalendarExceptionRow = Pick<CalendarExceptionEntity, 'id' | 'date' | 'kind' | 'reason'>;

/** Unrevoked exceptions, by date (the partial unique index keeps one per date). */
export async function activeCalendarExceptions(m: EntityManager): Promise<CalendarExceptionRow[]> {
  return m
    .getRepository(CalendarExceptionEntity)
    .createQueryBuilder('e')
    .select(['e.id', 'e.date', 'e.kind', 'e.reason'])
    .where('e.revoked_at IS NULL')
    .orderBy('e.date', 'ASC')
    .getMany();
}

const NON_WORKING_KIND: Record<Exclude<CalendarExceptionKind, 'makeUpWorkingDay'>, 'bridge' | 'holiday'> = {
  dayOff: 'bridge',
  tetDay: 'holiday',
};

/**
 * Exceptions as one calendar addition (laid over the shipped data, never `announced`/`replace`).
 * The version is a hash of the content, so the same exceptions always give the same version and a
 * repeated broadcast changes nothing in the workflows. No exceptions → no addition.
 */
export function calendarAdditionOf(rows: readonly CalendarExceptionRow[]): CalendarData[] {
  if (rows.length === 0) return [];
  const years: Record<string, CalendarYearData> = {};
  for (const r of [...rows].sort((a, b) => a.date.localeCompare(b.date))) {
    const year = (years[r.date.slice(0, 4)] ??= {});
    if (r.kind === 'makeUpWorkingDay') (year.makeUpWorkingDays ??= []).push({ date: r.date, reason: r.reason });
    else (year.nonWorkingDays ??= []).push({ date: r.date, kind: NON_WORKING_KIND[r.kind], reason: r.reason });
  }
  const hash = createHash('sha256').update(JSON.stringify(years)).digest('hex').slice(0, 12);
  return [{ version: `admin-${hash}`, years }];
}

/** The additions in force now, read from the table: what workflows are started and signalled with. */
export async function currentCalendarAdditions(m: EntityManager): Promise<CalendarData[]> {
  return calendarAdditionOf(await activeCalendarExceptions(m));
}
