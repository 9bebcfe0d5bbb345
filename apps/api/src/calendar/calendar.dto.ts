import { ApiProperty } from '@nestjs/swagger';
import { toIsoDate, type WorkingCalendar } from '@dondoc/domain';

/** A weekday off: statutory holiday, bridged (swapped) day, or compensation for a holiday on a weekend. */
export class NonWorkingDayDto {
  @ApiProperty({ example: '2026-02-16' }) date!: string;
  @ApiProperty({ enum: ['holiday', 'bridge', 'compensatory'] }) kind!: 'holiday' | 'bridge' | 'compensatory';
  @ApiProperty({ example: 'Tết Nguyên đán' }) reason!: string;
}

/** A weekend day that is worked (làm bù). */
export class MakeUpWorkingDayDto {
  @ApiProperty({ example: '2026-01-10' }) date!: string;
  @ApiProperty() reason!: string;
}

/** GET /api/calendar/:year: the year's exceptions to Monday–Friday. */
export class CalendarYearDto {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ description: 'Data and rules version, recorded on every computed deadline' }) calendarVersion!: string;
  @ApiProperty({ type: [NonWorkingDayDto] }) nonWorkingDays!: NonWorkingDayDto[];
  @ApiProperty({ type: [MakeUpWorkingDayDto] }) makeUpWorkingDays!: MakeUpWorkingDayDto[];
}

/** Calendar → response (weekends are implicit: only exceptions are listed). */
export function toCalendarYearDto(calendar: WorkingCalendar, year: number): CalendarYearDto {
  return {
    year,
    calendarVersion: calendar.version,
    nonWorkingDays: calendar
      .nonWorkingWeekdays(year)
      .map((d) => ({ date: toIsoDate(d.date), kind: d.kind, reason: d.reason })),
    makeUpWorkingDays: calendar.makeUpWorkingDays(year).map((d) => ({ date: toIsoDate(d.date), reason: d.reason })),
  };
}
