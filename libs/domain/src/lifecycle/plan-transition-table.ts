import { type PlanActionType, type PlanRole, type PlanStatus } from './plan-lifecycle.types';

/** One row of the transition table: allowed source states, who may act, and the target state. */
export interface PlanTransitionRule {
  from: readonly PlanStatus[];
  roles: readonly PlanRole[];
  /** Target state; `same` keeps the status (edits in consultation, seal, amendment requests). */
  to: PlanStatus | 'same';
}

const BEFORE_SIGNING = ['draft', 'consultation', 'contentReview', 'formatCheck', 'awaitingApproval', 'approved'] as const;

/**
 * The Decree 30 lifecycle as data. Guards that need more than status and role (approval bound to
 * the revision, signing authority, seal after signature) live in `decide`.
 */
export const PLAN_TRANSITIONS: Readonly<Record<PlanActionType, PlanTransitionRule>> = {
  edit: { from: BEFORE_SIGNING, roles: ['drafter', 'drafterUnitHead', 'signer'], to: 'same' },
  startConsultation: { from: ['draft'], roles: ['drafter'], to: 'consultation' },
  closeConsultation: { from: ['consultation'], roles: ['drafter'], to: 'draft' },
  submitForReview: { from: ['draft'], roles: ['drafter'], to: 'contentReview' },
  approveContent: { from: ['contentReview'], roles: ['drafterUnitHead'], to: 'formatCheck' },
  checkFormat: { from: ['formatCheck'], roles: ['formatChecker'], to: 'awaitingApproval' },
  returnForRevision: { from: ['contentReview', 'formatCheck', 'awaitingApproval', 'approved'], roles: ['drafterUnitHead', 'formatChecker', 'signer'], to: 'draft' },
  approve: { from: ['awaitingApproval'], roles: ['signer'], to: 'approved' },
  sign: { from: ['approved'], roles: ['signer'], to: 'signed' },
  assignNumber: { from: ['signed'], roles: ['clerk'], to: 'numbered' },
  applyOrgSeal: { from: ['signed', 'numbered'], roles: ['clerk'], to: 'same' },
  issue: { from: ['numbered'], roles: ['clerk'], to: 'issued' },
  withdraw: { from: BEFORE_SIGNING, roles: ['drafter', 'drafterUnitHead', 'signer'], to: 'withdrawn' },
  recall: { from: ['issued'], roles: ['signer'], to: 'recalled' },
  requestAmendment: { from: ['issued'], roles: ['drafter', 'drafterUnitHead', 'signer'], to: 'same' },
  markReplaced: { from: ['issued'], roles: ['clerk'], to: 'replaced' },
};
