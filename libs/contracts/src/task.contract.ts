import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { ClosedByDocumentPhase, DateRange, DueRule, EscalationChain, LocalDate, TaskActor, TaskState, TaskStatusView } from '@dondoc/domain';
import type { ChaseOptions, IsoInstant } from './common.contract';

/**
 * Who acts on a task, with the organisation of the session: the workflow refuses the owning unit's
 * steps (progress, submit, extension request) from a person of another organisation.
 */
export type TaskActorInput = TaskActor & { orgId?: string };

/** Input of `assignedTaskWorkflow` (one per responsibility × owning organisation). */
export interface AssignedTaskInput extends ChaseOptions {
  planId: string;
  responsibilityId: string;
  /** The owning organisation at assignment (the workflow id keeps it after a reassignment). */
  orgId: string;
  title: string;
  role: 'lead' | 'coordinator';
  /** Coordinating organisations (phối hợp), for display. */
  coordinatorOrgIds?: string[];
  dueRule: DueRule;
  /** Plan period (yearly rules, extension limit) and event day (relative rules). */
  planPeriod?: DateRange;
  eventDate?: LocalDate;
  /** Who holds the posts for the chase (owner, unit head, leader in charge, chairman/acting head). */
  chain: EscalationChain;
  /** Assignment instant; default: workflow start. */
  assignedAt?: IsoInstant;
  /** State carried over continue-as-new (internal). */
  carried?: AssignedTaskCarried;
}

/** What an assigned task carries across continue-as-new (internal but JSON-plain). */
export interface AssignedTaskCarried {
  task: TaskState;
  assignedAt: IsoInstant;
  /** Start of the current chase (assignment, or the last deadline change). */
  chaseFrom: IsoInstant;
  /** The deadline as the rule gives it (a calendar change moves it; an extension replaces it). */
  ruleDueAt: IsoInstant | null;
  dueRuleText?: string;
  sentKeys: string[];
  lastReport?: ProgressReport;
  reportCount: number;
  chain: EscalationChain;
  calendarAdditions?: ChaseOptions['calendarAdditions'];
  /** The due rule and coordinators as an amending plan last set them (instead of the input's). */
  dueRule?: DueRule;
  eventDate?: LocalDate;
  coordinatorOrgIds?: string[];
}

/** A progress report of the owning unit. */
export interface ProgressReport {
  progress: number;
  result?: string;
  difficulties?: string;
  proposals?: string;
  /** References of evidence files (storage keys with hashes), never the files. */
  evidenceFileRefs?: string[];
  reportedBy: string;
  reportedAt: IsoInstant;
}

export interface ReportTaskProgressInput {
  actor: TaskActorInput;
  progress: number;
  result?: string;
  difficulties?: string;
  proposals?: string;
  evidenceFileRefs?: string[];
}
export interface SubmitTaskInput {
  actor: TaskActorInput;
  result?: string;
  evidenceFileRefs?: string[];
  /** `fallback` when the reporting system was down; `submittedAt` is then when it was really made. */
  channel?: 'system' | 'fallback';
  submittedAt?: IsoInstant;
}
export interface AcceptTaskInput {
  actor: TaskActorInput;
}
export interface ReturnTaskInput {
  actor: TaskActorInput;
  reason: string;
}
export interface RequestTaskExtensionInput {
  actor: TaskActorInput;
  newDueAt: IsoInstant;
  reason: string;
}
export interface DecideTaskExtensionInput {
  actor: TaskActorInput;
  grant: boolean;
  newDueAt?: IsoInstant;
  reason?: string;
}
export interface ReassignTaskInput {
  actor: TaskActorInput;
  toUnitId: string;
  reason: string;
  /** The chase chain of the new owning unit. */
  chain: EscalationChain;
}

/** REST-facing state of an assigned task (plain JSON). */
export interface TaskView {
  workflowId: string;
  planId: string;
  responsibilityId: string;
  orgId: string;
  title: string;
  role: 'lead' | 'coordinator';
  task: TaskState;
  /** Vietnamese status ("Đang thực hiện trong hạn", "Quá hạn", …) at the time of the query. */
  status: TaskStatusView;
  assignedAt: IsoInstant;
  /** The next scheduled reminder/escalation, if any. */
  nextNotificationAt: IsoInstant | null;
  lastReport?: ProgressReport;
  reportCount: number;
  calendarVersion: string;
  /** Vietnamese explanation of the deadline rule. */
  dueRuleText?: string;
  /** Coordinating organisations when an amending plan changed them (the projection keeps them). */
  coordinatorOrgIds?: string[];
}

export const taskStateQuery = defineQuery<TaskView>('taskState');
export const reportTaskProgressUpdate = defineUpdate<TaskView, [ReportTaskProgressInput]>('reportTaskProgress');
export const submitTaskUpdate = defineUpdate<TaskView, [SubmitTaskInput]>('submitTask');
export const acceptTaskUpdate = defineUpdate<TaskView, [AcceptTaskInput]>('acceptTask');
export const returnTaskUpdate = defineUpdate<TaskView, [ReturnTaskInput]>('returnTask');
export const requestTaskExtensionUpdate = defineUpdate<TaskView, [RequestTaskExtensionInput]>('requestTaskExtension');
export const decideTaskExtensionUpdate = defineUpdate<TaskView, [DecideTaskExtensionInput]>('decideTaskExtension');
export const reassignTaskUpdate = defineUpdate<TaskView, [ReassignTaskInput]>('reassignTask');

/**
 * Sent by a plan workflow when a later document ends a task or duty: an amending plan removed it
 * (`superseded`) or the plan was recalled (`recalled`). Its history stays; done work is not undone.
 */
export interface CloseByDocumentInput {
  phase: ClosedByDocumentPhase;
  /** The amending plan, or the recalled plan itself. */
  byPlanId: string;
  bySymbol?: string;
  reason: string;
  /** Who decided (the signer of the recall or of the amending plan); null for the system. */
  actorId: string | null;
}
export const closeTaskSignal = defineSignal<[CloseByDocumentInput]>('closeTask');

/** Sent by the amended plan's workflow when an amending plan changes a task's deadline rule or coordinators. */
export interface AmendTaskInput {
  byPlanId: string;
  bySymbol?: string;
  reason: string;
  actorId: string | null;
  /** The new rule (relative rules count from `eventDate`, the amending plan's issue day). */
  dueRule?: DueRule;
  eventDate?: LocalDate;
  coordinatorOrgIds?: string[];
}
export const amendTaskSignal = defineSignal<[AmendTaskInput]>('amendTask');
