import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { DateRange, DueRule, EscalationChain, EscalationPolicy, LocalDate, PlanActor, PlanLifecycleState, PlanRole, ReportingDuty, SigningAuthority, SigningCapacity } from '@dondoc/domain';
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
  /** This duty's own escalation policy (configured per duty); otherwise the plan's. */
  policy?: EscalationPolicy;
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
  /**
   * Set on an amending plan (relation `amends`): its `responsibilities` and `duties` are the amended
   * plan's as they stand after the amendment (kept rows keep their responsibility ids). It starts no
   * tasks of its own: at its issuance the amended plan's workflow applies the difference.
   */
  amends?: PlanAmendsRef;
  /** State carried over continue-as-new (internal). */
  carried?: PlanCarried;
}

/** The plan an amending plan amends. */
export interface PlanAmendsRef {
  planId: string;
  workflowId: string;
  /** "125/KH-UBND", for messages. */
  symbol?: string;
  /** What the amendment is for (kept on the superseded tasks). */
  reason: string;
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
  /** After issuance: what the issued plan tracks (its children and the amendments applied). */
  issued?: IssuedPlanCarried;
}

/** What an issued plan carries across continue-as-new. */
export interface IssuedPlanCarried {
  recipients: string[];
  taskWorkflowIds: string[];
  dutyWorkflowIds: string[];
  amendments: PlanAmendmentRecord[];
}

/** One amendment applied to an issued plan's tasks and duties (workflow ids per outcome). */
export interface PlanAmendmentRecord {
  byPlanId: string;
  bySymbol?: string;
  reason: string;
  at: IsoInstant;
  started: string[];
  superseded: string[];
  /** Tasks whose deadline rule moved. */
  moved: string[];
  coordinatorsChanged: string[];
  dutiesStarted: string[];
  dutiesEnded: string[];
  /** Changes that could not be applied, in Vietnamese (e.g. a duty whose rule changed keeps running). */
  notes: string[];
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
  /** On an amending plan: the plan it amends. */
  amends?: PlanAmendsRef;
  /** On an issued plan: the amendments applied, oldest first. */
  amendments?: PlanAmendmentRecord[];
}

export interface PlanStepInput {
  actor: PlanActor;
}
export interface EditPlanInput extends PlanStepInput {
  /** What changed, for the audit trail. */
  summary: string;
  /** The plan's new title, when the edit changed it. */
  title?: string;
  /** The assignment matrix of the new content revision (replaces the one the workflow tracks). */
  responsibilities?: ResponsibilitySpec[];
  /** The stored content revisions (`plan_revisions.number`) the edit went from and to, for the audit trail. */
  contentRevision?: { from: number; to: number };
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
  /** The signer's recorded authority for the issuer on the signing day; absent when none is recorded (refused). */
  authority?: SigningAuthority;
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
/** Recall ("thu hồi") of an issued plan by its signer: open tasks and duties close as recalled. */
export interface RecallPlanInput extends PlanStepInput {
  reason: string;
}

/** The responsibilities and duties an issued plan has in force (after amendments). */
export interface PlanAssignments {
  responsibilities: ResponsibilitySpec[];
  duties: DutySpec[];
  /** The plan period, for the amending plan. */
  planPeriod?: DateRange;
}

/** Sent by an amending plan's workflow to the amended plan's at its issuance. */
export interface PlanAmendmentIssuedInput {
  amendingPlanId: string;
  bySymbol?: string;
  reason: string;
  /** The signer of the amending plan (audit). */
  actorId: string | null;
  responsibilities: ResponsibilitySpec[];
  duties: DutySpec[];
  /** Issue day of the amending plan: relative rules of added or changed tasks count from it. */
  issuedOn: LocalDate;
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
export const recallPlanUpdate = defineUpdate<PlanView, [RecallPlanInput]>('recallPlan');
export const planAssignmentsQuery = defineQuery<PlanAssignments>('planAssignments');
export const planAmendmentIssuedSignal = defineSignal<[PlanAmendmentIssuedInput]>('planAmendmentIssued');
