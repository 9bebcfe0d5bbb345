import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CalendarYear, MakeUpWorkingDay, NonWorkingDay } from '@dondoc/contracts';
import { toIsoDate, type WorkingCalendar } from '@dondoc/domain';
import type { CalendarExceptionRow } from '@dondoc/persistence';

/** A weekday off: statutory holiday, bridged (swapped) day, or compensation for a holiday on a weekend. */
export class NonWorkingDayDto implements NonWorkingDay {
  @ApiProperty({ example: '2026-02-16' }) date!: string;
  @ApiProperty({ enum: ['holiday', 'bridge', 'compensatory'] }) kind!: 'holiday' | 'bridge' | 'compensatory';
  @ApiProperty({ example: 'Tết Nguyên đán' }) reason!: string;
  @ApiPropertyOptional({ description: 'Set when the day comes from an administrator’s exception' }) exceptionId?: string;
}

/** A weekend day that is worked (làm bù). */
export class MakeUpWorkingDayDto implements MakeUpWorkingDay {
  @ApiProperty({ example: '2026-01-10' }) date!: string;
  @ApiProperty() reason!: string;
  @ApiPropertyOptional({ description: 'Set when the day comes from an administrator’s exception' }) exceptionId?: string;
}

/** GET /api/calendar/:year: the year's exceptions to Monday–Friday. */
export class CalendarYearDto implements CalendarYear {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ description: 'Data and rules version, recorded on every computed deadline' }) calendarVersion!: string;
  @ApiProperty({ type: [NonWorkingDayDto] }) nonWorkingDays!: NonWorkingDayDto[];
  @ApiProperty({ type: [MakeUpWorkingDayDto] }) makeUpWorkingDays!: MakeUpWorkingDayDto[];
}

/** Calendar → response (weekends are implicit: only exceptions are listed); days from `exceptions` carry their id. */
export function toCalendarYearDto(calendar: WorkingCalendar, year: number, exceptions: readonly CalendarExceptionRow[] = []): CalendarYearDto {
  const byDate = new Map(exceptions.map((e) => [e.date, e.id]));
  const mark = (date: string) => (byDate.has(date) ? { exceptionId: byDate.get(date)! } : {});
  return {
    year,
    calendarVersion: calendar.version,
    nonWorkingDays: calendar.nonWorkingWeekdays(year).map((d) => {
      const date = toIsoDate(d.date);
      return { date, kind: d.kind, reason: d.reason, ...mark(date) };
    }),
    makeUpWorkingDays: calendar.makeUpWorkingDays(year).map((d) => {
      const date = toIsoDate(d.date);
      return { date, reason: d.reason, ...mark(date) };
    }),
  };
}
