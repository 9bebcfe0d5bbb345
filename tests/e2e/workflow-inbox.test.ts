// "Việc của tôi" filters and pagination over projections written by the worker's Postgres store
// (no Temporal needed: the read side only reads projections).
import { PostgresProjectionStore } from '@dondoc/activities';
import type { TaskView } from '@dondoc/contracts';
import { Client, startApiStack, type TestStack } from './support/api-stack';

jest.setTimeout(60_000);

const DAY = 24 * 3600 * 1000;

describe('inbox filters (waiting / due-soon / overdue) and the task list scope', () => {
  let stack: TestStack;
  let vhxh: Client;
  let taichinh: Client;
  let orgs: Record<string, string>;

  beforeAll(async () => {
    stack = await startApiStack();
    const rows: { username: string; organisation_id: string }[] = await stack.db.dataSource.query(
      `SELECT username, organisation_id FROM users`,
    );
    orgs = Object.fromEntries(rows.map((r) => [r.username, r.organisation_id]));
    const store = new PostgresProjectionStore(stack.db.dataSource);
    const now = Date.now();
    const task = (
      n: number,
      org: string,
      dueAt: number | null,
      phase: TaskView['task']['phase'] = 'open',
    ): TaskView => ({
      workflowId: `task:p-inbox:r${n}:${org}`,
      planId: 'p-inbox',
      responsibilityId: `r${n}`,
      orgId: org,
      title: `Nhiệm vụ ${n}`,
      role: 'lead',
      task: {
        phase,
        ownerUnitId: org,
        dueAt: dueAt === null ? null : new Date(dueAt).toISOString(),
        progress: 0,
        reassignments: [],
      },
      // Stored status is stale on purpose: the API recomputes it.
      status: { code: 'inProgress', label: 'Đang thực hiện trong hạn', overdue: false },
      assignedAt: new Date(now - 30 * DAY).toISOString(),
      nextNotificationAt: null,
      reportCount: 0,
      calendarVersion: 'test',
    });
    const v = orgs.vhxh!;
    for (const view of [
      task(1, v, now - 2 * DAY), // overdue
      task(2, v, now + 2 * 3600 * 1000), // due in two hours: due soon
      task(3, v, now + 60 * DAY), // in time
      task(4, v, null), // ongoing
      task(5, v, now - 2 * DAY, 'accepted'), // done: not in the inbox
      task(6, orgs.taichinh!, now - 2 * DAY), // another department's
    ]) {
      await store.save({ kind: 'task', view });
    }
    vhxh = new Client(stack.baseUrl);
    await vhxh.login('vhxh');
    taichinh = new Client(stack.baseUrl);
    await taichinh.login('taichinh');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('lists what waits for the department, earliest deadline first, with live statuses', async () => {
    const res = await vhxh.get('/api/inbox');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(4);
    expect(res.body.data.map((i: { id: string }) => i.id.split(':')[2])).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(res.body.data[0]).toMatchObject({
      kind: 'task',
      statusCode: 'overdue',
      statusLabel: 'Quá hạn',
      overdue: true,
      action: 'report',
    });
    expect(res.body.data[1]).toMatchObject({
      statusCode: 'dueSoon',
      statusLabel: 'Sắp quá hạn',
      dueSoon: true,
      overdue: false,
    });
  });

  it('filters overdue and due-soon, and paginates with the react-admin contract', async () => {
    expect(
      (await vhxh.get('/api/inbox?filter=overdue')).body.data.map((i: { id: string }) => i.id.split(':')[2]),
    ).toEqual(['r1']);
    expect(
      (await vhxh.get('/api/inbox?filter=due-soon')).body.data.map((i: { id: string }) => i.id.split(':')[2]),
    ).toEqual(['r2']);
    const page2 = await vhxh.get('/api/inbox?page=2&perPage=3');
    expect(page2.body).toMatchObject({
      total: 4,
      data: [expect.objectContaining({ id: `task:p-inbox:r4:${orgs.vhxh}` })],
    });
    expect((await taichinh.get('/api/inbox')).body.total).toBe(1);
  });

  it('scopes the task list to the department and reads one task with its live status', async () => {
    const list = await vhxh.get('/api/tasks?perPage=10');
    expect(list.body.total).toBe(5);
    expect(list.body.data.every((t: { organisationId: string }) => t.organisationId === orgs.vhxh)).toBe(true);
    const one = await vhxh.get(`/api/tasks/${encodeURIComponent(`task:p-inbox:r1:${orgs.vhxh}`)}`);
    expect(one.body.status).toEqual({ code: 'overdue', label: 'Quá hạn', overdue: true });
    expect((await vhxh.get('/api/tasks/task:nope')).status).toBe(404);
  });

  it('answers a workflow action with a clear error when Temporal is not configured', async () => {
    const res = await vhxh.post(`/api/tasks/${encodeURIComponent(`task:p-inbox:r1:${orgs.vhxh}`)}/progress`, {
      progress: 10,
    });
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ code: 'TEMPORAL_UNAVAILABLE', message: 'Hệ thống xử lý quy trình tạm thời không sẵn sàng, vui lòng thử lại sau' });
  });
});
