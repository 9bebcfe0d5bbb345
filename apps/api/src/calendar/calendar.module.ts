import { Module } from '@nestjs/common';
import { CalendarBroadcastService } from './calendar-broadcast.service';
import { CalendarDeadlinesService } from './calendar-deadlines.service';
import { CalendarExceptionsController } from './calendar-exceptions.controller';
import { CalendarExceptionsService } from './calendar-exceptions.service';
import { CalendarSource } from './calendar-source';
import { CalendarController } from './calendar.controller';

/**
 * The working calendar in force (shipped data + administrators' exceptions), its administration
 * with the `calendarChanged` broadcast, and deadlines by day for the calendar page. Exports
 * `CalendarSource` for whoever starts workflows or checks typed deadlines. The exceptions
 * controller comes first so that `/calendar/exceptions` is not read as a year.
 */
@Module({
  controllers: [CalendarExceptionsController, CalendarController],
  providers: [CalendarSource, CalendarBroadcastService, CalendarExceptionsService, CalendarDeadlinesService],
  exports: [CalendarSource],
})
export class CalendarModule {}
