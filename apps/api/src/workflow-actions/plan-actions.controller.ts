import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { PlanView } from '@dondoc/contracts';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequirePermission } from '../auth/permission.decorators';
import { ParseId } from '../common/parse-id.pipe';
import type { Actor, SessionUser } from '../common/request-context';
import { PlanAmendmentService } from './plan-amendment.service';
import { PlanWorkflowService } from './plan-workflow.service';
import { CurrentUser, IdempotencyKey } from './session-user.decorator';
import {
  ActionDto,
  AmendPlanDto,
  ConsultationReplyDto,
  IssuePlanDto,
  NumberPlanDto,
  ReasonDto,
  ReviewPlanDto,
  SignPlanDto,
  StartConsultationDto,
  StartPlanWorkflowDto,
} from './workflow-actions.dto';

/** The human steps of a plan's lifecycle (each one update of `planLifecycleWorkflow`). */
@ApiTags('plan workflow')
@ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description: 'Mã yêu cầu: gửi lại cùng mã trả về kết quả lần đầu',
})
@Controller('plans/:id')
export class PlanActionsController {
  constructor(
    private readonly plans: PlanWorkflowService,
    private readonly amendments: PlanAmendmentService,
  ) {}

  @Post('workflow')
  @RequirePermission('plans.draft')
  start(
    @Param('id', ParseId) id: string,
    @Body() body: StartPlanWorkflowDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key: string | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<PlanView> {
    return this.plans.start(id, body, user, key, actor.requestId);
  }

  @Get('workflow')
  @RequirePermission('plans.read')
  state(@Param('id', ParseId) id: string): Promise<PlanView> {
    return this.plans.state(id);
  }

  @Post('actions/consultation')
  @HttpCode(200)
  @RequirePermission('plans.draft')
  startConsultation(
    @Param('id', ParseId) id: string,
    @Body() body: StartConsultationDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key?: string,
  ): Promise<PlanView> {
    return this.plans.act(id, user, key, { step: 'startConsultation', body });
  }

  @Post('actions/consultation/close')
  @HttpCode(200)
  @RequirePermission('plans.draft')
  closeConsultation(
    @Param('id', ParseId) id: string,
    @Body() _body: ActionDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key?: string,
  ): Promise<PlanView> {
    return this.plans.act(id, user, key, { step: 'closeConsultation' });
  }

  @Post('actions/consultation/reply')
  @HttpCode(200)
  @RequirePermission('plans.comment')
  reply(
    @Param('id', ParseId) id: string,
    @Body() body: ConsultationReplyDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key?: string,
  ): Promise<PlanView> {
    return this.plans.act(id, user, key, { step: 'replyConsultation', body });
  }

  @Post('actions/submit-for-review')
  @HttpCode(200)
  @RequirePermission('plans.draft')
  submitForReview(
    @Param('id', ParseId) id: string,
    @Body() _body: ActionDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key?: string,
  ): Promise<PlanView> {
    return this.plans.act(id, user, key, { step: 'submitForReview' });
  }

  /** Content review (unit head) or format check (checker), by the plan's stage: approve, or return with comments. */
  @Post('actions/review')
  @HttpCode(200)
  @RequirePermission('plans.review')
  review(
    @Param('id', ParseId) id: string,
    @Body() body: ReviewPlanDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key?: string,
  ): Promise<PlanView> {
    return this.plans.act(id, user, key, { step: 'review', body });
  }

  @Post('actions/approve')
  @HttpCode(200)
  @RequirePermission('plans.approve')
  approve(
    @Param('id', ParseId) id: string,
    @Body() _body: ActionDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key?: string,
  ): Promise<PlanView> {
    return this.plans.act(id, user, key, { step: 'approve' });
  }

  @Post('actions/sign')
  @HttpCode(200)
  @RequirePermission('plans.sign')
  sign(
    @Param('id', ParseId) id: string,
    @Body() body: SignPlanDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key?: string,
  ): Promise<PlanView> {
    return this.plans.act(id, user, key, { step: 'sign', body });
  }

  @Post('actions/number')
  @HttpCode(200)
  @RequirePermission('plans.register')
  number(
    @Param('id', ParseId) id: string,
    @Body() body: NumberPlanDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key?: string,
  ): Promise<PlanView> {
    return this.plans.act(id, user, key, { step: 'number', body });
  }

  /** The organisation's seal / digital signature, only after the person signed (Decree 30 Art. 32–33). */
  @Post('actions/seal')
  @HttpCode(200)
  @RequirePermission('plans.register')
  seal(
    @Param('id', ParseId) id: string,
    @Body() _body: ActionDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key?: string,
  ): Promise<PlanView> {
    return this.plans.act(id, user, key, { step: 'seal' });
  }

  @Post('actions/issue')
  @HttpCode(200)
  @RequirePermission('plans.issue')
  issue(
    @Param('id', ParseId) id: string,
    @Body() body: IssuePlanDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key?: string,
  ): Promise<PlanView> {
    return this.plans.act(id, user, key, { step: 'issue', body });
  }

  @Post('actions/withdraw')
  @HttpCode(200)
  @RequirePermission('plans.draft')
  withdraw(
    @Param('id', ParseId) id: string,
    @Body() body: ReasonDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key?: string,
  ): Promise<PlanView> {
    return this.plans.act(id, user, key, { step: 'withdraw', body });
  }

  /** Recall ("thu hồi") of the issued plan by its signer: open tasks and duties close as recalled. */
  @Post('actions/recall')
  @HttpCode(200)
  @RequirePermission('plans.sign')
  recall(
    @Param('id', ParseId) id: string,
    @Body() body: ReasonDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key?: string,
  ): Promise<PlanView> {
    return this.plans.act(id, user, key, { step: 'recall', body });
  }

  /** Drafts an amending plan of this issued plan (relation `amends`) and starts its lifecycle; answers its state. */
  @Post('amendments')
  @RequirePermission('plans.amend')
  amend(
    @Param('id', ParseId) id: string,
    @Body() body: AmendPlanDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key: string | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<PlanView> {
    return this.amendments.create(id, body, user, key, actor.requestId);
  }
}
