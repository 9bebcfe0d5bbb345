import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { DateRange, EscalationChain, ReportingDuty } from '@dondoc/domain';
import type { ChaseOptions, IsoDate, IsoInstant } from './common.contract';
import type { CloseByDocumentInput } from './task.contract';

/** An organisation that must report, with the people who chase it. */
export interface DutyReporter {
  orgId: string;
  chain: EscalationChain;
}

/** Input of `reportingDutyWorkflow` (one per duty; one run per period, continue-as-new between). */
export interface ReportingDutyInput extends ChaseOptions {
  planId: string;
  dutyId: string;
  title: string;
  duty: ReportingDuty;
  planPeriod: DateRange;
  reporters: DutyReporter[];
  standingAgencyId: string;
  consolidatorId: string;
  /** Index into the duty's periods over the plan period (0 at start; bumped by continue-as-new). */
  periodIndex?: number;
  /** Keys of the periods already consolidated (carried). */
  closedPeriods?: string[];
  /** An open period carried over a continue-as-new forced by the history limit (internal). */
  carried?: { periodKey: string; submissions: SubmissionView[]; sentKeys: string[]; chaseFrom: IsoInstant };
}

/** One submission of a reporting organisation for the current period. */
export interface SubmissionView {
  orgId: string;
  status: 'open' | 'overdue' | 'submitted';
  submittedAt?: IsoInstant;
  submittedBy?: string;
  /** Submitted after the deadline. */
  late?: boolean;
  figures?: Record<string, number>;
  narrative?: string;
  /** Figures are partly estimates ("ước thực hiện"). */
  estimate?: boolean;
  channel?: 'system' | 'fallback';
}

/** REST-facing state of a duty's current period. */
export interface DutyView {
  workflowId: string;
  planId: string;
  dutyId: string;
  title: string;
  /** Null when every period is closed. */
  period: {
    key: string;
    cutOffStart: IsoDate;
    cutOffEnd: IsoDate;
    dueDate: IsoDate;
    dueAt: IsoInstant;
    ruleText: string;
    calendarVersion: string;
    /** The deadline falls before the cut-off ends: figures are partly estimates. */
    estimate: boolean;
  } | null;
  submissions: SubmissionView[];
  consolidation?: { by: string; at: IsoInstant; narrative?: string; totals: Record<string, number>; missingOrgIds: string[] };
  closedPeriods: string[];
  /** All periods of the duty over the plan period with their due dates (for the console). */
  schedule: { key: string; dueDate: IsoDate }[];
  /** Set when a later document ended the duty (superseded by an amending plan, or recalled). */
  closure?: Omit<CloseByDocumentInput, 'actorId'> & { at: IsoInstant };
}

export interface SubmitReportInput {
  /** The person submitting, for the reporting organisation. */
  personId: string;
  orgId: string;
  /** The submitting person's own organisation (session); the workflow refuses a report for another organisation. */
  actorOrgId?: string;
  periodKey: string;
  figures?: Record<string, number>;
  narrative?: string;
  estimate?: boolean;
  channel?: 'system' | 'fallback';
  /** For the fallback channel: when the report was really sent (counts for "on time"). */
  submittedAt?: IsoInstant;
}

export interface ConsolidateReportsInput {
  personId: string;
  orgId: string;
  periodKey: string;
  narrative?: string;
}

export const dutyStateQuery = defineQuery<DutyView>('dutyState');
export const submitReportUpdate = defineUpdate<DutyView, [SubmitReportInput]>('submitReport');
export const consolidateReportsUpdate = defineUpdate<DutyView, [ConsolidateReportsInput]>('consolidateReports');

/** A later document ends the duty: the open period closes, nothing more is chased (history kept). */
export const closeDutySignal = defineSignal<[CloseByDocumentInput]>('closeDuty');
