import { Body, Controller, Delete, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequirePermission } from '../auth/permission.decorators';
import type { ListResult } from '../common/list-query.dto';
import { ParseId } from '../common/parse-id.pipe';
import type { Actor } from '../common/request-context';
import {
  ChooseEscalationPolicyDto,
  CreateEscalationPolicyDto,
  EscalationPolicyDto,
  EscalationPolicyListQueryDto,
  UpdateEscalationPolicyDto,
} from './escalation-policy.dto';
import { EscalationPoliciesService } from './escalation-policies.service';

/** Escalation policies (admin only) and the choice of one per plan and per reporting duty. */
@ApiTags('escalation-policies')
@Controller()
export class EscalationPoliciesController {
  constructor(private readonly policies: EscalationPoliciesService) {}

  @Get('escalation-policies')
  @RequirePermission('escalationPolicies.manage')
  list(@Query() query: EscalationPolicyListQueryDto): Promise<ListResult<EscalationPolicyDto>> {
    return this.policies.list(query);
  }

  @Get('escalation-policies/:id')
  @RequirePermission('escalationPolicies.manage')
  @ApiOkResponse({ type: EscalationPolicyDto })
  get(@Param('id', ParseId) id: string): Promise<EscalationPolicyDto> {
    return this.policies.get(id);
  }

  @Post('escalation-policies')
  @RequirePermission('escalationPolicies.manage')
  @ApiOkResponse({ type: EscalationPolicyDto })
  create(@Body() dto: CreateEscalationPolicyDto, @CurrentActor() actor: Actor): Promise<EscalationPolicyDto> {
    return this.policies.create(dto, actor);
  }

  @Patch('escalation-policies/:id')
  @RequirePermission('escalationPolicies.manage')
  @ApiOkResponse({ type: EscalationPolicyDto })
  update(@Param('id', ParseId) id: string, @Body() dto: UpdateEscalationPolicyDto, @CurrentActor() actor: Actor): Promise<EscalationPolicyDto> {
    return this.policies.update(id, dto, actor);
  }

  @Delete('escalation-policies/:id')
  @RequirePermission('escalationPolicies.manage')
  @ApiOkResponse({ type: EscalationPolicyDto })
  remove(@Param('id', ParseId) id: string, @CurrentActor() actor: Actor): Promise<EscalationPolicyDto> {
    return this.policies.remove(id, actor);
  }

  @Put('plans/:id/escalation-policy')
  @RequirePermission('escalationPolicies.manage')
  chooseForPlan(@Param('id', ParseId) id: string, @Body() dto: ChooseEscalationPolicyDto, @CurrentActor() actor: Actor) {
    return this.policies.chooseForPlan(id, dto, actor);
  }

  @Put('plan-duties/:id/escalation-policy')
  @RequirePermission('escalationPolicies.manage')
  chooseForDuty(@Param('id', ParseId) id: string, @Body() dto: ChooseEscalationPolicyDto, @CurrentActor() actor: Actor) {
    return this.policies.chooseForDuty(id, dto, actor);
  }
}
