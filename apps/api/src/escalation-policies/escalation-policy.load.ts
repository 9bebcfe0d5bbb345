import type { EscalationPolicy } from '@dondoc/domain';
import type { StoredEscalationStep } from '@dondoc/persistence';
import { toDomainPolicy } from './escalation-policy.rules';

/** Anything that runs SQL (DataSource or EntityManager). */
interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * The configured policies by id, as the workflows take them (for a plan's start: the plan's and its
 * duties' policies). Unknown ids are simply absent (the FK keeps them from dangling).
 */
export async function loadEscalationPolicies(q: Queryable, ids: readonly (string | null | undefined)[]): Promise<Map<string, EscalationPolicy>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const rows = (await q.query(`SELECT id, name, steps, send_at FROM escalation_policies WHERE id = ANY($1::uuid[])`, [wanted])) as {
    id: string;
    name: string;
    steps: StoredEscalationStep[];
    send_at: string;
  }[];
  return new Map(rows.map((r) => [r.id, toDomainPolicy({ id: r.id, name: r.name, steps: r.steps, sendAt: r.send_at })]));
}
