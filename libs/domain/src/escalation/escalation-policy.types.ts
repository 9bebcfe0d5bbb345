/** Who a step notifies, from the person doing the work up to the head of the committee. */
export type EscalationAudience = 'owner' | 'unitHead' | 'leaderInCharge' | 'chairman';

/** Vietnamese names of the audiences, for messages and the console. */
export const ESCALATION_AUDIENCE_LABELS: Readonly<Record<EscalationAudience, string>> = {
  owner: 'Người được giao',
  unitHead: 'Thủ trưởng đơn vị',
  leaderInCharge: 'Lãnh đạo phụ trách',
  chairman: 'Chủ tịch (hoặc người quyền Chủ tịch)',
};

/**
 * When a step fires, relative to the deadline:
 * - `workingDays`: N working days from the due date (T−5 = -5 at the policy's send time; T+0 = the
 *   breach instant itself, 24:00 of the due date; T+3 = third working day after, at the send time);
 * - `share`: a share of the time from assignment to the deadline (0.5, 0.75; 1 = breach; >1 after).
 */
export type EscalationOffset = { kind: 'workingDays'; days: number } | { kind: 'share'; share: number };

/** Reminder before the deadline, overdue notice at the breach, escalation afterwards. */
export type EscalationStepKind = 'reminder' | 'overdue' | 'escalation';

/** One rung of a policy. */
export interface EscalationStep {
  /** Stable id within the policy ("T-5", "50%"), used for idempotent notification keys. */
  id: string;
  offset: EscalationOffset;
  audience: EscalationAudience;
  kind: EscalationStepKind;
}

/** What ends the chase: work done (accepted or submitted), extension granted (reschedule), paused. */
export type EscalationStopCondition = 'done' | 'extensionGranted' | 'paused';

/** Local wall-clock time (Asia/Ho_Chi_Minh). */
export interface LocalTime {
  hour: number;
  minute: number;
}

/** A reminder and escalation policy (plain data; stored per plan, duty or organisation). */
export interface EscalationPolicy {
  id: string;
  name: string;
  steps: EscalationStep[];
  stopWhen: EscalationStopCondition[];
  /** Local time at which working-day steps and snapped share steps are sent. Default 08:00. */
  sendAt?: LocalTime;
}

/** One scheduled notification. */
export interface ScheduledEscalation {
  at: Date;
  step: EscalationStep;
  audience: EscalationAudience;
}
