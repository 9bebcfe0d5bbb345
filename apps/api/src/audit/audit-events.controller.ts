import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/permission.decorators';
import type { ListResult } from '../common/list-query.dto';
import { AuditEventDto, AuditEventListQueryDto } from './audit-event.dto';
import { AuditEventsService } from './audit-events.service';

@ApiTags('audit')
@Controller('audit-events')
export class AuditEventsController {
  constructor(private readonly audit: AuditEventsService) {}

  @Get()
  @RequirePermission('audit.read')
  list(@Query() query: AuditEventListQueryDto): Promise<ListResult<AuditEventDto>> {
    return this.audit.list(query);
  }

  @Get(':id')
  @RequirePermission('audit.read')
  @ApiOkResponse({ type: AuditEventDto })
  get(@Param('id') id: string): Promise<AuditEventDto> {
    return this.audit.get(id);
  }
}
