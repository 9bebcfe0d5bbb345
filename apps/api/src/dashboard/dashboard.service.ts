import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TaskView } from '@dondoc/contracts';
import { CalendarSource } from '../calendar/calendar-source';
import { ApiError } from '../common/api-error';
import { liveTaskStatus } from '../tasks/task-status';
import {
  completionRate,
  countTasksByOrganisation,
  reportedFigures,
  submissionsByPeriod,
  targetProgress,
  type ReportEvent,
  type TargetFact,
} from './dashboard-aggregates';
import type { DashboardDto, DashboardQueryDto } from './dashboard.dto';

/** The deadline's year in Vietnam time (a deadline is 24:00 ICT, i.e. 17:00Z the same day). */
const YEAR_OF = (column: string) => `extract(year FROM ${column} AT TIME ZONE 'Asia/Ho_Chi_Minh' - interval '1 second')::int`;

/**
 * Reads the workflows' projections (and the audit trail for reported figures) and aggregates
 * them with the pure functions of dashboard-aggregates.ts; statuses are recomputed now with the
 * calendar in force.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendars: CalendarSource,
  ) {}

  async get(query: DashboardQueryDto, now = Date.now()): Promise<DashboardDto> {
    const planId = query.planId ?? null;
    const year = query.year ?? null;
    if (planId && !(await this.planExists(planId))) throw new ApiError('NOT_FOUND', 'Không tìm thấy kế hoạch');
    const tasks = (await this.dataSource.query(
      `SELECT t.organisation_id, o.name AS organisation_name, t.view
         FROM task_projections t LEFT JOIN organisations o ON o.id::text = t.organisation_id
        WHERE t.role = 'lead' AND ($1::text IS NULL OR t.plan_id = $1) AND ($2::int IS NULL OR ${YEAR_OF('t.due_at')} = $2)`,
      [planId, year],
    )) as { organisation_id: string; organisation_name: string | null; view: TaskView }[];
    const { calendar } = await this.calendars.current();
    const facts = tasks.map((t) => ({
      organisationId: t.organisation_id,
      organisationName: t.organisation_name,
      status: liveTaskStatus(t.view.task, calendar, now).code,
    }));
    const submissions = (await this.dataSource.query(
      `SELECT period_key, due_at, status, late FROM duty_submission_projections
        WHERE ($1::text IS NULL OR plan_id = $1) AND ($2::int IS NULL OR ${YEAR_OF('due_at')} = $2)`,
      [planId, year],
    )) as { period_key: string; due_at: Date | null; status: 'open' | 'overdue' | 'submitted'; late: boolean }[];
    return {
      generatedAt: new Date(now).toISOString(),
      planId,
      year,
      tasksByOrganisation: countTasksByOrganisation(facts),
      completion: completionRate(facts),
      submissionsByPeriod: submissionsByPeriod(
        submissions.map((s) => ({
          periodKey: s.period_key,
          dueAt: s.due_at ? s.due_at.toISOString() : null,
          // "open" past its deadline is overdue now even if the workflow has not said so yet.
          status: s.status === 'open' && s.due_at && s.due_at.getTime() <= now ? 'overdue' : s.status,
          late: s.late,
        })),
      ),
      targets: planId ? targetProgress(await this.targets(planId), reportedFigures(await this.reportEvents(planId))) : [],
    };
  }

  private async planExists(planId: string): Promise<boolean> {
    return ((await this.dataSource.query(`SELECT 1 FROM plans WHERE id = $1`, [planId])) as unknown[]).length > 0;
  }

  private async targets(planId: string): Promise<TargetFact[]> {
    const rows = (await this.dataSource.query(
      `SELECT t.id, t.text, t.unit, t.comparator, t.baseline, t.value
         FROM plans p JOIN plan_targets t ON t.revision_id = p.current_revision_id
        WHERE p.id = $1 ORDER BY t.position`,
      [planId],
    )) as { id: string; text: string; unit: string | null; comparator: string | null; baseline: number | null; value: number | null }[];
    return rows.map((r) => ({ targetId: r.id, text: r.text, unit: r.unit, comparator: r.comparator, baseline: r.baseline, target: r.value }));
  }

  /** Submissions and consolidations of the plan's duties, from the append-only audit trail (it keeps every period). */
  private async reportEvents(planId: string): Promise<ReportEvent[]> {
    const rows = (await this.dataSource.query(
      `SELECT action, object_id, after, occurred_at FROM audit_events
        WHERE object_type = 'duty' AND object_id LIKE $1 AND action IN ('duty.submit', 'duty.consolidate')`,
      [`duty:${planId.replace(/[\\%_]/g, (c) => `\\${c}`)}:%`],
    )) as { action: string; object_id: string; after: Record<string, unknown> | null; occurred_at: Date }[];
    return rows.flatMap((r): ReportEvent[] => {
      const after = r.after ?? {};
      const figures = (r.action === 'duty.consolidate' ? after.totals : after.figures) as Record<string, number> | undefined;
      if (typeof after.period !== 'string' || !figures) return [];
      return [
        {
          kind: r.action === 'duty.consolidate' ? 'consolidate' : 'submit',
          dutyId: r.object_id,
          periodKey: after.period,
          orgId: typeof after.orgId === 'string' ? after.orgId : null,
          figures: Object.fromEntries(Object.entries(figures).filter(([, v]) => typeof v === 'number' && Number.isFinite(v))),
          // The workflow's own time of the step (the audit row's insert time may lag it).
          at: typeof after.at === 'string' ? after.at : r.occurred_at.toISOString(),
        },
      ];
    });
  }
}
