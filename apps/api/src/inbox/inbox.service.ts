import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InboxAction, PlanView, TaskView } from '@dondoc/contracts';
import { PLAN_STATUS_LABELS, type PlanStatus, type WorkingCalendar } from '@dondoc/domain';
import { permissionsOf } from '../auth/permissions';
import { CalendarSource } from '../calendar/calendar-source';
import type { ListResult } from '../common/list-query.dto';
import type { SessionUser } from '../common/request-context';
import { deadlineState, liveTaskStatus } from '../tasks/task-status';
import { INBOX_ACTIONS, type InboxItemDto, type InboxQueryDto } from './inbox.dto';

/** At most this many candidate rows per source are considered (an organisation's open work is far less). */
const CANDIDATES = 2000;

const PLAN_STEP_FOR: Partial<Record<PlanStatus, { role: string; action: InboxAction }>> = {
  contentReview: { role: 'drafterUnitHead', action: 'reviewContent' },
  formatCheck: { role: 'formatChecker', action: 'checkFormat' },
  awaitingApproval: { role: 'signer', action: 'approve' },
  approved: { role: 'signer', action: 'sign' },
  signed: { role: 'clerk', action: 'number' },
  numbered: { role: 'clerk', action: 'issue' },
};

const SUBMISSION_LABELS: Record<string, string> = { open: 'Chưa gửi báo cáo', overdue: 'Quá hạn gửi báo cáo' };

/**
 * "Việc của tôi": what waits for the caller, read from the workflows' projections — tasks of the
 * caller's organisation still to do, tasks awaiting the caller's acceptance or extension decision
 * (plans they sign), duty periods their organisation must report, and plan steps in their role.
 * Statuses are recomputed now with the calendar in force (read once per request), then filtered
 * and paginated.
 */
