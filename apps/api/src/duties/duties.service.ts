import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DutyView } from '@dondoc/contracts';
import { permissionsOf } from '../auth/permissions';
import { ApiError } from '../common/api-error';
import type { ListResult } from '../common/list-query.dto';
import type { SessionUser } from '../common/request-context';
import type { DutyListQueryDto, DutyRowDto } from './duty.dto';

interface Row {
  workflow_id: string;
  plan_id: string;
  duty_id: string;
  title: string;
  period_key: string | null;
  due_at: Date | null;
  view: DutyView;
  updated_at: Date;
  total: number;
}

/**
 * Reporting duties from their projections: the standing agency and leaders see every duty; a
 * reporting organisation sees the duties it reports on.
 */
@Injectable()
export class DutiesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: DutyListQueryDto, user: SessionUser): Promise<ListResult<DutyRowDto>> {
    const perms = permissionsOf(user.roles);
    const all =
      perms.includes('duties.manage') || perms.includes('duties.consolidate') || perms.includes('tasks.assign');
    const params: unknown[] = [];
    const where: string[] = [];
    if (!all) {
      params.push(user.organisationId);
      where.push(
        `EXISTS (SELECT 1 FROM duty_submission_projections s WHERE s.workflow_id = d.workflow_id AND s.organisation_id = $${params.length})`,
      );
    }
    if (query.planId) {
      params.push(query.planId);
      where.push(`d.plan_id = $${params.length}`);
    }
    params.push(query.perPage, (query.page - 1) * query.perPage);
    const rows = (await this.dataSource.query(
      `SELECT d.*, count(*) OVER ()::int AS total FROM duty_projections d ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY d.due_at ${query.order} NULLS LAST, d.workflow_id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    )) as Row[];
    return {
      data: rows.map((r) => ({
        id: r.workflow_id,
        planId: r.plan_id,
        dutyId: r.duty_id,
        title: r.title,
        periodKey: r.period_key,
        dueAt: r.due_at ? r.due_at.toISOString() : null,
        submitted: r.view.submissions.filter((s) => s.status === 'submitted').length,
        reporters: r.view.submissions.length,
        updatedAt: r.updated_at.toISOString(),
      })),
      total: rows[0]?.total ?? 0,
    };
  }

  async get(id: string): Promise<DutyView & { id: string }> {
    const rows = (await this.dataSource.query(`SELECT view FROM duty_projections WHERE workflow_id = $1`, [id])) as {
      view: DutyView;
    }[];
    if (!rows[0]) throw new ApiError('NOT_FOUND', 'Không tìm thấy nghĩa vụ báo cáo');
    return { ...rows[0].view, id };
  }
}
