import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { TaskView } from '@dondoc/contracts';
import { RequirePermission } from '../auth/permission.decorators';
import type { SessionUser } from '../common/request-context';
import { CurrentUser, IdempotencyKey } from './session-user.decorator';
import { TaskActionsService } from './task-actions.service';
import {
  ActionDto,
  ExtensionDecisionDto,
  ExtensionRequestDto,
  ReasonDto,
  ReassignTaskDto,
  TaskProgressDto,
  TaskSubmitDto,
} from './workflow-actions.dto';

/** Human steps of an assigned task (`:id` is the task workflow id, `task:<plan>:<responsibility>:<org>`). */
@ApiTags('task workflow')
@ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description: 'Mã yêu cầu: gửi lại cùng mã trả về kết quả lần đầu',
})
@Controller('tasks/:id')
export class TaskActionsController {
  constructor(private readonly tasks: TaskActionsService) {}

  @Post('progress')
  @HttpCode(200)
  @RequirePermission('tasks.update')
  progress(
    @Param('id') id: string,
    @Body() body: TaskProgressDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key?: string,
  ): Promise<TaskView> {
    return this.tasks.act(id, user, key, { step: 'progress', body });
  }

  @Post('submit')
  @HttpCode(200)
  @RequirePermission('tasks.update')
  submit(
    @Param('id') id: string,
    @Body() body: TaskSubmitDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key?: string,
  ): Promise<TaskView> {
    return this.tasks.act(id, user, key, { step: 'submit', body });
  }

  @Post('extension')
  @HttpCode(200)
  @RequirePermission('tasks.update')
  requestExtension(
    @Param('id') id: string,
    @Body() body: ExtensionRequestDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key?: string,
  ): Promise<TaskView> {
    return this.tasks.act(id, user, key, { step: 'requestExtension', body });
  }

  @Post('accept')
  @HttpCode(200)
  @RequirePermission('tasks.assign')
  accept(
    @Param('id') id: string,
    @Body() _body: ActionDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key?: string,
  ): Promise<TaskView> {
    return this.tasks.act(id, user, key, { step: 'accept' });
  }

  @Post('return')
  @HttpCode(200)
  @RequirePermission('tasks.assign')
  return(
    @Param('id') id: string,
    @Body() body: ReasonDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key?: string,
  ): Promise<TaskView> {
    return this.tasks.act(id, user, key, { step: 'return', body });
  }

  @Post('extension/decision')
  @HttpCode(200)
  @RequirePermission('tasks.assign')
  decideExtension(
    @Param('id') id: string,
    @Body() body: ExtensionDecisionDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key?: string,
  ): Promise<TaskView> {
    return this.tasks.act(id, user, key, { step: 'decideExtension', body });
  }

  @Post('reassign')
  @HttpCode(200)
  @RequirePermission('tasks.assign')
  reassign(
    @Param('id') id: string,
    @Body() body: ReassignTaskDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key?: string,
  ): Promise<TaskView> {
    return this.tasks.act(id, user, key, { step: 'reassign', body });
  }
}
