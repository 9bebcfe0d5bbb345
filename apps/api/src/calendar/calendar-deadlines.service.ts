import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TaskView } from '@dondoc/contracts';
import { endOfLocalDay, localDateOfDeadline, parseIsoDate, startOfLocalDay, taskStatus, toIsoDate } from '@dondoc/domain';
import { permissionsOf } from '../auth/permissions';
import { ApiError } from '../common/api-error';
import { DUE_SOON_WORKING_DAYS } from '../tasks/task-status';
import type { SessionUser } from '../common/request-context';
import type { CalendarDeadlineDto, CalendarDeadlinesQueryDto } from './calendar-deadlines.dto';
import { CalendarSource } from './calendar-source';

/** A month view needs six weeks; a year is the most one call may ask for. */
const MAX_DAYS = 366;
const LIMIT = 2000;

const SUBMISSION_LABELS: Record<string, string> = { open: 'Chưa gửi báo cáo', overdue: 'Quá hạn gửi báo cáo', submitted: 'Đã gửi báo cáo' };

interface TaskRow {
  workflow_id: string;
  plan_id: string;
  organisation_id: string;
  organisation_name: string | null;
  title: string;
  due_at: Date;
  view: TaskView;
}
interface SubmissionRow {
  workflow_id: string;
  period_key: string;
  organisation_id: string;
  organisation_name: string | null;
  plan_id: string;
  title: string;
  status: string;
  due_at: Date;
}

/**
 * Deadlines of tasks and duty submissions between two local days, from the workflows' projections,
 * with the statuses recomputed now on the calendar in force. Scopes: `mine` is what the inbox shows
 * the caller (their organisation's open work, and tasks awaiting their decision as the plan's
 * signer); `org` is all of their organisation's deadlines, done or not, as lead or coordinator;
 * `all` is everyone's, for those who see every task (leaders, standing agencies, admin).
 */
@Injectable()
export class CalendarDeadlinesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly source: CalendarSource,
  ) {}

  async list(query: CalendarDeadlinesQueryDto, user: SessionUser): Promise<CalendarDeadlineDto[]> {
    const [from, to] = [query.from, query.to].map((d, i) => {
      try {
        return parseIsoDate(d);
      } catch {
        throw new ApiError('VALIDATION_FAILED', `Ngày ${d} không tồn tại`, [{ field: i ? 'to' : 'from', message: `Ngày ${d} không tồn tại` }]);
      }
    }) as [ReturnType<typeof parseIsoDate>, ReturnType<typeof parseIsoDate>];
    const lower = startOfLocalDay(from);
    const upper = endOfLocalDay(to);
    const days = (upper.getTime() - lower.getTime()) / 86_400_000;
    if (days <= 0 || days > MAX_DAYS) {
      throw new ApiError('VALIDATION_FAILED', `Khoảng ngày phải từ 1 đến ${MAX_DAYS} ngày, "từ ngày" không sau "đến ngày"`, [{ field: 'to', message: `Khoảng ngày phải từ 1 đến ${MAX_DAYS} ngày` }]);
    }
    const perms = permissionsOf(user.roles);
    const seesAll = perms.includes('tasks.assign') || perms.includes('duties.manage') || perms.includes('duties.consolidate');
    if (query.scope === 'all' && !seesAll) throw new ApiError('FORBIDDEN', 'Bạn chỉ xem được hạn của cơ quan mình');
    const { calendar } = await this.source.current();
    const now = Date.now();
    // Deadlines end at 24:00 local: (start of `from`, end of `to`].
    const range = [lower, upper];
    const items = [...(await this.tasks(query.scope, user, range, perms.includes('tasks.assign'))).map((r): CalendarDeadlineDto => {
      const status = taskStatus(r.view.task, now, calendar, { dueSoonWorkingDays: DUE_SOON_WORKING_DAYS });
      return {
        id: r.workflow_id,
        kind: 'task',
        workflowId: r.workflow_id,
        planId: r.plan_id,
        title: r.title,
        date: toIsoDate(localDateOfDeadline(r.due_at)),
        dueAt: r.due_at.toISOString(),
        organisationId: r.organisation_id,
        organisationName: r.organisation_name,
        statusCode: status.code,
        statusLabel: status.label,
        done: status.code === 'completedOnTime' || status.code === 'completedLate',
        overdue: status.overdue,
      };
    }), ...(await this.submissions(query.scope, user, range)).map((r): CalendarDeadlineDto => {
      const overdue = r.status === 'overdue' || (r.status === 'open' && now >= r.due_at.getTime());
      const code = r.status === 'submitted' ? 'submitted' : overdue ? 'overdue' : 'open';
      return {
        id: `${r.workflow_id}#${r.period_key}#${r.organisation_id}`,
        kind: 'duty',
        workflowId: r.workflow_id,
        planId: r.plan_id,
        title: `${r.title} (${r.period_key})`,
        date: toIsoDate(localDateOfDeadline(r.due_at)),
        dueAt: r.due_at.toISOString(),
        organisationId: r.organisation_id,
        organisationName: r.organisation_name,
        statusCode: code,
        statusLabel: SUBMISSION_LABELS[code]!,
        done: code === 'submitted',
        overdue,
      };
    })];
    return items.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.title.localeCompare(b.title, 'vi') || a.id.localeCompare(b.id));
  }

  private async tasks(scope: CalendarDeadlinesQueryDto['scope'], user: SessionUser, [lower, upper]: Date[], supervises: boolean): Promise<TaskRow[]> {
    const who =
      scope === 'all'
        ? 'TRUE'
        : scope === 'org'
          ? `(t.organisation_id = $3 OR $3 = ANY(t.coordinator_organisation_ids))`
          : `((t.organisation_id = $3 AND t.phase IN ('open', 'returned'))
              OR ($4 AND (t.phase = 'submitted' OR t.pending_extension)
                  AND EXISTS (SELECT 1 FROM plan_workflow_states p WHERE p.plan_id = t.plan_id AND p.people->>'signer' = $5)))`;
    return (await this.dataSource.query(
      `SELECT t.workflow_id, t.plan_id, t.organisation_id, o.name AS organisation_name, t.title, t.due_at, t.view
         FROM task_projections t LEFT JOIN organisations o ON o.id::text = t.organisation_id
        WHERE t.due_at > $1 AND t.due_at <= $2 AND ${who}
        ORDER BY t.due_at LIMIT ${LIMIT}`,
      scope === 'all' ? [lower, upper] : scope === 'org' ? [lower, upper, user.organisationId] : [lower, upper, user.organisationId, supervises, user.id],
    )) as TaskRow[];
  }

  private async submissions(scope: CalendarDeadlinesQueryDto['scope'], user: SessionUser, [lower, upper]: Date[]): Promise<SubmissionRow[]> {
    const who = scope === 'all' ? 'TRUE' : scope === 'org' ? 's.organisation_id = $3' : `s.organisation_id = $3 AND s.status <> 'submitted'`;
    return (await this.dataSource.query(
      `SELECT s.workflow_id, s.period_key, s.organisation_id, o.name AS organisation_name, s.plan_id, s.title, s.status, s.due_at
         FROM duty_submission_projections s LEFT JOIN organisations o ON o.id::text = s.organisation_id
        WHERE s.due_at > $1 AND s.due_at <= $2 AND ${who}
        ORDER BY s.due_at LIMIT ${LIMIT}`,
      scope === 'all' ? [lower, upper] : [lower, upper, user.organisationId],
    )) as SubmissionRow[];
  }
}
