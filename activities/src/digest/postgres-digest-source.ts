import type { TaskView } from '@dondoc/contracts';
import type { DigestSource, LeaderTaskRow } from '../ports';
import type { PostgresDataSource } from '../postgres/data-source.type';

/**
 * A leader's open tasks from `task_projections`: the tasks of the plans whose workflow names the
 * leader as signer (the leader in charge of their tasks), with the owning organisation's name.
 */
export class PostgresDigestSource implements DigestSource {
  constructor(private readonly dataSource: PostgresDataSource) {}

  async openTasksOf(leaderId: string): Promise<LeaderTaskRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT t.view, o.name AS organisation_name
         FROM task_projections t
         JOIN plan_workflow_states p ON p.plan_id = t.plan_id
         LEFT JOIN organisations o ON o.id::text = t.organisation_id
        WHERE p.people->>'signer' = $1 AND t.phase IN ('open', 'returned') AND t.due_at IS NOT NULL`,
      [leaderId],
    )) as { view: TaskView; organisation_name: string | null }[];
    return rows.map((r) => ({ view: r.view, ...(r.organisation_name ? { organisationName: r.organisation_name } : {}) }));
  }
}
