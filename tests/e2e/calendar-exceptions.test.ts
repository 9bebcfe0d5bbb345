// Calendar exceptions administered through the API: an announced swap moves an open task's deadline
// (calendarChanged broadcast to the running workflows), refusals change nothing, and the calendar
// page's deadlines follow. Real worker and dondoc's Temporal server in dev mode, as in workflow-duties.test.ts.
import type { Client, HttpResult, TestStack } from './support/api-stack';
import { eventually, type SeededUser, startWorkflowStack, type WorkflowStack } from './support/workflow-stack';

jest.setTimeout(180_000);

// Wednesday 30/06/2027 and Thursday 01/07/2027 are working days of the shipped calendar.
const DUE = '2027-06-30T17:00:00.000Z';
const MOVED = '2027-07-01T17:00:00.000Z';

describe('calendar exceptions: administration, broadcast to open workflows, deadlines by day', () => {
  let stack: TestStack;
  let users: Record<string, SeededUser>;
  let as: Record<string, Client>;
  let ws: WorkflowStack;
  let planId: string;

  beforeAll(async () => {
    ws = await startWorkflowStack({ logins: ['admin', 'vhxh', 'phochutich', 'chutich', 'vanthu'] });
    ({ stack, users, as } = ws);
    planId = await insertPlan(stack, users.chutich!.organisation_id, users.vhxh!.organisation_id);
  });

  afterAll(async () => {
    await ws?.stop();
  });

  const taskDue = async (of: string = planId): Promise<string | null> => {
    const res = await as.vhxh!.get(`/api/tasks?planId=${of}`);
    return (res.body.data?.[0]?.dueAt as string | undefined) ?? null;
  };
  const exceptionRows = async (): Promise<number> =>
    Number((await stack.db.dataSource.query(`SELECT count(*)::int AS n FROM calendar_exceptions`))[0].n);

  const startPlan = (id: string, defaultDueDate: string): Promise<HttpResult> =>
    as.vhxh!.post(`/api/plans/${id}/workflow`, {
      drafterUnitHeadId: users.phochutich!.id,
      formatCheckerId: users.chutich!.id,
      signerId: users.phochutich!.id,
      signingCapacity: 'KT',
      defaultDueDate,
    });
  /** Review, approval, signature, number, seal and issuance of a started plan. */
  const issuePlan = async (id: string): Promise<void> => {
    const plan = (who: string, step: string, body: object = {}): Promise<HttpResult> =>
      as[who]!.post(`/api/plans/${id}/actions/${step}`, body);
    expect((await plan('vhxh', 'submit-for-review')).status).toBe(200);
    expect((await plan('phochutich', 'review', { decision: 'approve' })).status).toBe(200);
    expect((await plan('chutich', 'review', { decision: 'approve' })).status).toBe(200);
    expect((await plan('phochutich', 'approve')).status).toBe(200);
    expect((await plan('phochutich', 'sign', { capacity: 'KT' })).status).toBe(200);
    expect((await plan('vanthu', 'number')).status).toBe(200);
    expect((await plan('vanthu', 'seal')).status).toBe(200);
    expect((await plan('vanthu', 'issue', { recipients: ['Các phòng, ban chuyên môn'] })).status).toBe(200);
  };

  it('issues a plan whose task is due at the end of 30/06/2027', async () => {
    expect((await startPlan(planId, '2027-06-30')).status).toBe(201);
    await issuePlan(planId);
    expect(await eventually(taskDue, (d) => d !== null)).toBe(DUE);
  });

  it('refuses a department user (403) and an impossible date 31/02 (422, Vietnamese), recording nothing', async () => {
    const forbidden = await as.vhxh!.post('/api/calendar/exceptions', { date: '30/06/2027', kind: 'dayOff', reason: 'Thử' });
    expect(forbidden.status).toBe(403);
    expect((await as.vhxh!.get('/api/calendar/exceptions')).status).toBe(403);
    const impossible = await as.admin!.post('/api/calendar/exceptions', { date: '31/02/2027', kind: 'dayOff', reason: 'Thông báo 1234/TB-BNV' });
    expect(impossible.status).toBe(422);
    expect(impossible.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'Ngày 31/02/2027 không tồn tại',
      errors: [{ field: 'date', message: 'Ngày 31/02/2027 không tồn tại' }],
    });
    const notWeekend = await as.admin!.post('/api/calendar/exceptions', { date: '28/06/2027', kind: 'makeUpWorkingDay', reason: 'Làm bù' });
    expect(notWeekend.status).toBe(422);
    expect(notWeekend.body.message).toMatch(/28\/06\/2027 là Thứ Hai/);
    const holiday = await as.admin!.post('/api/calendar/exceptions', { date: '02/09/2027', kind: 'dayOff', reason: 'Nghỉ' });
    expect(holiday.status).toBe(422);
    expect(holiday.body.message).toMatch(/đã là ngày nghỉ/);
    expect(await exceptionRows()).toBe(0);
    expect(await taskDue()).toBe(DUE);
  });

  let exceptionId: string;
  it("an administrator's swap makes 30/06/2027 a day off: the open task is due a working day later, the calendar marks the day", async () => {
    const created = await as.admin!.post('/api/calendar/exceptions', {
      date: '30/06/2027',
      kind: 'dayOff',
      reason: 'Nghỉ hoán đổi — Thông báo 1234/TB-BNV',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ date: '2027-06-30', kind: 'dayOff', announcedBy: users.admin!.id, revokedAt: null });
    expect(created.body.broadcast).toMatchObject({ failed: 0 });
    expect(created.body.broadcast.signalled).toBeGreaterThanOrEqual(1);
    exceptionId = created.body.id;
    expect(await eventually(taskDue, (d) => d === MOVED)).toBe(MOVED);

    const year = await as.vhxh!.get('/api/calendar/2027');
    expect(year.body.nonWorkingDays).toContainEqual({ date: '2027-06-30', kind: 'bridge', reason: 'Nghỉ hoán đổi — Thông báo 1234/TB-BNV', exceptionId });
    expect(year.body.calendarVersion).toMatch(/\+admin-[0-9a-f]{12};rules-/);
    const list = await as.admin!.get('/api/calendar/exceptions?year=2027');
    expect(list.body).toMatchObject({ total: 1, data: [{ id: exceptionId }] });
    const duplicate = await as.admin!.post('/api/calendar/exceptions', { date: '2027-06-30', kind: 'tetDay', reason: 'Lặp' });
    expect(duplicate.status).toBe(422);
    expect(duplicate.body.message).toBe('Ngày 30/06/2027 đã có ngoại lệ: Nghỉ hoán đổi — Thông báo 1234/TB-BNV');
    const [audit] = await stack.db.dataSource.query(
      `SELECT actor_id, action FROM audit_events WHERE object_type = 'calendar_exception' AND object_id = $1`,
      [exceptionId],
    );
    expect(audit).toEqual({ actor_id: users.admin!.id, action: 'calendar.exception.create' });
    // A deadline typed on the new day off is refused when a plan is started.
    const other = await insertPlan(stack, users.chutich!.organisation_id, users.vhxh!.organisation_id);
    const refused = await startPlan(other, '2027-06-30');
    expect(refused.status).toBe(422);
    expect(refused.body.message).toMatch(/Thông báo 1234\/TB-BNV/);
  });

  it('shows the deadline on its day by scope: mine and org for the owner, all only for those who see every task', async () => {
    const mine = await as.vhxh!.get('/api/calendar/deadlines?from=2027-07-01&to=2027-07-31&scope=mine');
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual([
      expect.objectContaining({ kind: 'task', planId, date: '2027-07-01', dueAt: MOVED, statusCode: 'inProgress', done: false }),
    ]);
    expect((await as.vhxh!.get('/api/calendar/deadlines?from=2027-06-01&to=2027-06-30&scope=org')).body).toEqual([]);
    expect((await as.vhxh!.get('/api/calendar/deadlines?from=2027-07-01&to=2027-07-01&scope=all')).status).toBe(403);
    const all = await as.chutich!.get('/api/calendar/deadlines?from=2027-07-01&to=2027-07-01&scope=all');
    expect(all.body.map((d: { planId: string }) => d.planId)).toContain(planId);
    expect((await as.chutich!.get('/api/calendar/deadlines?from=2027-07-01&to=2027-06-01')).status).toBe(422);
  });

  it('revoking the exception moves the deadline back; a repeated broadcast changes nothing', async () => {
    const revoked = await as.admin!.delete(`/api/calendar/exceptions/${exceptionId}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect(await eventually(taskDue, (d) => d === DUE)).toBe(DUE);
    const again = await as.admin!.post('/api/calendar/exceptions/broadcast');
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ failed: 0 });
    expect(await taskDue()).toBe(DUE);
    expect((await as.admin!.get('/api/calendar/exceptions')).body.total).toBe(0);
    expect((await as.admin!.get('/api/calendar/exceptions?revoked=true')).body.total).toBe(1);
  });

  it('a plan started before a swap and issued after it gives its task the swap (the lifecycle workflow keeps the additions)', async () => {
    const later = await insertPlan(stack, users.chutich!.organisation_id, users.vhxh!.organisation_id);
    expect((await startPlan(later, '2027-06-29')).status).toBe(201);
    const created = await as.admin!.post('/api/calendar/exceptions', { date: '29/06/2027', kind: 'dayOff', reason: 'Nghỉ hoán đổi — Thông báo 77/TB-BNV' });
    expect(created.status).toBe(201);
    expect(created.body.broadcast.signalled).toBeGreaterThanOrEqual(2);
    await issuePlan(later);
    // "Đến hết ngày 29/06" on a day off ends with the next working day (Civil Code Art. 148(5)).
    expect(await eventually(() => taskDue(later), (d) => d !== null)).toBe(DUE);
    // The first plan's task (due 30/06) does not move.
    expect(await taskDue()).toBe(DUE);
  });
});

/** A draft 2027 plan with one responsibility led by vhxh. */
async function insertPlan(stack: TestStack, issuerId: string, vhxhId: string): Promise<string> {
  return stack.db.dataSource.transaction(async (m) => {
    const [p] = await m.query(
      `INSERT INTO plans (document_type, issuer_organisation_id, title, status, source, period_from, period_to)
       VALUES ('KH', $1, 'Kế hoạch rà soát hộ nghèo năm 2027', 'draft', 'born-digital', 2027, 2027) RETURNING id`,
      [issuerId],
    );
    const [rev] = await m.query(`INSERT INTO plan_revisions (plan_id, number, snapshot) VALUES ($1, 1, '{}') RETURNING id`, [p.id]);
    await m.query(`UPDATE plans SET current_revision_id = $1 WHERE id = $2`, [rev.id, p.id]);
    const [r] = await m.query(
      `INSERT INTO plan_responsibilities (revision_id, position, mode, duties, origin) VALUES ($1, 0, 'order', 'Rà soát hộ nghèo, hộ cận nghèo', 'manual') RETURNING id`,
      [rev.id],
    );
    await m.query(
      `INSERT INTO responsibility_assignees (responsibility_id, role, position, organisation_id, name, name_key, party_kind, resolved, match_method)
       VALUES ($1, 'lead', 0, $2, 'x', 'x', 'organisation', true, 'manual')`,
      [r.id, vhxhId],
    );
    return p.id as string;
  });
}
