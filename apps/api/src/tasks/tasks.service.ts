import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TaskDetail } from '@dondoc/contracts';
import { permissionsOf } from '../auth/permissions';
import { CalendarSource } from '../calendar/calendar-source';
import { ApiError } from '../common/api-error';
import type { ListResult } from '../common/list-query.dto';
import type { SessionUser } from '../common/request-context';
import { FilesService } from '../files/files.service';
import { type TaskListQueryDto, type TaskRow, TASK_SORT_SQL, type TaskRowDto, toTaskDetail, toTaskRowDto } from './task.dto';
import { type AuditRow, type TaskHistoryDto, type TaskNotificationDto, toTaskEvents } from './task-history.dto';

export const TASK_SELECT = `SELECT t.workflow_id, t.plan_id, t.responsibility_id, t.organisation_id, o.name AS organisation_name, t.role, t.title,
  t.due_at, t.phase, t.progress, t.pending_extension, t.view, t.updated_at
  FROM task_projections t LEFT JOIN organisations o ON o.id::text = t.organisation_id`;

/**
 * Assigned tasks from their projections. Leaders (who assign and accept) see every task; a
 * department sees its own organisation's.
 */
@Injectable()
export class TasksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly files: FilesService,
    private readonly calendars: CalendarSource,
  ) {}

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
    // Deadlines are the end of a local day: "from d" keeps those ending on d, "to d" those up to d's end.
    if (query.dueFrom) add(`t.due_at > (?::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`, query.dueFrom);
    if (query.dueTo) add(`t.due_at <= ((?::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`, query.dueTo);
    if (query.overdue === true) where.push(`t.phase IN ('open', 'returned') AND t.due_at <= now()`);
    if (query.overdue === false) where.push(`NOT (t.phase IN ('open', 'returned') AND t.due_at IS NOT NULL AND t.due_at <= now())`);
    // The status is computed now (working-day calendar): filter it here, then page.
    if (query.status) return this.listByStatus(query, where, params);
    params.push(query.perPage, (query.page - 1) * query.perPage);
    const rows = (await this.dataSource.query(
      `${TASK_SELECT.replace('SELECT t.workflow_id', 'SELECT count(*) OVER ()::int AS total, t.workflow_id')}
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${TASK_SORT_SQL[query.sort]} ${query.order} NULLS LAST, t.workflow_id
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    )) as TaskRow[];
    const { calendar } = await this.calendars.current();
    const now = Date.now();
    return {
      data: rows.map((r) => toTaskRowDto(r, calendar, now)),
      total: rows[0]?.total ?? (await this.count(where, params.slice(0, -2))),
    };
  }

  private async listByStatus(
    query: TaskListQueryDto,
    where: string[],
    params: unknown[],
  ): Promise<ListResult<TaskRowDto>> {
    const rows = (await this.dataSource.query(
      `${TASK_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${TASK_SORT_SQL[query.sort]} ${query.order} NULLS LAST, t.workflow_id`,
      params,
    )) as TaskRow[];
    const { calendar } = await this.calendars.current();
    const now = Date.now();
    const matching = rows.map((r) => toTaskRowDto(r, calendar, now)).filter((r) => r.status.code === query.status);
    const start = (query.page - 1) * query.perPage;
    return { data: matching.slice(start, start + query.perPage), total: matching.length };
  }

  /**
   * The task's timeline (audit trail of its workflow), the reminders and escalations sent about
   * it, its coordinators and evidence files. Leaders see any task; a department its own.
   */
  async history(id: string, user: SessionUser): Promise<TaskHistoryDto> {
    const rows = (await this.dataSource.query(
      `SELECT organisation_id, assigned_organisation_id, coordinator_organisation_ids FROM task_projections WHERE workflow_id = $1`,
      [id],
    )) as { organisation_id: string; assigned_organisation_id: string; coordinator_organisation_ids: string[] }[];
    const task = rows[0];
    if (!task) throw new ApiError('NOT_FOUND', 'Không tìm thấy nhiệm vụ');
    const mine = task.organisation_id === user.organisationId || task.assigned_organisation_id === user.organisationId;
    if (!mine && !permissionsOf(user.roles).includes('tasks.assign'))
      throw new ApiError('FORBIDDEN', 'Nhiệm vụ không thuộc đơn vị của bạn');
    const [audit, notifications, orgs, files] = await Promise.all([
      this.dataSource.query(
        `SELECT a.action, a.actor_id, u.full_name AS actor_name, a.before, a.after, a.occurred_at
           FROM audit_events a LEFT JOIN users u ON u.id = a.actor_id
          WHERE a.object_type = 'task' AND a.object_id = $1 ORDER BY a.occurred_at, a.id`,
        [id],
      ) as Promise<AuditRow[]>,
      this.dataSource.query(
        `SELECT n.id, n.kind, n.title, n.body, n.audience, n.scheduled_for,
                COALESCE(u.full_name, o.name, p.title) AS recipient_name
           FROM notifications n
           LEFT JOIN users u ON u.id = n.recipient_user_id
           LEFT JOIN organisations o ON o.id = n.recipient_organisation_id
           LEFT JOIN positions p ON p.id = n.recipient_position_id
          WHERE n.object_type = 'task' AND n.object_id = $1 ORDER BY n.scheduled_for, n.id`,
        [id],
      ) as Promise<{ id: string; kind: string; title: string; body: string; audience: string; scheduled_for: Date; recipient_name: string | null }[]>,
      this.dataSource.query(`SELECT id::text AS id, name FROM organisations`) as Promise<{ id: string; name: string }[]>,
      this.files.listForTask(id, user),
    ]);
    const orgNames = new Map(orgs.map((o) => [o.id, o.name]));
    return {
      coordinators: (task.coordinator_organisation_ids ?? []).map((o) => ({ id: o, name: orgNames.get(o) ?? null })),
      events: toTaskEvents(audit, orgNames),
      notifications: notifications.map(
        (n): TaskNotificationDto => ({
          id: n.id,
          kind: n.kind,
          title: n.title,
          body: n.body,
          audience: n.audience,
          recipientName: n.recipient_name,
          at: n.scheduled_for.toISOString(),
        }),
      ),
      files,
    };
  }

  async get(id: string): Promise<TaskDetail> {
    const rows = (await this.dataSource.query(`${TASK_SELECT} WHERE t.workflow_id = $1`, [id])) as TaskRow[];
    if (!rows[0]) throw new ApiError('NOT_FOUND', 'Không tìm thấy nhiệm vụ');
    return toTaskDetail(rows[0], (await this.calendars.current()).calendar);
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
