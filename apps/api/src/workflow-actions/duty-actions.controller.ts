import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { DutyView } from '@dondoc/contracts';
import { RequirePermission } from '../auth/permission.decorators';
import type { SessionUser } from '../common/request-context';
import { DutyActionsService } from './duty-actions.service';
import { CurrentUser, IdempotencyKey } from './session-user.decorator';
import { ConsolidateReportsDto, SubmitReportDto } from './workflow-actions.dto';

/** Steps of a reporting duty (`:id` is the duty workflow id, `duty:<plan>:<duty>`). */
@ApiTags('duty workflow')
@ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description: 'Mã yêu cầu: gửi lại cùng mã trả về kết quả lần đầu',
})
@Controller('duties/:id')
export class DutyActionsController {
  constructor(private readonly duties: DutyActionsService) {}

  @Post('reports')
  @HttpCode(200)
  @RequirePermission('duties.submit')
  submit(
    @Param('id') id: string,
    @Body() body: SubmitReportDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key?: string,
  ): Promise<DutyView> {
    return this.duties.submitReport(id, user, key, body);
  }

  @Post('consolidation')
  @HttpCode(200)
  @RequirePermission('duties.consolidate')
  consolidate(
    @Param('id') id: string,
    @Body() body: ConsolidateReportsDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key?: string,
  ): Promise<DutyView> {
    return this.duties.consolidate(id, user, key, body);
  }
}
