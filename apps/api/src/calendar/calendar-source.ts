import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type CalendarData, DEFAULT_CALENDAR_DATA, WorkingCalendar } from '@dondoc/domain';
import { activeCalendarExceptions, calendarAdditionOf, type CalendarExceptionRow } from '@dondoc/persistence';

/** The calendar in force: the shipped data with the recorded exceptions laid over it. */
export interface CurrentCalendar {
  calendar: WorkingCalendar;
  /** What workflows are started and signalled with. */
  additions: CalendarData[];
  exceptions: CalendarExceptionRow[];
}

/**
 * The one place the API reads the working calendar from. Read from the table on each call (a
 * handful of rows), so every API instance sees an administrator's change at once.
 */
@Injectable()
export class CalendarSource {
  constructor(private readonly dataSource: DataSource) {}

  async current(m: EntityManager = this.dataSource.manager): Promise<CurrentCalendar> {
    const exceptions = await activeCalendarExceptions(m);
    return calendarOf(exceptions);
  }
}

/** The calendar with `exceptions` laid over the shipped data. */
export function calendarOf(exceptions: CalendarExceptionRow[]): CurrentCalendar {
  const additions = calendarAdditionOf(exceptions);
  const calendar = additions.length ? WorkingCalendar.fromData(DEFAULT_CALENDAR_DATA, ...additions) : WorkingCalendar.default();
  return { calendar, additions, exceptions };
}
