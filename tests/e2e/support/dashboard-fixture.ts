// A plan with two targets, six lead tasks (two plans) and one duty period with submissions, written
// the way the worker writes them (projection store, audit log): what the dashboard aggregates.
import { PostgresProjectionStore, TypeOrmAuditLog } from '@dondoc/activities';
import type { DutyView, TaskView } from '@dondoc/contracts';
import type { DataSource } from 'typeorm';

const DAY = 24 * 3600 * 1000;

export interface DashboardFixture {
  planId: string;
  targetIds: string[];
  /** Organisation id by demo username. */
  orgs: Record<string, string>;
}

/**
 * vhxh: two overdue tasks; taichinh: one completed on time, one late, one in time; one task of
 * another plan; period 2027-H1 with vhxh submitted (30 for target 1, after a resubmission) and
 * taichinh submitted figures through the audit trail (2 and 4) but still open in the projection.
 */
export async function seedDashboardFixture(ds: DataSource, now = Date.now()): Promise<DashboardFixture> {
  const rows: { username: string; organisation_id: string }[] = await ds.query(`SELECT username, organisation_id FROM users`);
  const orgs: Record<string, string> = Object.fromEntries(rows.map((r) => [r.username, r.organisation_id]));
  const [{ id: planId }] = await ds.query(
    `INSERT INTO plans (document_type, title, status, source, year) VALUES ('KH', 'Kế hoạch giảm nghèo bền vững 2027', 'issued', 'imported', 2027) RETURNING id`,
  );
  const [{ id: revisionId }] = await ds.query(`INSERT INTO plan_revisions (plan_id, number, snapshot) VALUES ($1, 1, '{}') RETURNING id`, [planId]);
  await ds.query(`UPDATE plans SET current_revision_id = $2 WHERE id = $1`, [planId, revisionId]);
  const targets: { id: string }[] = await ds.query(
    `INSERT INTO plan_targets (revision_id, position, text, baseline, value, comparator, unit) VALUES
       ($1, 1, 'Giảm số hộ nghèo còn 20 hộ', 40, 20, 'lte', 'hộ'),
       ($1, 2, 'Mở 10 lớp dạy nghề', 0, 10, 'gte', 'lớp')
     RETURNING id`,
    [revisionId],
  );
  const targetIds = targets.map((t) => t.id);

  const store = new PostgresProjectionStore(ds);
  const task = (n: number, org: string, dueAt: number, phase: TaskView['task']['phase'] = 'open', submittedAt?: number, plan = planId): TaskView => ({
    workflowId: `task:${plan}:r${n}:${org}`,
    planId: plan,
    responsibilityId: `r${n}`,
    orgId: org,
    title: `Nhiệm vụ ${n}`,
    role: 'lead',
    task: {
      phase,
      ownerUnitId: org,
      dueAt: new Date(dueAt).toISOString(),
      progress: phase === 'accepted' ? 100 : 10,
      reassignments: [],
      ...(submittedAt ? { submittedAt: new Date(submittedAt).toISOString() } : {}),
    },
    status: { code: 'inProgress', label: 'Đang thực hiện trong hạn', overdue: false },
    assignedAt: new Date(now - 60 * DAY).toISOString(),
    nextNotificationAt: null,
    reportCount: 0,
    calendarVersion: 'test',
  });
  const v = orgs.vhxh!;
  const t = orgs.taichinh!;
  for (const view of [
    task(1, v, now - 3 * DAY), // overdue
    task(2, v, now - 2 * DAY), // overdue
    task(3, t, now - 5 * DAY, 'accepted', now - 6 * DAY), // completed on time
    task(4, t, now - 5 * DAY, 'accepted', now - 4 * DAY), // completed late
    task(5, t, now + 90 * DAY), // in time
    task(6, t, now - 9 * DAY, 'open', undefined, 'another-plan'), // another plan's
  ]) {
    await store.save({ kind: 'task', view });
  }
  const duty: DutyView = {
    workflowId: `duty:${planId}:d1`,
    planId,
    dutyId: 'd1',
    title: 'Báo cáo 6 tháng',
    period: {
      key: '2027-H1',
      cutOffStart: '2026-12-15',
      cutOffEnd: '2027-06-14',
      dueDate: '2027-06-04',
      dueAt: '2027-06-04T17:00:00.000Z',
      ruleText: 'trước ngày 05/6',
      calendarVersion: 'test',
      estimate: true,
    },
    submissions: [
      { orgId: v, status: 'submitted', submittedAt: '2027-06-01T03:00:00.000Z', figures: { [targetIds[0]!]: 30 } },
      { orgId: t, status: 'open' },
    ],
    closedPeriods: [],
    schedule: [{ key: '2027-H1', dueDate: '2027-06-04' }],
  };
  await store.save({ kind: 'duty', view: duty });
  const audit = new TypeOrmAuditLog(ds);
  const submit = (org: string, figures: Record<string, number>, at: string) =>
    audit.append({ actorId: null, action: 'duty.submit', objectType: 'duty', objectId: duty.workflowId, after: { period: '2027-H1', orgId: org, status: 'submitted', figures }, at });
  await submit(v, { [targetIds[0]!]: 33 }, '2027-05-30T03:00:00.000Z');
  await submit(v, { [targetIds[0]!]: 30 }, '2027-06-01T03:00:00.000Z'); // resubmission replaces
  await submit(t, { [targetIds[0]!]: 2, [targetIds[1]!]: 4 }, '2027-06-02T03:00:00.000Z');
  return { planId, targetIds, orgs };
}
