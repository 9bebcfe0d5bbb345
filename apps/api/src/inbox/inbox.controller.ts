import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/permission.decorators';
import type { ListResult } from '../common/list-query.dto';
import type { SessionUser } from '../common/request-context';
import { CurrentUser } from '../workflow-actions/session-user.decorator';
import { type InboxItemDto, InboxQueryDto } from './inbox.dto';
import { InboxService } from './inbox.service';

/** "Việc của tôi". */
@ApiTags('inbox')
@Controller('inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @RequirePermission('tasks.read')
  list(@Query() query: InboxQueryDto, @CurrentUser() user: SessionUser): Promise<ListResult<InboxItemDto>> {
    return this.inbox.list(query, user);
  }
}
