import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PlanMatrix, TaskView } from '@dondoc/contracts';
import { buildAssignmentMatrix, type MatrixResponsibility } from '@dondoc/domain';
import { CalendarSource } from '../calendar/calendar-source';
import { ApiError } from '../common/api-error';

/**
 * Rows = responsibilities of the plan's current revision (leads/coordinators resolved to
 * organisations), columns = organisations, cells = role with the task's live status and deadline,
 * from the task projections. Built by `buildAssignmentMatrix` of the domain.
 */
@Injectable()
export class MatrixService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendars: CalendarSource,
  ) {}

  async get(planId: string): Promise<PlanMatrix> {
    const plan = (await this.dataSource.query(`SELECT current_revision_id FROM plans WHERE id = $1`, [planId])) as {
      current_revision_id: string | null;
    }[];
    if (!plan[0]) throw new ApiError('NOT_FOUND');
    const revisionId = plan[0].current_revision_id;
    // Rows of the plan, then rows added by its issued amending plans (relation `amends`), whose tasks run under this plan.
    // The revisions are listed first so that rows and assignees are read through their revision_id and
    // responsibility_id indexes (`revision_id = $1 OR revision_id IN (…)` made Postgres scan both tables whole).
    // Organisation names come with the assignees and the tasks: no query per column list.
    const [assignees, tasks] = await Promise.all([
      revisionId
        ? (this.dataSource.query(
            `WITH revisions AS (
               SELECT $1::uuid AS revision_id
               UNION
               SELECT p.current_revision_id FROM plan_relations rel
                 JOIN plans p ON p.id = rel.plan_id
                 JOIN plan_workflow_states s ON s.plan_id = p.id::text
                WHERE rel.kind = 'amends' AND rel.related_plan_id = $2 AND s.status IN ('issued', 'recalled')
                  AND p.current_revision_id IS NOT NULL)
             SELECT r.id, r.duties, a.role, a.organisation_id, o.name AS organisation_name
               FROM revisions v
               JOIN plan_responsibilities r ON r.revision_id = v.revision_id
               LEFT JOIN responsibility_assignees a ON a.responsibility_id = r.id AND a.organisation_id IS NOT NULL
               LEFT JOIN organisations o ON o.id = a.organisation_id
              ORDER BY (r.revision_id = $1) DESC, r.revision_id, r.position, a.role, a.position`,
            [revisionId, planId],
          ) as Promise<
            {
              id: string;
              duties: string;
              role: 'lead' | 'coordinator' | null;
              organisation_id: string | null;
              organisation_name: string | null;
            }[]
          >)
        : Promise.resolve([]),
      this.dataSource.query(
        `SELECT t.workflow_id, t.responsibility_id, t.organisation_id, t.view, o.name AS organisation_name
           FROM task_projections t LEFT JOIN organisations o ON o.id::text = t.organisation_id
          WHERE t.plan_id = $1`,
        [planId],
      ) as Promise<
        { workflow_id: string; responsibility_id: string; organisation_id: string; view: TaskView; organisation_name: string | null }[]
      >,
    ]);
    const names = new Map<string, string>();
    for (const n of [...assignees, ...tasks])
      if (n.organisation_id && n.organisation_name !== null) names.set(n.organisation_id, n.organisation_name);
    const rows = new Map<string, MatrixResponsibility>();
    for (const a of assignees) {
      const row = rows.get(a.id) ?? {
        id: a.id,
        label: a.duties.split('\n')[0]!.trim(),
        leadIds: [],
        coordinatorIds: [],
      };
      rows.set(a.id, row);
      if (a.organisation_id && a.role === 'lead') row.leadIds.push(a.organisation_id);
      if (a.organisation_id && a.role === 'coordinator') row.coordinatorIds.push(a.organisation_id);
    }
    const matrix = buildAssignmentMatrix(
      {
        responsibilities: [...rows.values()],
        tasks: tasks.map((t) => ({
          id: t.workflow_id,
          responsibilityId: t.responsibility_id,
          organisationId: t.organisation_id,
          state: t.view.task,
        })),
      },
      Date.now(),
      // Live statuses on the administered calendar (announced days off and swaps included).
      (await this.calendars.current()).calendar,
    );
    const organisations: Record<string, string> = {};
    for (const id of matrix.columns) {
      const name = names.get(id);
      if (name !== undefined) organisations[id] = name;
    }
    return { planId, ...matrix, organisations };
  }
}
