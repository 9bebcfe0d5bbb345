import { type InstantInput, toInstant } from '../dates';
import { DomainError, DomainErrorCode } from '../errors';
import { accept, type Decision, refuse } from './decision.types';
import { type ClosedByDocumentPhase, type TaskEffect, type TaskPhase, type TaskState } from './task.types';

/** Phases a later document can no longer close: done work stays done, a closed task stays closed. */
const FINAL: readonly TaskPhase[] = ['accepted', 'superseded', 'recalled'];

/**
 * Closes a task because a later document ended it: an amending plan removed its responsibility
 * (`superseded`) or its plan was recalled (`recalled`). Progress, reports, evidence, extension and
 * reassignment history stay on the task; only the phase changes and the closure is recorded.
 * Accepted work is not undone (refused with TASK_TRANSITION_NOT_ALLOWED). Pure; `now` is a parameter.
 */
export function closeTaskByDocument(
  task: TaskState,
  close: { phase: ClosedByDocumentPhase; byPlanId: string; bySymbol?: string; reason: string },
  now: InstantInput,
): Decision<TaskState, TaskEffect> {
  if (FINAL.includes(task.phase)) return refuse(new DomainError(DomainErrorCode.TaskTransitionNotAllowed, { action: close.phase, phase: task.phase }));
  if (!close.reason.trim()) return refuse(new DomainError(DomainErrorCode.ReasonRequired, { action: close.phase }));
  const { pendingExtension: _dropped, ...rest } = task;
  const closure = { phase: close.phase, byPlanId: close.byPlanId, ...(close.bySymbol ? { bySymbol: close.bySymbol } : {}), reason: close.reason, at: toInstant(now).toISOString() };
  const messageVi = close.phase === 'superseded' ? `Nhiệm vụ đã được thay thế theo văn bản ${close.bySymbol ?? ''}: ${close.reason}` : `Kế hoạch đã bị thu hồi: ${close.reason}`;
  return accept({ ...rest, phase: close.phase, closure, ...(task.pendingExtension ? { lastReason: `Đề nghị gia hạn không còn hiệu lực: ${close.reason}` } : {}) }, [
    { type: 'stopEscalations', reason: close.phase },
    { type: 'notify', to: 'owner', messageVi: messageVi.replace('  ', ' ') },
  ]);
}
