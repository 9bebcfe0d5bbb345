import { CalendarExceptionEntity } from './calendar-exception.entity';
import { CalendarExceptions1763710000000 } from './migrations/1763710000000-calendar-exceptions.migration';

/** Entities of the calendar schema. */
export const CALENDAR_ENTITIES = [CalendarExceptionEntity];

/** Migrations of the calendar schema, oldest first. */
export const CALENDAR_MIGRATIONS = [CalendarExceptions1763710000000];
