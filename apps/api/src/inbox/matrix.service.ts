import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TaskView } from '@dondoc/contracts';
import {
  type AssignmentMatrix,
  buildAssignmentMatrix,
  type MatrixResponsibility,
  WorkingCalendar,
} from '@dondoc/domain';
import { ApiError } from '../common/api-error';

/** The assignment matrix of a plan with organisation names for the column headers. */
export interface PlanMatrix extends AssignmentMatrix {
  planId: string;
  organisations: Record<string, string>;
}

/**
 * Rows = responsibilities of the plan's current revision (leads/coordinators resolved to
 * organisations), columns = organisations, cells = role with the task's live status and deadline,
 * from the task projections. Built by `buildAssignmentMatrix` of the domain.
 */
@Injectable()
export class MatrixService {
  constructor(private readonly dataSource: DataSource) {}

  async get(planId: string): Promise<PlanMatrix> {
    const plan = (await this.dataSource.query(`SELECT current_revision_id FROM plans WHERE id = $1`, [planId])) as {
      current_revision_id: string | null;
    }[];
    if (!plan[0]) throw new ApiError('NOT_FOUND');
    const assignees = plan[0].current_revision_id
      ? ((await this.dataSource.query(
          `SELECT r.id, r.duties, a.role, a.organisation_id
             FROM plan_responsibilities r LEFT JOIN responsibility_assignees a ON a.responsibility_id = r.id AND a.organisation_id IS NOT NULL
            WHERE r.revision_id = $1 ORDER BY r.position, a.role, a.position`,
          [plan[0].current_revision_id],
        )) as { id: string; duties: string; role: 'lead' | 'coordinator' | null; organisation_id: string | null }[])
      : [];
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
    const tasks = (await this.dataSource.query(
      `SELECT workflow_id, responsibility_id, organisation_id, view FROM task_projections WHERE plan_id = $1`,
      [planId],
    )) as {
      workflow_id: string;
      responsibility_id: string;
      organisation_id: string;
      view: TaskView;
    }[];
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
      WorkingCalendar.default(),
    );
    const names = (await this.dataSource.query(
      `SELECT id::text, name FROM organisations WHERE id::text = ANY($1::text[])`,
      [matrix.columns],
    )) as { id: string; name: string }[];
    return { planId, ...matrix, organisations: Object.fromEntries(names.map((n) => [n.id, n.name])) };
  }
}
