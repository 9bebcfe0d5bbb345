import type { EscalationAudience } from '@dondoc/contracts';

/** Who a step notifies (the domain's `EscalationAudience`; the console imports contracts as types only). */
const AUDIENCES = ['owner', 'unitHead', 'leaderInCharge', 'chairman'] as const satisfies readonly EscalationAudience[];

export const audienceChoices = AUDIENCES.map((a) => ({ id: a, name: `dondoc.escalation_policies.audiences.${a}` }));

/** Field labels live under `dondoc.escalation_policies` (one catalogue spread, no `resources.*` entry). */
export const label = (field: string) => `dondoc.escalation_policies.fields.${field}`;
