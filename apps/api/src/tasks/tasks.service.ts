import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TaskView } from '@dondoc/contracts';
import { permissionsOf } from '../auth/permissions';
import { ApiError } from '../common/api-error';
import type { ListResult } from '../common/list-query.dto';
import type { SessionUser } from '../common/request-context';
import { type TaskListQueryDto, type TaskRow, type TaskRowDto, toTaskDetail, toTaskRowDto } from './task.dto';

export const TASK_SELECT = `SELECT t.workflow_id, t.plan_id, t.responsibility_id, t.organisation_id, o.name AS organisation_name, t.role, t.title,
  t.due_at, t.phase, t.progress, t.pending_extension, t.view, t.updated_at
  FROM task_projections t LEFT JOIN organisations o ON o.id::text = t.organisation_id`;

/**
 * Assigned tasks from their projections. Leaders (who assign and accept) see every task; a
 * department sees its own organisation's.
 */
@Injectable()
export class TasksService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: TaskListQueryDto, user: SessionUser): Promise<ListResult<TaskRowDto>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (!permissionsOf(user.roles).includes('tasks.assign')) add('t.organisation_id = ?', user.organisationId);
    if (query.planId) add('t.plan_id = ?', query.planId);
    if (query.organisationId) add('t.organisation_id = ?', query.organisationId);
    if (query.phase) add('t.phase = ?', query.phase);
    if (query.q) add(`dondoc_unaccent(t.title) LIKE '%' || dondoc_unaccent(?) || '%'`, query.q);
    params.push(query.perPage, (query.page - 1) * query.perPage);
    const rows = (await this.dataSource.query(
      `${TASK_SELECT.replace('SELECT t.workflow_id', 'SELECT count(*) OVER ()::int AS total, t.workflow_id')}
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY t.due_at ${query.order} NULLS LAST, t.workflow_id
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    )) as TaskRow[];
    const now = Date.now();
    return {
      data: rows.map((r) => toTaskRowDto(r, now)),
      total: rows[0]?.total ?? (await this.count(where, params.slice(0, -2))),
    };
  }

  async get(id: string): Promise<TaskView & { id: string; organisationName: string | null }> {
    const rows = (await this.dataSource.query(`${TASK_SELECT} WHERE t.workflow_id = $1`, [id])) as TaskRow[];
    if (!rows[0]) throw new ApiError('NOT_FOUND', 'Không tìm thấy nhiệm vụ');
    return toTaskDetail(rows[0]);
  }

  /** Total when the requested page is past the end (no row carried the window count). */
  private async count(where: string[], params: unknown[]): Promise<number> {
    const rows = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM task_projections t ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    )) as { n: number }[];
    return rows[0]?.n ?? 0;
  }
}
