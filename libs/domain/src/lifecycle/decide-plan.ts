import { type WorkingCalendar } from '../calendar';
import { endOfLocalDay, type InstantInput, localDateOf, toInstant } from '../dates';
import { DomainError, DomainErrorCode, isDomainError } from '../errors';
import { accept, type Decision, refuse } from './decision.types';
import { chooseDocumentNumber, documentSymbol } from './document-number';
import { type PlanAction, type PlanActor, type PlanEffect, type PlanLifecycleState, type PlanRole, type PlanStatus, type RevisionCheck } from './plan-lifecycle.types';
import { PLAN_TRANSITIONS } from './plan-transition-table';
import { checkSigningAuthority } from './signing-authority';

/** Optional context: with a calendar, late numbering or issuance (after the next working day) is flagged. */
export interface PlanDecisionContext {
  calendar?: WorkingCalendar;
}

type PlanDecision = Decision<PlanLifecycleState, PlanEffect>;

const PRE_SIGNATURE: readonly PlanStatus[] = ['draft', 'consultation', 'contentReview', 'formatCheck', 'awaitingApproval', 'approved'];
const err = (code: DomainErrorCode, details?: Record<string, unknown>, vi?: string) => refuse<PlanLifecycleState, PlanEffect>(new DomainError(code, details, vi));

/** Which role may return a draft at each stage. */
const RETURNER: Partial<Record<PlanStatus, PlanRole>> = { contentReview: 'drafterUnitHead', formatCheck: 'formatChecker', awaitingApproval: 'signer', approved: 'signer' };

/**
 * The plan lifecycle (Decree 30, domain.md §1) as one pure function: checks the transition table,
 * the actor's role, and the action's guards, and returns the next state with its effects, or a coded
 * refusal. `now` is a parameter (workflow time); nothing is read from the clock.
 */
export function decide(state: PlanLifecycleState, action: PlanAction, actor: PlanActor, now: InstantInput, context: PlanDecisionContext = {}): PlanDecision {
  // Malformed input (an instant without a zone, an impossible date) is a refusal too, never a throw.
  try {
    return decideUnchecked(state, action, actor, now, context);
  } catch (e) {
    if (isDomainError(e)) return refuse(e);
    throw e;
  }
}

