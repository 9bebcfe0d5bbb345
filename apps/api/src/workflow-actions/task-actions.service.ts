import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/client';
import { DataSource } from 'typeorm';
import {
  acceptTaskUpdate,
  decideTaskExtensionUpdate,
  reassignTaskUpdate,
  reportTaskProgressUpdate,
  requestTaskExtensionUpdate,
  returnTaskUpdate,
  submitTaskUpdate,
  type TaskActorInput,
  type TaskView,
} from '@dondoc/contracts';
import { localDateOfDeadline, requireWorkingDayDeadline } from '@dondoc/domain';
import { TemporalGateway } from '@dondoc/temporal-client';
import { CalendarSource } from '../calendar/calendar-source';
import { ApiError } from '../common/api-error';
import type { SessionUser } from '../common/request-context';
import type {
  ExtensionDecisionDto,
  ExtensionRequestDto,
  ReasonDto,
  ReassignTaskDto,
  TaskProgressDto,
  TaskSubmitDto,
} from './workflow-actions.dto';
import { updateIdOf, viaTemporalOnKnown } from './workflow-errors';

/** A task step as the controller names it. */
export type TaskStep =
  | { step: 'progress'; body: TaskProgressDto }
  | { step: 'submit'; body: TaskSubmitDto }
  | { step: 'requestExtension'; body: ExtensionRequestDto }
  | { step: 'accept' }
  | { step: 'return'; body: ReasonDto }
  | { step: 'decideExtension'; body: ExtensionDecisionDto }
  | { step: 'reassign'; body: ReassignTaskDto };

const OWNER_STEPS = new Set<TaskStep['step']>(['progress', 'submit', 'requestExtension']);

/**
 * Task steps through the API. The owning unit's steps (progress, submit, extension request) are
 * refused with 403 before Temporal is asked when the task belongs to another organisation (the
 * projection says who owns it now); the supervisor's steps need `tasks.assign` (route guard). The
 * workflow's validator checks the transition again.
 */
@Injectable()
export class TaskActionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: TemporalGateway,
    private readonly calendars: CalendarSource,
  ) {}

  async act(workflowId: string, user: SessionUser, key: string | undefined, s: TaskStep): Promise<TaskView> {
    // A new deadline typed by a person must fall on a working day (refused, not moved), before Temporal is asked.
    // The calendar in force, so a day off an administrator added is refused too.
    if ((s.step === 'requestExtension' || s.step === 'decideExtension') && s.body.newDueAt) {
      const { calendar } = await this.calendars.current();
      requireWorkingDayDeadline(localDateOfDeadline(new Date(s.body.newDueAt)), calendar);
    }
    const rows = (await this.dataSource.query(`SELECT organisation_id FROM task_projections WHERE workflow_id = $1`, [
      workflowId,
    ])) as { organisation_id: string }[];
    const owner = rows[0]?.organisation_id;
    if (!owner) throw new ApiError('NOT_FOUND', 'Không tìm thấy nhiệm vụ');
    const ownerStep = OWNER_STEPS.has(s.step);
    if (ownerStep && owner !== user.organisationId)
      throw new ApiError('FORBIDDEN', 'Nhiệm vụ không thuộc đơn vị của bạn');
    const actor: TaskActorInput = { personId: user.id, roles: [ownerStep ? 'owner' : 'supervisor'], orgId: user.organisationId };
    const updateId = updateIdOf(`task.${s.step}`, key);
    const run = <A>(def: UpdateDefinition<TaskView, [A], string>, arg: A) =>
      viaTemporalOnKnown('Nhiệm vụ đã kết thúc, không thể thực hiện thêm thao tác', () =>
        this.temporal.update(workflowId, def, arg, updateId),
      );
    switch (s.step) {
      case 'progress':
        return run(reportTaskProgressUpdate, { actor, ...withoutRequestId(s.body) });
      case 'submit':
        return run(submitTaskUpdate, { actor, ...withoutRequestId(s.body) });
      case 'requestExtension':
        return run(requestTaskExtensionUpdate, { actor, newDueAt: s.body.newDueAt, reason: s.body.reason });
      case 'accept':
        return run(acceptTaskUpdate, { actor });
      case 'return':
        return run(returnTaskUpdate, { actor, reason: s.body.reason });
      case 'decideExtension':
        return run(decideTaskExtensionUpdate, { actor, ...withoutRequestId(s.body) });
      case 'reassign': {
        const org = (await this.dataSource.query(`SELECT id FROM organisations WHERE id = $1`, [
          s.body.toOrganisationId,
        ])) as unknown[];
        if (org.length === 0) throw new ApiError('REFERENCE_NOT_FOUND', 'Không tìm thấy đơn vị nhận');
        // The new owning unit is chased as a whole; the reassigning leader stays in charge.
        return run(reassignTaskUpdate, {
          actor,
          toUnitId: s.body.toOrganisationId,
          reason: s.body.reason,
          chain: { ownerId: s.body.toOrganisationId, leaderInChargeId: user.id },
        });
      }
    }
  }
}

/** The body without the client's request id (it is the update id, not part of the step). */
function withoutRequestId<T extends { requestId?: string }>(body: T): Omit<T, 'requestId'> {
  const { requestId: _r, ...rest } = body;
  return rest;
}
