import type { PlanLifecycleInput } from '@dondoc/contracts';
import { loadEscalationPolicies } from './escalation-policy.load';

/** Anything that runs SQL (DataSource or EntityManager). */
interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * A plan workflow's input with the configured policies: the plan's as `policy` (its tasks and duties),
 * a duty's own on that duty. None chosen: the workflows' default policy.
 */
export async function withEscalationPolicies(q: Queryable, input: PlanLifecycleInput): Promise<PlanLifecycleInput> {
  const [plan] = (await q.query(`SELECT escalation_policy_id FROM plans WHERE id = $1`, [input.planId])) as { escalation_policy_id: string | null }[];
  const dutyIds = input.duties.map((d) => d.dutyId);
  const duties = (dutyIds.length
    ? await q.query(`SELECT id, escalation_policy_id FROM plan_reporting_duties WHERE id = ANY($1::uuid[]) AND escalation_policy_id IS NOT NULL`, [dutyIds])
    : []) as { id: string; escalation_policy_id: string }[];
  const policies = await loadEscalationPolicies(q, [plan?.escalation_policy_id, ...duties.map((d) => d.escalation_policy_id)]);
  const planPolicy = plan?.escalation_policy_id ? policies.get(plan.escalation_policy_id) : undefined;
  const dutyPolicy = new Map(duties.map((d) => [d.id, policies.get(d.escalation_policy_id)]));
  return {
    ...input,
    ...(planPolicy ? { policy: planPolicy } : {}),
    duties: input.duties.map((d) => {
      const policy = dutyPolicy.get(d.dutyId);
      return policy ? { ...d, policy } : d;
    }),
  };
}
