import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/permission.decorators';
import type { ListResult } from '../common/list-query.dto';
import type { SessionUser } from '../common/request-context';
import { CurrentUser } from '../workflow-actions/session-user.decorator';
import { DutiesService } from './duties.service';
import { type DutyDetailDto, DutyListQueryDto, type DutyRowDto } from './duty.dto';

@ApiTags('duties')
@Controller('duties')
export class DutiesController {
  constructor(private readonly duties: DutiesService) {}

  @Get()
  @RequirePermission('duties.read')
  list(@Query() query: DutyListQueryDto, @CurrentUser() user: SessionUser): Promise<ListResult<DutyRowDto>> {
    return this.duties.list(query, user);
  }

  @Get(':id')
  @RequirePermission('duties.read')
  get(@Param('id') id: string, @CurrentUser() user: SessionUser): Promise<DutyDetailDto> {
    return this.duties.get(id, user);
  }
}
