import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR, WorkingCalendar } from '@dondoc/domain';
import { RequirePermission } from '../auth/permission.decorators';
import { ApiError } from '../common/api-error';
import { CalendarYearDto, toCalendarYearDto } from './calendar.dto';

const yearError = () =>
  new ApiError('VALIDATION_FAILED', undefined, [
    { field: 'year', message: `Năm phải là số nguyên từ ${CALENDAR_MIN_YEAR} đến ${CALENDAR_MAX_YEAR}` },
  ]);

/** `:year` must be a whole number in the calendar's range ("abc", "2026.5", "99999" → 422). */
const ParseYear = new ParseIntPipe({ exceptionFactory: yearError });

@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  /** The shipped working calendar's non-working weekdays and make-up working days of a year. */
  @Get(':year')
  @RequirePermission('calendar.read')
  @ApiOkResponse({ type: CalendarYearDto })
  get(@Param('year', ParseYear) year: number): CalendarYearDto {
    if (year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) throw yearError();
    return toCalendarYearDto(WorkingCalendar.default(), year);
  }
}
