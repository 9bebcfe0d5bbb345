import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { planWorkflowId, type PlanTimelineEvent, type TimelinePerson } from '@dondoc/contracts';
import { ApiError } from '../common/api-error';

export type { PlanTimelineEvent, TimelinePerson } from '@dondoc/contracts';

interface Row {
  action: string;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  actor_position: string | null;
  for_id: string | null;
  for_name: string | null;
  for_position: string | null;
  after: Record<string, unknown> | null;
}

/**
 * The people behind a plan's lifecycle steps: the audit events of the plan (those the API writes
 * under the plan id and those its workflow writes under the workflow id) by a person, joined to
 * the users and their positions. Oldest first; system events (a new run of the workflow) are left out.
 */
@Injectable()
export class PlanTimelineService {
  constructor(private readonly dataSource: DataSource) {}

  async events(planId: string): Promise<{ data: PlanTimelineEvent[] }> {
    if ((await this.dataSource.query(`SELECT 1 FROM plans WHERE id = $1`, [planId])).length === 0)
      throw new ApiError('NOT_FOUND');
    const rows = (await this.dataSource.query(
      `SELECT e.action, e.occurred_at AS at, e.actor_id, u.full_name AS actor_name, p.title AS actor_position,
              e.acting_for_id AS for_id, f.full_name AS for_name, fp.title AS for_position, e.after
         FROM audit_events e
         LEFT JOIN users u ON u.id = e.actor_id LEFT JOIN positions p ON p.id = u.position_id
         LEFT JOIN users f ON f.id = e.acting_for_id LEFT JOIN positions fp ON fp.id = f.position_id
        WHERE e.object_type = 'plan' AND e.object_id IN ($1, $2) AND e.actor_id IS NOT NULL
        ORDER BY e.occurred_at, e.id
        LIMIT 500`,
      [planId, planWorkflowId(planId)],
    )) as Row[];
    return {
      data: rows.map((r) => ({
        action: r.action,
        at: r.at.toISOString(),
        actor: person(r.actor_id, r.actor_name, r.actor_position),
        actingFor: person(r.for_id, r.for_name, r.for_position),
        detail: detailOf(r.after),
      })),
    };
  }
}

const person = (id: string | null, name: string | null, position: string | null): TimelinePerson | null =>
  id ? { id, fullName: name ?? id, position } : null;

/** The few facts of an event's `after` that the timeline shows (not the whole lifecycle state). */
function detailOf(after: Record<string, unknown> | null): PlanTimelineEvent['detail'] {
  if (!after) return {};
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
  const cr = after.contentRevision as { from?: unknown; to?: unknown } | undefined;
  const summary = text(after.summary);
  const reason = text(after.reason) ?? text(after.closedReason);
  return {
    ...(summary ? { summary } : {}),
    ...(reason ? { reason } : {}),
    ...(typeof after.revision === 'number' ? { revision: after.revision } : {}),
    ...(cr && typeof cr.from === 'number' && typeof cr.to === 'number' ? { contentRevision: { from: cr.from, to: cr.to } } : {}),
  };
}
