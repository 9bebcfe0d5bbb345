import { Module } from '@nestjs/common';
import { CalendarController } from './calendar.controller';

/** Read-only working calendar (holidays, bridged days, make-up Saturdays) for the console. */
@Module({ controllers: [CalendarController] })
export class CalendarModule {}
