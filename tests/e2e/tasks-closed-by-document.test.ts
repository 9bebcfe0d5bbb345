// Tasks closed by a later document ("Đã được thay thế" by an amending plan, "Đã thu hồi" with a recalled
// plan) are kept for history: the task list filters them by phase and by status. Projections written as
// the worker writes them (the read side needs no Temporal).
import { PostgresProjectionStore } from '@dondoc/activities';
import type { TaskView } from '@dondoc/contracts';
import type { ClosedByDocumentPhase } from '@dondoc/domain';
import { Client, startApiStack, type TestStack } from './support/api-stack';

jest.setTimeout(60_000);

const PLAN = 'closed-by-document';
const LABELS: Record<ClosedByDocumentPhase, string> = { superseded: 'Đã được thay thế', recalled: 'Đã thu hồi' };

describe('GET /api/tasks: superseded and recalled tasks', () => {
  let stack: TestStack;
  const chutich = () => as.chutich!;
  const as: Record<string, Client> = {};

  beforeAll(async () => {
    stack = await startApiStack();
    as.chutich = new Client(stack.baseUrl);
    await as.chutich.login('chutich');
    const [{ organisation_id: org }] = await stack.db.dataSource.query(`SELECT organisation_id FROM users WHERE username = 'vhxh'`);
    const store = new PostgresProjectionStore(stack.db.dataSource);
    const view = (n: number, phase: TaskView['task']['phase']): TaskView => ({
      workflowId: `task:${PLAN}:r${n}:${org}`,
      planId: PLAN,
      responsibilityId: `r${n}`,
      orgId: org,
      title: `Nhiệm vụ ${n}`,
      role: 'lead',
      task: {
        phase,
        ownerUnitId: org,
        // Past due: a closed task is never "quá hạn".
        dueAt: '2026-01-05T17:00:00.000Z',
        progress: 40,
        reassignments: [],
        ...(phase === 'superseded' || phase === 'recalled'
          ? { closure: { phase, byPlanId: 'amending', reason: 'Văn bản sau thay thế', at: '2026-01-02T03:00:00.000Z' } }
          : {}),
      },
      status: { code: 'inProgress', label: 'Đang thực hiện trong hạn', overdue: false },
      assignedAt: '2025-12-01T03:00:00.000Z',
      nextNotificationAt: null,
      reportCount: 0,
      calendarVersion: 'test',
    });
    for (const v of [view(1, 'open'), view(2, 'superseded'), view(3, 'recalled')]) await store.save({ kind: 'task', view: v });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it.each(['superseded', 'recalled'] as const)('filters %s tasks by phase and by status, with the Vietnamese label, never overdue', async (phase) => {
    for (const q of [`phase=${phase}`, `status=${phase}`]) {
      const res = await chutich().get(`/api/tasks?planId=${PLAN}&${q}`);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(1);
      expect(res.body.data[0]).toMatchObject({ phase, status: { code: phase, label: LABELS[phase], overdue: false } });
    }
    const overdue = await chutich().get(`/api/tasks?planId=${PLAN}&status=overdue`);
    expect(overdue.body.data.map((t: { responsibilityId: string }) => t.responsibilityId)).toEqual(['r1']);
  });

  it('refuses an unknown phase in Vietnamese (422)', async () => {
    const res = await chutich().get(`/api/tasks?phase=closed`);
    expect(res.status).toBe(422);
    expect(res.body.errors[0].field).toBe('phase');
  });
});
