import { type SigningAuthority, type SigningCapacity } from './signing-authority';
import { type NumberRegisterState } from './document-number';

/** Where a plan stands in the Decree 30 lifecycle. */
export type PlanStatus =
  | 'draft' // dự thảo (also after "returned for revision")
  | 'consultation' // lấy ý kiến
  | 'contentReview' // thủ trưởng đơn vị soạn thảo kiểm tra nội dung
  | 'formatCheck' // kiểm tra thể thức
  | 'awaitingApproval' // trình người ký duyệt
  | 'approved' // người ký đã duyệt dự thảo
  | 'signed'
  | 'numbered' // đã cấp số, đăng ký
  | 'issued' // đã ban hành
  | 'withdrawn' // rút dự thảo
  | 'recalled' // thu hồi
  | 'replaced'; // bị thay thế

/** Vietnamese names of the statuses. */
export const PLAN_STATUS_LABELS: Readonly<Record<PlanStatus, string>> = {
  draft: 'Dự thảo',
  consultation: 'Đang lấy ý kiến',
  contentReview: 'Chờ kiểm tra nội dung',
  formatCheck: 'Chờ kiểm tra thể thức',
  awaitingApproval: 'Chờ người ký duyệt',
  approved: 'Đã duyệt, chờ ký',
  signed: 'Đã ký, chờ cấp số',
  numbered: 'Đã cấp số, chờ ban hành',
  issued: 'Đã ban hành',
  withdrawn: 'Đã rút',
  recalled: 'Đã thu hồi',
  replaced: 'Đã bị thay thế',
};

/** The part a person plays on this plan (resolved by the caller from positions and assignments). */
export type PlanRole = 'drafter' | 'drafterUnitHead' | 'formatChecker' | 'signer' | 'clerk';

/** Who acts. `actingForId` records delegation while the principal is away (both go to the audit trail). */
export interface PlanActor {
  personId: string;
  roles: PlanRole[];
  actingForId?: string;
}

/** A check bound to one revision: any later edit voids it. */
export interface RevisionCheck {
  revision: number;
  by: string;
  at: string; // ISO instant
}

/** Lifecycle state of one plan document (plain, JSON-safe). */
export interface PlanLifecycleState {
  status: PlanStatus;
  revision: number;
  documentType: string; // "KH"
  issuingAgencyId: string;
  issuerCode: string; // "UBND" in "125/KH-UBND"
  /** The person who will sign; only they may approve the draft (Art. 11). */
  signerId: string;
  consultation?: { closesAt: string; invitees: string[] };
  contentReview?: RevisionCheck;
  formatCheck?: RevisionCheck;
  approval?: RevisionCheck;
  signature?: RevisionCheck & { capacity: SigningCapacity; authorityId: string };
  orgSeal?: { by: string; at: string };
  number?: { number: number; symbol: string; year: number; at: string };
  issuedAt?: string;
  closedReason?: string;
  replacedById?: string;
}

/** Actions on a plan. Editing makes a new revision and voids earlier checks and approvals. */
export type PlanAction =
  | { type: 'edit' }
  | { type: 'startConsultation'; invitees: string[]; closesAt: string }
  | { type: 'closeConsultation' }
  | { type: 'submitForReview' }
  | { type: 'approveContent' }
  | { type: 'checkFormat' }
  | { type: 'returnForRevision'; reason: string }
  | { type: 'approve' }
  | { type: 'sign'; capacity: SigningCapacity; authority?: SigningAuthority }
  | { type: 'assignNumber'; register?: NumberRegisterState; number?: number }
  | { type: 'applyOrgSeal' }
  | { type: 'issue'; urgent?: boolean }
  | { type: 'withdraw'; reason: string }
  | { type: 'recall'; reason: string }
  | { type: 'requestAmendment'; kind: 'amend' | 'replace' | 'correct'; reason: string }
  | { type: 'markReplaced'; byDocumentId: string };

export type PlanActionType = PlanAction['type'];

/** What the caller must do after an accepted transition. */
export type PlanEffect =
  | { type: 'notify'; to: PlanRole | 'recipients' | 'invitees'; messageVi: string }
  | { type: 'approvalVoided'; revision: number }
  | { type: 'numberAssigned'; number: number; symbol: string; year: number }
  | { type: 'newDocumentRequired'; relation: 'amends' | 'replaces' | 'corrects'; reason: string }
  | { type: 'warning'; code: 'NUMBERING_LATE' | 'ISSUANCE_LATE'; messageVi: string };
