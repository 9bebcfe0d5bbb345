import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DutyView } from '@dondoc/contracts';
import { permissionsOf } from '../auth/permissions';
import { ApiError } from '../common/api-error';
import type { ListResult } from '../common/list-query.dto';
import type { SessionUser } from '../common/request-context';
import { FilesService } from '../files/files.service';
import type { DutyDetailDto, DutyFigureDto, DutyListQueryDto, DutyRowDto } from './duty.dto';
import { periodLabel } from './period-label';

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

/** Past its deadline with a reporter still missing and nothing consolidated. */
const isOverdue = (view: DutyView, dueAt: Date | null, now: number): boolean =>
  dueAt !== null &&
  dueAt.getTime() <= now &&
  !view.consolidation &&
  view.submissions.some((s) => s.status !== 'submitted');

/**
 * Reporting duties from their projections: the standing agency and leaders see every duty; a
 * reporting organisation sees the duties it reports on, and only its own submission in them.
 */
@Injectable()
export class DutiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly files: FilesService,
  ) {}

  async list(query: DutyListQueryDto, user: SessionUser): Promise<ListResult<DutyRowDto>> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (!seesAll(user)) {
      params.push(user.organisationId);
      where.push(
        `EXISTS (SELECT 1 FROM duty_submission_projections s WHERE s.workflow_id = d.workflow_id AND s.organisation_id = $${params.length})`,
      );
    }
    if (query.planId) {
      params.push(query.planId);
      where.push(`d.plan_id = $${params.length}`);
    }
    if (query.overdue !== undefined) {
      where.push(`${query.overdue ? '' : 'NOT '}(d.due_at <= now() AND NOT (d.view ? 'consolidation')
        AND EXISTS (SELECT 1 FROM jsonb_array_elements(d.view->'submissions') x WHERE x->>'status' <> 'submitted'))`);
    }
    params.push(query.perPage, (query.page - 1) * query.perPage);
    const rows = (await this.dataSource.query(
      `SELECT d.*, count(*) OVER ()::int AS total FROM duty_projections d ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY d.due_at ${query.order} NULLS LAST, d.workflow_id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    )) as Row[];
    const now = Date.now();
    return {
      data: rows.map((r) => ({
        id: r.workflow_id,
        planId: r.plan_id,
        dutyId: r.duty_id,
        title: r.title,
        periodKey: r.period_key,
        periodLabel: r.period_key ? periodLabel(r.period_key) : null,
        cutOffStart: r.view.period?.cutOffStart ?? null,
        cutOffEnd: r.view.period?.cutOffEnd ?? null,
        dueAt: r.due_at ? r.due_at.toISOString() : null,
        submitted: r.view.submissions.filter((s) => s.status === 'submitted').length,
        reporters: r.view.submissions.length,
        overdue: isOverdue(r.view, r.due_at, now),
        consolidated: Boolean(r.view.consolidation),
        updatedAt: r.updated_at.toISOString(),
      })),
      total: rows[0]?.total ?? (await this.count(where, params.slice(0, -2))),
    };
  }

  async get(id: string, user: SessionUser): Promise<DutyDetailDto> {
    const rows = (await this.dataSource.query(
      `SELECT view, due_at, plan_id FROM duty_projections WHERE workflow_id = $1`,
      [id],
    )) as { view: DutyView; due_at: Date | null; plan_id: string }[];
    const row = rows[0];
    if (!row) throw new ApiError('NOT_FOUND', 'Không tìm thấy nghĩa vụ báo cáo');
    const all = seesAll(user);
    const view = row.view;
    if (!all && !view.submissions.some((s) => s.orgId === user.organisationId))
      throw new ApiError('FORBIDDEN', 'Đơn vị của bạn không báo cáo theo nghĩa vụ này');
    const [names, targets, files] = await Promise.all([
      this.dataSource.query(`SELECT id::text AS id, name FROM organisations`) as Promise<{ id: string; name: string }[]>,
      this.dataSource.query(
        `SELECT t.id::text AS key, t.text AS label, t.unit FROM plan_targets t
           JOIN plans p ON p.current_revision_id = t.revision_id
          WHERE p.id::text = $1 ORDER BY t.position`,
        [row.plan_id],
      ) as Promise<DutyFigureDto[]>,
      this.files.listForDuty(id, user),
    ]);
    const submissions = all ? view.submissions : view.submissions.filter((s) => s.orgId === user.organisationId);
    const involved = new Set([...view.submissions.map((s) => s.orgId)]);
    const organisations = Object.fromEntries(names.filter((n) => involved.has(n.id)).map((n) => [n.id, n.name]));
    // Keys a submission used that are not (or no longer) targets of the plan stay visible.
    const known = new Set(targets.map((t) => t.key));
    const extra = [...new Set(view.submissions.flatMap((s) => Object.keys(s.figures ?? {})))]
      .filter((k) => !known.has(k))
      .map((k): DutyFigureDto => ({ key: k, label: k, unit: null }));
    return {
      ...view,
      id,
      submissions,
      // A reporter does not see the others' figures through the totals either.
      consolidation: all ? view.consolidation : undefined,
      periodLabel: view.period ? periodLabel(view.period.key) : null,
      overdue: isOverdue(view, row.due_at, Date.now()),
      organisations,
      figures: [...targets, ...extra],
      files,
    };
  }

  /** Total when the requested page is past the end (no row carried the window count). */
  private async count(where: string[], params: unknown[]): Promise<number> {
    const rows = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM duty_projections d ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    )) as { n: number }[];
    return rows[0]?.n ?? 0;
  }
}

/** Leaders and the standing agency see every duty and every submission. */
function seesAll(user: SessionUser): boolean {
  const perms = permissionsOf(user.roles);
  return perms.includes('duties.manage') || perms.includes('duties.consolidate') || perms.includes('tasks.assign');
}
