import { defineSignal } from '@temporalio/workflow';
import type { CalendarData, EscalationAudience, EscalationPolicy } from '@dondoc/domain';

/** An instant as an ISO-8601 string with offset ("2026-06-04T17:00:00.000Z"): JSON-safe. */
export type IsoInstant = string;

/** A local day as an ISO date ("2030-06-04"). */
export type IsoDate = string;

/** Administrators' calendar additions (announced swaps) laid over the shipped calendar. */
export interface CalendarChangedInput {
  /** The full list of additions now in force (not a delta), in merge order. */
  additions: CalendarData[];
}

/**
 * Sent to every open task and duty when a calendar swap is announced: open deadlines are
 * recomputed and nothing is escalated on the stale date.
 */
export const calendarChangedSignal = defineSignal<[CalendarChangedInput]>('calendarChanged');

/** Options shared by the long-lived workflows. */
export interface ChaseOptions {
  /** Reminder/escalation policy; default `DEFAULT_ESCALATION_POLICY`. */
  policy?: EscalationPolicy;
  /** Calendar additions in force at start. */
  calendarAdditions?: CalendarData[];
  /**
   * Continue-as-new once the history has this many events (besides the server's own
   * `continueAsNewSuggested`). Default 2,000.
   */
  historyLimit?: number;
}

/** One notification as the workflow asks for it (sent by the `sendNotification` activity). */
export interface NotificationRequest {
  /** Idempotency key (workflow id + step + deadline): a retried activity sends once. */
  key: string;
  /** Person or organisation id. */
  recipientId: string;
  /** Post or role the recipient was reached as ("unitHead", "clerk", "invitee", …). */
  audience: EscalationAudience | 'clerk' | 'signer' | 'drafter' | 'drafterUnitHead' | 'formatChecker' | 'invitee' | 'recipient' | 'reporter' | 'consolidator' | 'supervisor';
  kind: 'reminder' | 'overdue' | 'escalation' | 'digest' | 'info';
  messageVi: string;
  subject: { type: 'plan' | 'task' | 'duty' | 'digest'; workflowId: string };
  /** The instant the rule scheduled this notification for. */
  scheduledFor: IsoInstant;
  /** Workflow time when it was sent. */
  sentAt: IsoInstant;
  /** Why the recipient differs from the step's audience (late person skipped, vacant post). */
  note?: string;
}

/** One audited change, written by the `recordAudit` activity (append-only). */
export interface AuditRecord {
  /** Null for the system (timers, workflows). */
  actorId: string | null;
  actingForId?: string | null;
  /** Dotted verb, e.g. `plan.approve`, `task.extension.grant`. */
  action: string;
  objectType: 'plan' | 'task' | 'duty';
  objectId: string;
  before?: object | null;
  after?: object | null;
  at: IsoInstant;
}

/** A business refusal as returned to the API (the validator's failure carries it as details). */
export interface RefusalDetails {
  code: string;
  messageVi: string;
  details?: Readonly<Record<string, unknown>>;
}

/** ApplicationFailure type of a refused human step (validator) — the API answers 409/422. */
export const REFUSED_FAILURE_TYPE = 'DomainRefusal';
