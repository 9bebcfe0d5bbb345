import { AUDIENCES } from './escalation-policy.types';

export const audienceChoices = AUDIENCES.map((a) => ({ id: a, name: `dondoc.escalation_policies.audiences.${a}` }));

/** Field labels live under `dondoc.escalation_policies` (one catalogue spread, no `resources.*` entry). */
export const label = (field: string) => `dondoc.escalation_policies.fields.${field}`;
