import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/permission.decorators';
import type { ListResult } from '../common/list-query.dto';
import { ParseId } from '../common/parse-id.pipe';
import type { SessionUser } from '../common/request-context';
import { CurrentUser } from '../workflow-actions/session-user.decorator';
import { type NotificationDto, NotificationListQueryDto } from './notification.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @RequirePermission('profile.read')
  list(
    @Query() query: NotificationListQueryDto,
    @CurrentUser() user: SessionUser,
  ): Promise<ListResult<NotificationDto>> {
    return this.notifications.list(query, user);
  }

  @Post('read-all')
  @HttpCode(200)
  @RequirePermission('profile.read')
  markAllRead(@CurrentUser() user: SessionUser): Promise<{ updated: number }> {
    return this.notifications.markAllRead(user);
  }

  @Post(':id/read')
  @HttpCode(200)
  @RequirePermission('profile.read')
  markRead(
    @Param('id', ParseId) id: string,
    @CurrentUser() user: SessionUser,
  ): Promise<{ id: string; readAt: string }> {
    return this.notifications.markRead(id, user);
  }
}
