// `/api/escalation-policies`: when reminders and escalations go out, relative to a deadline, and to whom.
import type { EscalationAudience } from '@dondoc/domain';

export type { EscalationAudience } from '@dondoc/domain';

/** One step: working days from the deadline (negative before, 0 when overdue, positive after), who is told. */
export interface EscalationStep {
  offsetDays: number;
  audience: EscalationAudience;
}

/** A policy with its use count (a used policy cannot be deleted). */
export interface EscalationPolicy {
  id: string;
  name: string;
  description: string | null;
  steps: EscalationStep[];
  /** Time of day the messages go out (Vietnam time), `HH:mm`. */
  sendAt: string;
  /** How many plans and reporting duties use it. */
  usedBy: number;
  createdAt: string;
  updatedAt: string;
}