function decideUnchecked(state: PlanLifecycleState, action: PlanAction, actor: PlanActor, now: InstantInput, context: PlanDecisionContext): PlanDecision {
  const rule = PLAN_TRANSITIONS[action.type];
  const at = toInstant(now).toISOString();
  const details = { action: action.type, status: state.status };
  if (!rule.from.includes(state.status)) return wrongState(state.status, action.type, details);
  if (!actor.roles.some((r) => rule.roles.includes(r))) return err(DomainErrorCode.ActorNotPermitted, { ...details, roles: actor.roles });
  const to = rule.to === 'same' ? state.status : rule.to;
  const check = (): RevisionCheck => ({ revision: state.revision, by: actor.personId, at });
  const current = (c?: RevisionCheck) => c?.revision === state.revision;

  switch (action.type) {
    case 'edit': {
      const revision = state.revision + 1;
      const effects: PlanEffect[] = [];
      if (state.approval) {
        effects.push({ type: 'approvalVoided', revision: state.approval.revision });
        effects.push({ type: 'notify', to: 'signer', messageVi: 'Dự thảo đã duyệt bị sửa đổi, phải trình lại người ký (Nghị định 30, Điều 11)' });
      }
      const status = state.status === 'consultation' ? 'consultation' : 'draft';
      const { approval: _a, contentReview: _c, formatCheck: _f, ...rest } = state;
      return accept({ ...rest, status, revision }, effects);
    }
    case 'startConsultation':
      if (action.invitees.length === 0) return err(DomainErrorCode.TransitionNotAllowed, details, 'cần ít nhất một cơ quan, đơn vị được lấy ý kiến');
      return accept({ ...state, status: to, consultation: { closesAt: toInstant(action.closesAt).toISOString(), invitees: action.invitees } }, [
        { type: 'notify', to: 'invitees', messageVi: 'Đề nghị góp ý dự thảo kế hoạch' },
      ]);
    case 'closeConsultation':
      return accept({ ...state, status: to }, [{ type: 'notify', to: 'drafter', messageVi: 'Tổng hợp, tiếp thu, giải trình ý kiến góp ý (bảng tổng hợp)' }]);
    case 'submitForReview':
      return accept({ ...state, status: to }, [{ type: 'notify', to: 'drafterUnitHead', messageVi: 'Dự thảo chờ kiểm tra nội dung' }]);
    case 'approveContent':
      return accept({ ...state, status: to, contentReview: check() }, [{ type: 'notify', to: 'formatChecker', messageVi: 'Dự thảo chờ kiểm tra thể thức' }]);
    case 'checkFormat':
      if (!current(state.contentReview)) return err(DomainErrorCode.ContentReviewMissing, details);
      return accept({ ...state, status: to, formatCheck: check() }, [{ type: 'notify', to: 'signer', messageVi: 'Dự thảo chờ duyệt' }]);
    case 'returnForRevision': {
      const returner = RETURNER[state.status];
      if (!returner || !actor.roles.includes(returner) || (returner === 'signer' && actor.personId !== state.signerId)) {
        return err(DomainErrorCode.ActorNotPermitted, { ...details, expectedRole: returner });
      }
      if (!action.reason.trim()) return err(DomainErrorCode.ReasonRequired, details);
      const { approval: _a, ...rest } = state;
      return accept({ ...rest, status: to }, [
        ...(state.approval ? [{ type: 'approvalVoided', revision: state.approval.revision } as const] : []),
        // Comments go back through the drafting unit's head (Art. 10).
        { type: 'notify', to: 'drafterUnitHead', messageVi: `Dự thảo bị trả lại để chỉnh sửa: ${action.reason}` },
        { type: 'notify', to: 'drafter', messageVi: `Dự thảo bị trả lại để chỉnh sửa: ${action.reason}` },
      ]);
    }
    case 'approve':
      if (actor.personId !== state.signerId) return err(DomainErrorCode.NotTheFutureSigner, { ...details, signerId: state.signerId });
      if (!current(state.contentReview)) return err(DomainErrorCode.ContentReviewMissing, details);
      if (!current(state.formatCheck)) return err(DomainErrorCode.FormatCheckMissing, details);
      return accept({ ...state, status: to, approval: check() });
    case 'sign': {
      if (!state.approval) return err(DomainErrorCode.ApprovalMissing, details);
      if (!current(state.approval)) return err(DomainErrorCode.ApprovalStale, { ...details, approvedRevision: state.approval.revision, revision: state.revision });
      if (actor.personId !== state.approval.by) return err(DomainErrorCode.NotTheFutureSigner, { ...details, approvedBy: state.approval.by });
      const refusal = checkSigningAuthority(
        { signerId: actor.personId, agencyId: state.issuingAgencyId, documentType: state.documentType, capacity: action.capacity },
        action.authority,
        now,
      );
      if (refusal) return refuse(refusal);
      return accept({ ...state, status: to, signature: { ...check(), capacity: action.capacity, authorityId: action.authority!.id } }, [
        { type: 'notify', to: 'clerk', messageVi: 'Văn bản đã ký, chờ cấp số và phát hành' },
      ]);
    }
    case 'assignNumber': {
      const year = localDateOf(toInstant(now)).year;
      let number: number;
      try {
        number = chooseDocumentNumber(action.register, state.issuingAgencyId, year, action.number);
      } catch (e) {
        return refuse(e as DomainError);
      }
      const symbol = documentSymbol(number, state.documentType, state.issuerCode);
      const effects: PlanEffect[] = [{ type: 'numberAssigned', number, symbol, year }];
      if (lateAfterSignature(state, now, context)) {
        effects.push({ type: 'warning', code: 'NUMBERING_LATE', messageVi: 'Cấp số muộn hơn ngày làm việc tiếp theo sau khi ký (Nghị định 30, Điều 15)' });
      }
      return accept({ ...state, status: to, number: { number, symbol, year, at } }, effects);
    }
    case 'applyOrgSeal':
      return accept({ ...state, orgSeal: { by: actor.personId, at } });
    case 'issue': {
      if (!state.orgSeal) return err(DomainErrorCode.SealMissing, details);
      const effects: PlanEffect[] = [{ type: 'notify', to: 'recipients', messageVi: `Ban hành văn bản ${state.number?.symbol ?? ''}`.trim() }];
      if (lateAfterSignature(state, now, context)) {
        effects.push({ type: 'warning', code: 'ISSUANCE_LATE', messageVi: 'Ban hành muộn hơn ngày làm việc tiếp theo sau khi ký (Nghị định 30, Điều 18)' });
      }
      return accept({ ...state, status: to, issuedAt: at }, effects);
    }
    case 'withdraw':
    case 'recall':
      if (!action.reason.trim()) return err(DomainErrorCode.ReasonRequired, details);
      return accept({ ...state, status: to, closedReason: action.reason }, action.type === 'recall' ? [{ type: 'notify', to: 'recipients', messageVi: `Thu hồi văn bản ${state.number?.symbol ?? ''}: ${action.reason}` }] : []);
    case 'requestAmendment': {
      if (!action.reason.trim()) return err(DomainErrorCode.ReasonRequired, details);
      const relation = action.kind === 'amend' ? 'amends' : action.kind === 'replace' ? 'replaces' : 'corrects';
      return accept(state, [{ type: 'newDocumentRequired', relation, reason: action.reason }]);
    }
    case 'markReplaced':
      return accept({ ...state, status: to, replacedById: action.byDocumentId });
  }
}

/** Specific codes for the out-of-order attempts domain.md §7 names; a generic one otherwise. */
function wrongState(status: PlanStatus, action: PlanAction['type'], details: Record<string, unknown>): PlanDecision {
  const before = PRE_SIGNATURE.includes(status);
  if (action === 'assignNumber' && before) return err(DomainErrorCode.NumberBeforeSignature, details);
  if (action === 'applyOrgSeal' && before) return err(DomainErrorCode.SealBeforeSignature, details);
  if (action === 'issue' && (before || status === 'signed')) return err(DomainErrorCode.IssueBeforeNumber, details);
  if (action === 'sign' && before) return err(DomainErrorCode.ApprovalMissing, details);
  return err(DomainErrorCode.TransitionNotAllowed, details);
}

/** After the end of the next working day following the signature day. */
function lateAfterSignature(state: PlanLifecycleState, now: InstantInput, context: PlanDecisionContext): boolean {
  if (!context.calendar || !state.signature) return false;
  const signedDay = localDateOf(new Date(state.signature.at));
  return toInstant(now).getTime() >= endOfLocalDay(context.calendar.nextWorkingDay(signedDay)).getTime();
}
