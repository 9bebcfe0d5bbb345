/** Who a step notifies (the domain's `EscalationAudience`). */
export const AUDIENCES = ['owner', 'unitHead', 'leaderInCharge', 'chairman'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** One step as the API stores it: working days from the deadline, who is told. */
export interface EscalationStep {
  offsetDays: number;
  audience: Audience;
}

/** `GET /api/escalation-policies/:id`. */
export interface EscalationPolicy {
  id: string;
  name: string;
  description: string | null;
  steps: EscalationStep[];
  sendAt: string;
  usedBy: number;
  createdAt: string;
  updatedAt: string;
}
