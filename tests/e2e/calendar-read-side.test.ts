// The read side uses the calendar in force: after an administrator adds a day off, a task's live
// status ("sắp quá hạn") in the task list and the inbox counts it at once, and an extension onto the
// new day off is refused before Temporal is asked. The projection is written as the worker writes it
// (the read side needs no Temporal; the exception's broadcast finds no workflows to signal).
import { PostgresProjectionStore } from '@dondoc/activities';
import type { TaskView } from '@dondoc/contracts';
import { dayOfWeek, endOfLocalDay, localDateOf, type LocalDate, toIsoDate, WorkingCalendar } from '@dondoc/domain';
import { Client, startApiStack, type TestStack } from './support/api-stack';

jest.setTimeout(60_000);

const REASON = 'Nghỉ hoán đổi — Thông báo 4321/TB-BNV';

describe('the API reads statuses with the administered calendar', () => {
  let stack: TestStack;
  const as: Record<string, Client> = {};
  const shipped = WorkingCalendar.default();
  const today = localDateOf(new Date());
  // Three working days left (shipped calendar): "đang thực hiện trong hạn"; one day off more makes it "sắp quá hạn".
  const due = shipped.addWorkingDays(today, 3);
  let dayOff: LocalDate = shipped.nextWorkingDay(today);
  while (dayOfWeek(dayOff) === 6) dayOff = shipped.nextWorkingDay(dayOff); // a make-up Saturday cannot be made a day off
  const workflowId = `task:calendar-read-side:r1:vhxh`;

  beforeAll(async () => {
    stack = await startApiStack();
    for (const u of ['admin', 'vhxh']) {
      as[u] = new Client(stack.baseUrl);
      await as[u]!.login(u);
    }
    const [{ organisation_id: org }] = await stack.db.dataSource.query(`SELECT organisation_id FROM users WHERE username = 'vhxh'`);
    const view: TaskView = {
      workflowId,
      planId: 'calendar-read-side',
      responsibilityId: 'r1',
      orgId: org,
      title: 'Rà soát hộ nghèo',
      role: 'lead',
      task: { phase: 'open', ownerUnitId: org, dueAt: endOfLocalDay(due).toISOString(), progress: 10, reassignments: [] },
      status: { code: 'inProgress', label: 'Đang thực hiện trong hạn', overdue: false },
      assignedAt: new Date(Date.now() - 86_400_000).toISOString(),
      nextNotificationAt: null,
      reportCount: 0,
      calendarVersion: 'test',
    };
    await new PostgresProjectionStore(stack.db.dataSource).save({ kind: 'task', view });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const statusInList = async () => (await as.vhxh!.get(`/api/tasks?planId=calendar-read-side`)).body.data[0].status;
  const inboxItem = async () =>
    ((await as.vhxh!.get('/api/inbox?perPage=100')).body.data as { id: string }[]).find((i) => i.id === workflowId);

  it('is in time with the shipped calendar', async () => {
    expect(dayOfWeek(dayOff)).toBeLessThan(6);
    expect(toIsoDate(dayOff) < toIsoDate(due)).toBe(true);
    expect(await statusInList()).toEqual({ code: 'inProgress', label: 'Đang thực hiện trong hạn', overdue: false });
    expect(await inboxItem()).toMatchObject({ statusCode: 'inProgress', dueSoon: false, overdue: false });
  });

  it('is "sắp quá hạn" (not overdue) in the task list, the task and the inbox once a day off is added before its deadline', async () => {
    const created = await as.admin!.post('/api/calendar/exceptions', { date: toIsoDate(dayOff), kind: 'dayOff', reason: REASON });
    expect(created.status).toBe(201);
    expect(await statusInList()).toEqual({ code: 'dueSoon', label: 'Sắp quá hạn', overdue: false });
    expect((await as.vhxh!.get(`/api/tasks/${encodeURIComponent(workflowId)}`)).body.status.code).toBe('dueSoon');
    expect(await inboxItem()).toMatchObject({ statusCode: 'dueSoon', statusLabel: 'Sắp quá hạn', dueSoon: true, overdue: false });
    const dueSoon = await as.vhxh!.get('/api/tasks?status=dueSoon');
    expect(dueSoon.body.data.map((t: { id: string }) => t.id)).toEqual([workflowId]);
  });

  it('refuses an extension onto the new day off with the Vietnamese reason (422), before Temporal is asked', async () => {
    const refused = await as.vhxh!.post(`/api/tasks/${encodeURIComponent(workflowId)}/extension`, {
      newDueAt: endOfLocalDay(dayOff).toISOString(),
      reason: 'Chờ số liệu',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toContain(`là ngày nghỉ hoán đổi — ${REASON}`);
  });
});
