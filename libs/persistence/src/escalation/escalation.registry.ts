import { EscalationPolicyEntity } from './escalation-policy.entity';
import { EscalationPolicies1763960000000 } from './migrations/1763960000000-escalation-policies.migration';

/** Entities of configured escalation policies. */
export const ESCALATION_ENTITIES = [EscalationPolicyEntity];

/** Migrations of configured escalation policies, oldest first (after the plans schema). */
export const ESCALATION_MIGRATIONS = [EscalationPolicies1763960000000];
