import { endOfLocalDay, type InstantInput, toInstant } from '../dates';
import { DomainError, DomainErrorCode, isDomainError } from '../errors';
import { accept, type Decision, refuse } from './decision.types';
import { type TaskAction, type TaskActor, type TaskEffect, type TaskPhase, type TaskState } from './task.types';

type TaskDecision = Decision<TaskState, TaskEffect>;

/** Task transition table: allowed phases and who may act. */
export const TASK_TRANSITIONS: Readonly<Record<TaskAction['type'], { from: readonly TaskPhase[]; role: 'owner' | 'supervisor' }>> = {
  reportProgress: { from: ['open', 'returned'], role: 'owner' },
  submit: { from: ['open', 'returned'], role: 'owner' },
  accept: { from: ['submitted'], role: 'supervisor' },
  return: { from: ['submitted'], role: 'supervisor' },
  requestExtension: { from: ['open', 'returned'], role: 'owner' },
  decideExtension: { from: ['open', 'returned'], role: 'supervisor' },
  reassign: { from: ['open', 'returned', 'paused', 'refused'], role: 'supervisor' },
  pause: { from: ['open', 'returned', 'submitted'], role: 'supervisor' },
  resume: { from: ['paused'], role: 'supervisor' },
  refuse: { from: ['open'], role: 'owner' },
};

const no = (code: DomainErrorCode, details?: Record<string, unknown>, vi?: string) => refuse<TaskState, TaskEffect>(new DomainError(code, details, vi));

/**
 * Task transitions: progress, submit, accept/return, extension request and decision, reassignment,
 * pause/resume, refusal. Pure; `now` is a parameter. An extension asked after the deadline is
 * allowed but flagged; one past the plan period, or not later than the current deadline, is refused.
 */
export function decideTask(task: TaskState, action: TaskAction, actor: TaskActor, now: InstantInput): TaskDecision {
  // Malformed input (an instant without a zone, an impossible date) is a refusal too, never a throw.
  try {
    return decideTaskUnchecked(task, action, actor, now);
  } catch (e) {
    if (isDomainError(e)) return refuse(e);
    throw e;
  }
}

function decideTaskUnchecked(task: TaskState, action: TaskAction, actor: TaskActor, now: InstantInput): TaskDecision {
  const rule = TASK_TRANSITIONS[action.type];
  const at = toInstant(now).toISOString();
  const details = { action: action.type, phase: task.phase };
  if (!rule.from.includes(task.phase)) return no(DomainErrorCode.TaskTransitionNotAllowed, details);
  if (!actor.roles.includes(rule.role)) return no(DomainErrorCode.ActorNotPermitted, { ...details, roles: actor.roles });
  const needsReason = 'reason' in action && action.type !== 'decideExtension';
  if (needsReason && !String(action.reason).trim()) return no(DomainErrorCode.ReasonRequired, details);

  switch (action.type) {
    case 'reportProgress':
      if (!(action.progress >= 0 && action.progress <= 100)) return no(DomainErrorCode.InvalidProgress, { progress: action.progress });
      return accept({ ...task, progress: action.progress });
    case 'submit': {
      // A fallback-channel submission (system down) keeps the time it was actually made.
      const submittedAt = action.channel === 'fallback' && action.submittedAt && toInstant(action.submittedAt) <= toInstant(now) ? toInstant(action.submittedAt).toISOString() : at;
      return accept({ ...task, phase: 'submitted', submittedAt, progress: 100 }, [{ type: 'notify', to: 'supervisor', messageVi: 'Đơn vị đã báo cáo kết quả, chờ xác nhận' }]);
    }
    case 'accept':
      return accept({ ...task, phase: 'accepted', completedAt: task.submittedAt ?? at }, [{ type: 'stopEscalations', reason: 'done' }]);
    case 'return':
      return accept({ ...task, phase: 'returned', lastReason: action.reason }, [{ type: 'notify', to: 'owner', messageVi: `Kết quả chưa đạt, đề nghị thực hiện lại: ${action.reason}` }]);
    case 'requestExtension': {
      const problem = extensionProblem(task, action.newDueAt);
      if (problem) return refuse(problem);
      const late = task.dueAt !== null && toInstant(now) >= toInstant(task.dueAt);
      const effects: TaskEffect[] = [{ type: 'notify', to: 'supervisor', messageVi: `Đề nghị gia hạn: ${action.reason}` }];
      if (late) effects.push({ type: 'warning', code: 'EXTENSION_REQUESTED_LATE', messageVi: 'Đề nghị gia hạn sau khi đã quá hạn' });
      return accept({ ...task, pendingExtension: { requestedDueAt: toInstant(action.newDueAt).toISOString(), reason: action.reason, requestedAt: at, requestedBy: actor.personId, late } }, effects);
    }
    case 'decideExtension': {
      const pending = task.pendingExtension;
      if (!pending) return no(DomainErrorCode.NoPendingExtension, details);
      const { pendingExtension: _p, ...rest } = task;
      if (!action.grant) {
        return accept(rest, [{ type: 'notify', to: 'owner', messageVi: `Không đồng ý gia hạn${action.reason ? `: ${action.reason}` : ''}` }]);
      }
      const newDueAt = action.newDueAt ?? pending.requestedDueAt;
      const problem = extensionProblem(task, newDueAt);
      if (problem) return refuse(problem);
      const dueAt = toInstant(newDueAt).toISOString();
      return accept({ ...rest, dueAt }, [
        { type: 'stopEscalations', reason: 'extensionGranted' },
        { type: 'rescheduleEscalations', dueAt },
        { type: 'notify', to: 'owner', messageVi: 'Đồng ý gia hạn' },
      ]);
    }
    case 'reassign':
      if (action.toUnitId === task.ownerUnitId) return no(DomainErrorCode.ReassignToSameUnit, { unitId: action.toUnitId });
      return accept(
        {
          ...task,
          phase: 'open',
          ownerUnitId: action.toUnitId,
          pausedFrom: undefined,
          reassignments: [...task.reassignments, { fromUnitId: task.ownerUnitId, toUnitId: action.toUnitId, at, by: actor.personId, reason: action.reason }],
        },
        [
          { type: 'notify', to: 'newOwner', messageVi: `Nhiệm vụ được giao lại: ${action.reason}` },
          { type: 'rescheduleEscalations', dueAt: task.dueAt },
        ],
      );
    case 'pause':
      return accept({ ...task, phase: 'paused', pausedFrom: task.phase, lastReason: action.reason }, [{ type: 'stopEscalations', reason: 'paused' }]);
    case 'resume':
      return accept({ ...task, phase: task.pausedFrom ?? 'open', pausedFrom: undefined }, [{ type: 'rescheduleEscalations', dueAt: task.dueAt }]);
    case 'refuse':
      return accept({ ...task, phase: 'refused', lastReason: action.reason }, [
        { type: 'stopEscalations', reason: 'refused' },
        { type: 'notify', to: 'supervisor', messageVi: `Đơn vị từ chối nhiệm vụ: ${action.reason}` },
      ]);
  }
}

function extensionProblem(task: TaskState, newDueAt: string): DomainError | null {
  const requested = toInstant(newDueAt);
  if (task.dueAt && requested <= toInstant(task.dueAt)) return new DomainError(DomainErrorCode.ExtensionNotLater, { dueAt: task.dueAt, newDueAt });
  if (task.planPeriodEnd && requested > endOfLocalDay(task.planPeriodEnd)) {
    return new DomainError(DomainErrorCode.ExtensionBeyondPlanPeriod, { newDueAt, planPeriodEnd: task.planPeriodEnd });
  }
  return null;
}
