import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { DateRange, DueRule, EscalationChain, PlanActor, PlanLifecycleState, PlanRole, ReportingDuty, SigningAuthority, SigningCapacity } from '@dondoc/domain';
import type { ChaseOptions, IsoInstant } from './common.contract';
import type { DutyReporter } from './duty.contract';

/** One owning organisation of a responsibility, with the people who chase it. */
export interface ResponsibilityOwner {
  orgId: string;
  chain: EscalationChain;
}

/** A row of the assignment matrix: becomes one task workflow per lead organisation at issuance. */
export interface ResponsibilitySpec {
  responsibilityId: string;
  title: string;
  leads: ResponsibilityOwner[];
  coordinatorOrgIds?: string[];
  dueRule: DueRule;
}

/** A reporting duty of the plan: becomes one duty workflow at issuance. */
export interface DutySpec {
  dutyId: string;
  title: string;
  duty: ReportingDuty;
  reporters: DutyReporter[];
  /** The standing agency that consolidates (cơ quan thường trực). */
  standingAgencyId: string;
  consolidatorId: string;
}

/** Input of `planLifecycleWorkflow` (one per plan). */
export interface PlanLifecycleInput extends ChaseOptions {
  planId: string;
  title: string;
  /** Initial lifecycle state (status `draft`, revision 1) — or the carried state after continue-as-new. */
  lifecycle: PlanLifecycleState;
  /** Who plays each role, for notifications (roles are checked per update from the actor). */
  people: Partial<Record<PlanRole, string>>;
  planPeriod?: DateRange;
  responsibilities: ResponsibilitySpec[];
  duties: DutySpec[];
  /** State carried over continue-as-new (internal). */
  carried?: PlanCarried;
}

/** A reply of an invitee in the consultation round. */
export interface ConsultationReply {
  orgId: string;
  personId: string;
  comment: string;
  at: IsoInstant;
}

/** A return for revision, kept for the synthesis and the audit view. */
export interface PlanReturn {
  revision: number;
  by: string;
  at: IsoInstant;
  reason: string;
  comments?: string[];
}

/** What a plan carries across continue-as-new (internal but JSON-plain). */
export interface PlanCarried {
  replies: ConsultationReply[];
  returns: PlanReturn[];
  sentKeys: string[];
  warnings: string[];
  consultationStartedAt?: IsoInstant;
}

/** REST-facing state of a plan lifecycle. */
export interface PlanView {
  workflowId: string;
  planId: string;
  title: string;
  lifecycle: PlanLifecycleState;
  /** Vietnamese status label ("Chờ người ký duyệt", …). */
  statusLabel: string;
  replies: ConsultationReply[];
  /** Most recent first, at most 10. */
  returns: PlanReturn[];
  /** When signed: numbering is due by the end of the next working day. */
  numberingDueAt?: IsoInstant;
  recipients?: string[];
  warnings: string[];
  taskWorkflowIds: string[];
  dutyWorkflowIds: string[];
}

export interface PlanStepInput {
  actor: PlanActor;
}
export interface EditPlanInput extends PlanStepInput {
  /** What changed, for the audit trail. */
  summary: string;
}
export interface StartConsultationInput extends PlanStepInput {
  invitees: string[];
  closesAt: IsoInstant;
}
export interface ReplyConsultationInput {
  orgId: string;
  personId: string;
  comment: string;
}
export interface ReturnPlanInput extends PlanStepInput {
  reason: string;
  comments?: string[];
}
export interface SignPlanInput extends PlanStepInput {
  capacity: SigningCapacity;
  authority: SigningAuthority;
}
export interface AssignNumberInput extends PlanStepInput {
  /** A number the clerk chose (e.g. reserved earlier); otherwise the register's next one. */
  number?: number;
}
export interface IssuePlanInput extends PlanStepInput {
  recipients: string[];
  urgent?: boolean;
}
export interface WithdrawPlanInput extends PlanStepInput {
  reason: string;
}

export const planStateQuery = defineQuery<PlanView>('planState');
export const editPlanUpdate = defineUpdate<PlanView, [EditPlanInput]>('editPlan');
export const startConsultationUpdate = defineUpdate<PlanView, [StartConsultationInput]>('startConsultation');
export const replyConsultationUpdate = defineUpdate<PlanView, [ReplyConsultationInput]>('replyConsultation');
export const closeConsultationUpdate = defineUpdate<PlanView, [PlanStepInput]>('closeConsultation');
export const submitForReviewUpdate = defineUpdate<PlanView, [PlanStepInput]>('submitForReview');
export const approveContentUpdate = defineUpdate<PlanView, [PlanStepInput]>('approveContent');
export const checkFormatUpdate = defineUpdate<PlanView, [PlanStepInput]>('checkFormat');
export const returnForRevisionUpdate = defineUpdate<PlanView, [ReturnPlanInput]>('returnForRevision');
export const approvePlanUpdate = defineUpdate<PlanView, [PlanStepInput]>('approvePlan');
export const signPlanUpdate = defineUpdate<PlanView, [SignPlanInput]>('signPlan');
export const assignNumberUpdate = defineUpdate<PlanView, [AssignNumberInput]>('assignNumber');
export const applyOrgSealUpdate = defineUpdate<PlanView, [PlanStepInput]>('applyOrgSeal');
export const issuePlanUpdate = defineUpdate<PlanView, [IssuePlanInput]>('issuePlan');
export const withdrawPlanUpdate = defineUpdate<PlanView, [WithdrawPlanInput]>('withdrawPlan');
