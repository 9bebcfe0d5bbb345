import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { TaskDetail } from '@dondoc/contracts';
import { RequirePermission } from '../auth/permission.decorators';
import type { ListResult } from '../common/list-query.dto';
import type { SessionUser } from '../common/request-context';
import { CurrentUser } from '../workflow-actions/session-user.decorator';
import { TaskListQueryDto, type TaskRowDto } from './task.dto';
import type { TaskHistoryDto } from './task-history.dto';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @RequirePermission('tasks.read')
  list(@Query() query: TaskListQueryDto, @CurrentUser() user: SessionUser): Promise<ListResult<TaskRowDto>> {
    return this.tasks.list(query, user);
  }

  /** Timeline, reminders/escalations sent, coordinators and evidence files of one task. */
  @Get(':id/history')
  @RequirePermission('tasks.read')
  history(@Param('id') id: string, @CurrentUser() user: SessionUser): Promise<TaskHistoryDto> {
    return this.tasks.history(id, user);
  }

  @Get(':id')
  @RequirePermission('tasks.read')
  get(@Param('id') id: string): Promise<TaskDetail> {
    return this.tasks.get(id);
  }
}