@Injectable()
export class InboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendars: CalendarSource,
  ) {}

  async list(query: InboxQueryDto, user: SessionUser): Promise<ListResult<InboxItemDto>> {
    const now = Date.now();
    const { calendar } = await this.calendars.current();
    const items = [
      ...(await this.tasks(user, calendar, now)),
      ...(await this.duties(user, calendar, now)),
      ...(await this.plans(user, calendar, now)),
    ];
    const wanted = items.filter((i) =>
      query.filter === 'overdue' ? i.overdue : query.filter === 'due-soon' ? i.dueSoon : true,
    );
    const dir = query.order === 'DESC' ? -1 : 1;
    wanted.sort((a, b) =>
      a.dueAt === b.dueAt
        ? a.id.localeCompare(b.id)
        : a.dueAt === null
          ? 1
          : b.dueAt === null
            ? -1
            : dir * a.dueAt.localeCompare(b.dueAt),
    );
    const start = (query.page - 1) * query.perPage;
    return { data: wanted.slice(start, start + query.perPage), total: wanted.length };
  }

  private async tasks(user: SessionUser, calendar: WorkingCalendar, now: number): Promise<InboxItemDto[]> {
    const supervises = permissionsOf(user.roles).includes('tasks.assign');
    const rows = (await this.dataSource.query(
      `SELECT t.workflow_id, t.plan_id, t.organisation_id, t.title, t.due_at, t.phase, t.progress, t.pending_extension, t.view, t.updated_at
         FROM task_projections t
        WHERE (t.organisation_id = $1 AND t.phase IN ('open', 'returned'))
           OR ($2 AND (t.phase = 'submitted' OR t.pending_extension)
               AND EXISTS (SELECT 1 FROM plan_workflow_states p WHERE p.plan_id = t.plan_id AND p.people->>'signer' = $3))
        LIMIT ${CANDIDATES}`,
      [user.organisationId, supervises, user.id],
    )) as {
      workflow_id: string;
      plan_id: string;
      organisation_id: string;
      title: string;
      due_at: Date | null;
      phase: string;
      progress: number;
      pending_extension: boolean;
      view: TaskView;
      updated_at: Date;
    }[];
    return rows.map((r) => {
      const mine = r.organisation_id === user.organisationId && (r.phase === 'open' || r.phase === 'returned');
      const status = liveTaskStatus(r.view.task, calendar, now);
      const action: InboxAction = mine ? 'report' : r.phase === 'submitted' ? 'accept' : 'decideExtension';
      const open = mine || action === 'decideExtension';
      return {
        id: r.workflow_id,
        kind: 'task' as const,
        workflowId: r.workflow_id,
        planId: r.plan_id,
        title: r.title,
        organisationId: r.organisation_id,
        dueAt: r.due_at ? r.due_at.toISOString() : null,
        statusCode: status.code,
        statusLabel: status.label,
        overdue: open && status.overdue,
        dueSoon: open && status.code === 'dueSoon',
        progress: r.progress,
        action,
        actionLabel: INBOX_ACTIONS[action],
        updatedAt: r.updated_at.toISOString(),
      };
    });
  }

  private async duties(user: SessionUser, calendar: WorkingCalendar, now: number): Promise<InboxItemDto[]> {
    const rows = (await this.dataSource.query(
      `SELECT workflow_id, period_key, organisation_id, plan_id, title, status, due_at, updated_at
         FROM duty_submission_projections WHERE organisation_id = $1 AND status <> 'submitted' LIMIT ${CANDIDATES}`,
      [user.organisationId],
    )) as {
      workflow_id: string;
      period_key: string;
      organisation_id: string;
      plan_id: string;
      title: string;
      status: string;
      due_at: Date | null;
      updated_at: Date;
    }[];
    return rows.map((r) => {
      const d = deadlineState(r.due_at, calendar, now);
      const overdue = d === 'overdue' || r.status === 'overdue';
      return {
        id: `${r.workflow_id}#${r.period_key}`,
        kind: 'duty' as const,
        workflowId: r.workflow_id,
        planId: r.plan_id,
        title: `${r.title} (${r.period_key})`,
        organisationId: r.organisation_id,
        dueAt: r.due_at ? r.due_at.toISOString() : null,
        statusCode: overdue ? 'overdue' : 'open',
        statusLabel: overdue ? SUBMISSION_LABELS.overdue! : SUBMISSION_LABELS.open!,
        overdue,
        dueSoon: !overdue && d === 'dueSoon',
        progress: null,
        action: 'submitReport' as const,
        actionLabel: INBOX_ACTIONS.submitReport,
        updatedAt: r.updated_at.toISOString(),
      };
    });
  }

  private async plans(user: SessionUser, calendar: WorkingCalendar, now: number): Promise<InboxItemDto[]> {
    const isClerk = user.roles.includes('clerk');
    const rows = (await this.dataSource.query(
      `SELECT plan_id, workflow_id, status, people, view, updated_at FROM plan_workflow_states
        WHERE (status = 'contentReview' AND people->>'drafterUnitHead' = $1)
           OR (status = 'formatCheck' AND people->>'formatChecker' = $1)
           OR (status IN ('awaitingApproval', 'approved') AND people->>'signer' = $1)
           OR (status IN ('signed', 'numbered') AND (people->>'clerk' = $1 OR (people->>'clerk' IS NULL AND $2)))
        LIMIT ${CANDIDATES}`,
      [user.id, isClerk],
    )) as {
      plan_id: string;
      workflow_id: string;
      status: PlanStatus;
      people: Record<string, string>;
      view: PlanView | null;
      updated_at: Date;
    }[];
    const out: InboxItemDto[] = [];
    for (const r of rows) {
      const step = PLAN_STEP_FOR[r.status];
      if (!step) continue;
      const assigned = r.people[step.role];
      const mine = step.role === 'clerk' ? (assigned ? assigned === user.id : isClerk) : assigned === user.id;
      if (!mine) continue;
      const dueAt = r.status === 'signed' ? (r.view?.numberingDueAt ?? null) : null;
      const d = deadlineState(dueAt, calendar, now);
      out.push({
        id: r.workflow_id,
        kind: 'plan',
        workflowId: r.workflow_id,
        planId: r.plan_id,
        title: r.view?.title ?? r.plan_id,
        organisationId: null,
        dueAt,
        statusCode: r.status,
        statusLabel: PLAN_STATUS_LABELS[r.status],
        overdue: d === 'overdue',
        dueSoon: d === 'dueSoon',
        progress: null,
        action: step.action,
        actionLabel: INBOX_ACTIONS[step.action],
        updatedAt: r.updated_at.toISOString(),
      });
    }
    return out;
  }
}
