// Read models and in-app notifications on real Postgres, written by the activities' Postgres ports.
import {
  createActivities,
  InMemoryNumberRegister,
  PostgresNotifier,
  PostgresProjectionStore,
  TypeOrmAuditLog,
} from '@dondoc/activities';
import type { DutyView, NotificationRequest, TaskView } from '@dondoc/contracts';
import { createTestDatabase, type TestDatabase } from '@dondoc/testing';

describe('workflow read models and notifications', () => {
  let db: TestDatabase;
  let activities: ReturnType<typeof createActivities>;
  beforeAll(async () => {
    db = await createTestDatabase({ seeded: true });
    activities = createActivities({
      notifier: new PostgresNotifier(db.dataSource),
      projections: new PostgresProjectionStore(db.dataSource),
      auditLog: new TypeOrmAuditLog(db.dataSource),
      numberRegister: new InMemoryNumberRegister(),
    });
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('keeps the latest task view per workflow id, with the owning organisation and due date', async () => {
    await activities.saveProjection({ kind: 'task', view: taskView({ progress: 0 }) });
    await activities.saveProjection({ kind: 'task', view: taskView({ progress: 60, ownerUnitId: 'org-b' }) });
    const rows = await db.dataSource.query(`SELECT * FROM task_projections WHERE workflow_id = 'task:p1:r1:org-a'`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      plan_id: 'p1',
      responsibility_id: 'r1',
      organisation_id: 'org-b',
      assigned_organisation_id: 'org-a',
      progress: 60,
      status_code: 'inProgress',
      status_label: 'Đang thực hiện trong hạn',
      phase: 'open',
    });
    expect((rows[0].due_at as Date).toISOString()).toBe('2026-12-18T17:00:00.000Z');
    expect(rows[0].view.task.progress).toBe(60);
  });

  it('projects a duty period with one row per reporting organisation', async () => {
    await activities.saveProjection({ kind: 'duty', view: dutyView('open') });
    await activities.saveProjection({ kind: 'duty', view: dutyView('submitted') });
    const subs = await db.dataSource.query(
      `SELECT organisation_id, status, late FROM duty_submission_projections ORDER BY organisation_id`,
    );
    expect(subs).toEqual([
      { organisation_id: 'org-a', status: 'submitted', late: false },
      { organisation_id: 'org-b', status: 'open', late: false },
    ]);
    const duty = await db.dataSource.query(`SELECT period_key, due_at FROM duty_projections`);
    expect(duty).toEqual([{ period_key: '2026-H1', due_at: new Date('2026-06-04T17:00:00.000Z') }]);
  });

  it('stores a notification once per key and resolves the recipient to a user or an organisation', async () => {
    const [user] = await db.dataSource.query(`SELECT id, organisation_id FROM users WHERE username = 'vhxh'`);
    const base: NotificationRequest = {
      key: 'task:p1:r1:org-a:T-5@2026-12-18T17:00:00.000Z',
      recipientId: user.id,
      audience: 'owner',
      kind: 'reminder',
      messageVi: 'Nhắc việc: "Rà soát hộ nghèo" — hạn hết ngày 18/12/2026',
      subject: { type: 'task', workflowId: 'task:p1:r1:org-a' },
      scheduledFor: '2026-12-11T01:00:00.000Z',
      sentAt: '2026-12-11T01:00:00.000Z',
    };
    await activities.sendNotification(base);
    await activities.sendNotification(base);
    await activities.sendNotification({ ...base, key: 'k2', recipientId: user.organisation_id, kind: 'escalation' });
    await activities.sendNotification({ ...base, key: 'k3', recipientId: 'p-not-a-uuid', kind: 'overdue' });
    const rows = await db.dataSource.query(
      `SELECT key, recipient_user_id, recipient_organisation_id, kind, title, body, read_at FROM notifications ORDER BY created_at, key`,
    );
    expect(rows).toHaveLength(3);
    expect(rows.find((r: { key: string }) => r.key === base.key)).toMatchObject({
      recipient_user_id: user.id,
      recipient_organisation_id: null,
      kind: 'reminder',
      title: 'Nhắc việc',
      read_at: null,
    });
    expect(rows.find((r: { key: string }) => r.key === 'k2')).toMatchObject({
      recipient_user_id: null,
      recipient_organisation_id: user.organisation_id,
      title: 'Báo cáo vượt cấp',
    });
    expect(rows.find((r: { key: string }) => r.key === 'k3')).toMatchObject({
      recipient_user_id: null,
      recipient_organisation_id: null,
      kind: 'overdue',
    });
  });
});

function taskView(o: { progress: number; ownerUnitId?: string }): TaskView {
  return {
    workflowId: 'task:p1:r1:org-a',
    planId: 'p1',
    responsibilityId: 'r1',
    orgId: 'org-a',
    title: 'Rà soát hộ nghèo',
    role: 'lead',
    task: {
      phase: 'open',
      ownerUnitId: o.ownerUnitId ?? 'org-a',
      dueAt: '2026-12-18T17:00:00.000Z',
      progress: o.progress,
      reassignments: [],
    },
    status: { code: 'inProgress', label: 'Đang thực hiện trong hạn', overdue: false },
    assignedAt: '2026-11-20T00:00:00.000Z',
    nextNotificationAt: null,
    reportCount: 0,
    calendarVersion: 'test',
  };
}

function dutyView(first: 'open' | 'submitted'): DutyView {
  return {
    workflowId: 'duty:p1:d1',
    planId: 'p1',
    dutyId: 'd1',
    title: 'Báo cáo 6 tháng',
    period: {
      key: '2026-H1',
      cutOffStart: '2025-12-15',
      cutOffEnd: '2026-06-14',
      dueDate: '2026-06-04',
      dueAt: '2026-06-04T17:00:00.000Z',
      ruleText: 'trước ngày 05/6',
      calendarVersion: 'test',
      estimate: true,
    },
    submissions: [
      {
        orgId: 'org-a',
        status: first,
        ...(first === 'submitted' ? { submittedAt: '2026-06-01T03:00:00.000Z', late: false } : {}),
      },
      { orgId: 'org-b', status: 'open' },
    ],
    closedPeriods: [],
    schedule: [{ key: '2026-H1', dueDate: '2026-06-04' }],
  };
}
