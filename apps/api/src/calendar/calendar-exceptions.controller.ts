import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequirePermission } from '../auth/permission.decorators';
import type { ListResult } from '../common/list-query.dto';
import { ParseId } from '../common/parse-id.pipe';
import type { Actor } from '../common/request-context';
import {
  CalendarBroadcastDto,
  CalendarExceptionDto,
  CalendarExceptionListQueryDto,
  CreateCalendarExceptionDto,
  UpdateCalendarExceptionDto,
} from './calendar-exception.dto';
import { CalendarExceptionsService } from './calendar-exceptions.service';

/** Administrators record the government's announced swaps and Tết days (admin only: `calendar.write`). */
@ApiTags('calendar')
@Controller('calendar/exceptions')
export class CalendarExceptionsController {
  constructor(private readonly exceptions: CalendarExceptionsService) {}

  @Get()
  @RequirePermission('calendar.write')
  list(@Query() query: CalendarExceptionListQueryDto): Promise<ListResult<CalendarExceptionDto>> {
    return this.exceptions.list(query);
  }

  /** Sends the additions in force to every open workflow again (idempotent). */
  @Post('broadcast')
  @RequirePermission('calendar.write')
  @ApiOkResponse({ type: CalendarBroadcastDto })
  broadcast(): Promise<CalendarBroadcastDto> {
    return this.exceptions.rebroadcast();
  }

  @Get(':id')
  @RequirePermission('calendar.write')
  @ApiOkResponse({ type: CalendarExceptionDto })
  get(@Param('id', ParseId) id: string): Promise<CalendarExceptionDto> {
    return this.exceptions.get(id);
  }

  @Post()
  @RequirePermission('calendar.write')
  @ApiOkResponse({ type: CalendarExceptionDto })
  create(@Body() dto: CreateCalendarExceptionDto, @CurrentActor() actor: Actor): Promise<CalendarExceptionDto> {
    return this.exceptions.create(dto, actor);
  }

  @Patch(':id')
  @RequirePermission('calendar.write')
  @ApiOkResponse({ type: CalendarExceptionDto })
  update(
    @Param('id', ParseId) id: string,
    @Body() dto: UpdateCalendarExceptionDto,
    @CurrentActor() actor: Actor,
  ): Promise<CalendarExceptionDto> {
    return this.exceptions.update(id, dto, actor);
  }

  /** Revokes the exception (soft: the row and its audit trail stay). */
  @Delete(':id')
  @RequirePermission('calendar.write')
  @ApiOkResponse({ type: CalendarExceptionDto })
  revoke(@Param('id', ParseId) id: string, @CurrentActor() actor: Actor): Promise<CalendarExceptionDto> {
    return this.exceptions.revoke(id, actor);
  }
}
