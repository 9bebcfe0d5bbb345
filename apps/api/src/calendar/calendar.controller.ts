import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR } from '@dondoc/domain';
import { RequirePermission } from '../auth/permission.decorators';
import { ApiError } from '../common/api-error';
import type { SessionUser } from '../common/request-context';
import { CurrentUser } from '../workflow-actions/session-user.decorator';
import { CalendarDeadlineDto, CalendarDeadlinesQueryDto } from './calendar-deadlines.dto';
import { CalendarDeadlinesService } from './calendar-deadlines.service';
import { CalendarSource } from './calendar-source';
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
  constructor(
    private readonly source: CalendarSource,
    private readonly deadlines: CalendarDeadlinesService,
  ) {}

  /** Task and report deadlines between two days, for the calendar page (declared before `:year`). */
  @Get('deadlines')
  @RequirePermission('tasks.read')
  @ApiOkResponse({ type: [CalendarDeadlineDto] })
  listDeadlines(@Query() query: CalendarDeadlinesQueryDto, @CurrentUser() user: SessionUser): Promise<CalendarDeadlineDto[]> {
    return this.deadlines.list(query, user);
  }

  /** A year of the calendar in force: the shipped data with administrators' exceptions (marked) laid over it. */
  @Get(':year')
  @RequirePermission('calendar.read')
  @ApiOkResponse({ type: CalendarYearDto })
  async get(@Param('year', ParseYear) year: number): Promise<CalendarYearDto> {
    if (year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) throw yearError();
    const { calendar, exceptions } = await this.source.current();
    return toCalendarYearDto(calendar, year, exceptions);
  }
}
