// PUT /api/plans/:id/content through HTTP with the real worker and dondoc's Temporal server: the drafter edits an
// approved draft (a target, a deadline, a lead) → a new revision with copied rows, the plan points at it, the workflow's
// revision moves and the approval is voided, the audit `plan.edit` keeps the summary and both revision numbers. Bad
// dates (31/02, a holiday) answer 422 per field, another department 403, a signed plan 409, and nothing is written.
// Then: the timeline names who did each step, and an issued plan offers "Lập kế hoạch sửa đổi".
import type { Client, HttpResult, TestStack } from './support/api-stack';
import { insertDraftPlan } from './support/draft-plan-fixture';
import { type SeededUser, startWorkflowStack, type WorkflowStack } from './support/workflow-stack';

jest.setTimeout(180_000);

describe('plan content edit through HTTP', () => {
  let stack: TestStack;
  let users: Record<string, SeededUser>;
  let as: Record<string, Client>;
  let ws: WorkflowStack;
  let planId: string;
  let rows: { targets: string[]; responsibilities: string[] };

  beforeAll(async () => {
    ws = await startWorkflowStack({ logins: ['vhxh', 'taichinh', 'phochutich', 'chutich', 'vanthu'] });
    ({ stack, users, as } = ws);
    ({ planId, rows } = await insertPlan(stack, users.chutich!.organisation_id, users.vhxh!.organisation_id, users.taichinh!.organisation_id));
  });

  afterAll(async () => {
    await ws?.stop();
  });

  const act = (who: string, step: string, body: object = {}): Promise<HttpResult> => as[who]!.post(`/api/plans/${planId}/actions/${step}`, body);
  const put = (who: string, body: object, key?: string) =>
    as[who]!.request('PUT', `/api/plans/${planId}/content`, body, key ? { 'Idempotency-Key': key } : {});
  const q = <T>(sql: string, params: unknown[] = []) => stack.db.dataSource.query(sql, params) as Promise<T[]>;
  const revisions = () => q<{ number: number; reason: string | null }>(`SELECT number, reason FROM plan_revisions WHERE plan_id = $1 ORDER BY number`, [planId]);
  const workflow = async () => (await as.chutich!.get(`/api/plans/${planId}/workflow`)).body;

  async function approve() {
    expect((await act('vhxh', 'submit-for-review')).status).toBe(200);
    expect((await act('phochutich', 'review', { decision: 'approve' })).status).toBe(200);
    expect((await act('chutich', 'review', { decision: 'approve' })).status).toBe(200);
    expect((await act('chutich', 'approve')).body.lifecycle.status).toBe('approved');
  }

  it('writes the edit of an approved draft as revision 2, moves the workflow to a new revision and voids the approval', async () => {
    const start = await as.vhxh!.post(`/api/plans/${planId}/workflow`, {
      drafterUnitHeadId: users.phochutich!.id,
      formatCheckerId: users.chutich!.id,
      signerId: users.chutich!.id,
      signingCapacity: 'TM',
      defaultDueDate: '2027-06-30',
    });
    expect(start.status).toBe(201);
    await approve();
    const approved = await workflow();
    expect(approved.lifecycle.approval).toMatchObject({ revision: 1 });

    // What the form opens with: the current revision and the deadlines the workflow will give the tasks.
    const content = await as.vhxh!.get(`/api/plans/${planId}/content`);
    expect(content.status).toBe(200);
    expect(content.body).toMatchObject({ revision: 1, title: 'Kế hoạch giảm nghèo bền vững năm 2027' });
    expect(content.body.responsibilities.map((r: { dueDate: string }) => r.dueDate)).toEqual(['2027-06-30', '2027-06-30']);

    const edit = await put(
      'vhxh',
      {
        changeSummary: 'Tiếp thu ý kiến của người ký: nâng chỉ tiêu, lùi hạn rà soát',
        title: 'Kế hoạch giảm nghèo bền vững năm 2027 (sửa đổi)',
        targets: [
          { id: rows.targets[0], text: 'Giảm tỷ lệ hộ nghèo 2%', baseline: 3.91, value: 2, comparator: 'reduceBy', unit: '%', dueYear: 2027 },
          { text: 'Không còn hộ nghèo thiếu nước sinh hoạt', value: 0, comparator: 'eq', unit: 'hộ', dueYear: 2027 },
        ],
        responsibilities: [{ id: rows.responsibilities[0], dueDate: '2027-09-30', coordinatorOrganisationIds: [] }],
      },
      'edit-1',
    );
    expect(edit.status).toBe(200);
    expect(edit.body).toEqual({ revision: 2, previousRevision: 1, lifecycleRevision: 2, status: 'draft', voidedApproval: 1 });

    expect(await revisions()).toEqual([
      { number: 1, reason: null },
      { number: 2, reason: 'Tiếp thu ý kiến của người ký: nâng chỉ tiêu, lùi hạn rà soát' },
    ]);
    const [plan] = await q<{ title: string; number: number }>(
      `SELECT p.title, r.number FROM plans p JOIN plan_revisions r ON r.id = p.current_revision_id WHERE p.id = $1`,
      [planId],
    );
    expect(plan).toEqual({ title: 'Kế hoạch giảm nghèo bền vững năm 2027 (sửa đổi)', number: 2 });
    // Revision 1 is untouched; revision 2 has its own rows with the changes.
    const targets = await q<{ number: number; text: string; value: number | null }>(
      `SELECT r.number, t.text, t.value FROM plan_targets t JOIN plan_revisions r ON r.id = t.revision_id WHERE r.plan_id = $1 ORDER BY r.number, t.position`,
      [planId],
    );
    expect(targets).toEqual([
      { number: 1, text: 'Giảm tỷ lệ hộ nghèo 1,5%', value: 1.5 },
      { number: 1, text: 'Tỷ lệ người tham gia BHYT đạt trên 95%', value: 95 },
      { number: 2, text: 'Giảm tỷ lệ hộ nghèo 2%', value: 2 },
      { number: 2, text: 'Không còn hộ nghèo thiếu nước sinh hoạt', value: 0 },
    ]);
    const resp = await q<{ number: number; due_text: string | null; leads: string[]; coordinators: string[] }>(
      `SELECT v.number, r.due_text,
              COALESCE(array_agg(a.organisation_id::text ORDER BY a.position) FILTER (WHERE a.role = 'lead'), '{}') AS leads,
              COALESCE(array_agg(a.organisation_id::text ORDER BY a.position) FILTER (WHERE a.role = 'coordinator'), '{}') AS coordinators
         FROM plan_responsibilities r JOIN plan_revisions v ON v.id = r.revision_id LEFT JOIN responsibility_assignees a ON a.responsibility_id = r.id
        WHERE v.plan_id = $1 GROUP BY v.number, r.id, r.position ORDER BY v.number, r.position`,
      [planId],
    );
    const [vhxh, taichinh] = [users.vhxh!.organisation_id, users.taichinh!.organisation_id];
    expect(resp).toEqual([
      { number: 1, due_text: null, leads: [vhxh], coordinators: [taichinh] },
      { number: 1, due_text: null, leads: [taichinh], coordinators: [] },
      { number: 2, due_text: '30/09/2027', leads: [vhxh], coordinators: [] },
      { number: 2, due_text: null, leads: [taichinh], coordinators: [] },
    ]);

    // The workflow: a new lifecycle revision, back to draft, no approval; it tracks the new rows and deadline.
    const after = await workflow();
    expect(after.lifecycle).toMatchObject({ revision: 2, status: 'draft' });
    expect(after.lifecycle.approval).toBeUndefined();
    expect(after.title).toBe('Kế hoạch giảm nghèo bền vững năm 2027 (sửa đổi)');
    const reopened = await as.vhxh!.get(`/api/plans/${planId}/content`);
    expect(reopened.body.revision).toBe(2);
    expect(reopened.body.responsibilities.map((r: { dueDate: string }) => r.dueDate)).toEqual(['2027-09-30', '2027-06-30']);
    const [audit] = await q<{ actor_id: string; after: { summary: string; revision: number; contentRevision: object } }>(
      `SELECT actor_id, after FROM audit_events WHERE object_id = $1 AND action = 'plan.edit'`,
      [`plan:${planId}`],
    );
    expect(audit).toMatchObject({
      actor_id: users.vhxh!.id,
      after: { summary: 'Tiếp thu ý kiến của người ký: nâng chỉ tiêu, lùi hạn rà soát', revision: 2, contentRevision: { from: 1, to: 2 } },
    });

    // The same request again answers the first outcome and writes nothing.
    const again = await put('vhxh', { changeSummary: 'Tiếp thu ý kiến của người ký: nâng chỉ tiêu, lùi hạn rà soát' }, 'edit-1');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ revision: 2, previousRevision: 1 });
    expect((await revisions()).length).toBe(2);
  });

  it('refuses impossible dates and holidays per field (422), another department (403), and writes nothing', async () => {
    const bad = await put('vhxh', {
      changeSummary: 'Đổi hạn',
      responsibilities: [
        { id: await currentRow(0), dueDate: '2027-02-31' },
        { id: await currentRow(1), dueDate: '2027-09-02' },
      ],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([
      { field: 'responsibilities[0].dueDate', message: 'Ngày 31/02/2027 không tồn tại' },
      { field: 'responsibilities[1].dueDate', message: expect.stringMatching(/02\/09\/2027 là .*ngày làm việc gần nhất sau đó là \d{2}\/09\/2027/) },
    ]);
    const wrongTarget = await put('vhxh', { changeSummary: 'x', targets: [{ id: rows.targets[0], text: 'Chỉ tiêu của bản cũ' }] });
    expect(wrongTarget.status).toBe(422);
    expect(wrongTarget.body.errors[0].field).toBe('targets[0].id');
    // A department of another organisation is not this plan's drafter.
    const other = await put('taichinh', { changeSummary: 'Sửa hộ', title: 'Không được sửa' });
    expect(other.status).toBe(403);
    expect((await revisions()).length).toBe(2);
    expect((await workflow()).lifecycle.revision).toBe(2);
  });

  it('refuses to edit a signed plan (409) and leaves the revisions unchanged', async () => {
    await approve();
    expect((await act('chutich', 'sign', { capacity: 'TM' })).body.lifecycle.status).toBe('signed');
    const refused = await put('vhxh', { changeSummary: 'Sửa sau khi ký', title: 'Không được sửa' });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/[a-zà-ỹ]/);
    expect(await revisions()).toHaveLength(2);
    const [plan] = await q<{ title: string }>(`SELECT title FROM plans WHERE id = $1`, [planId]);
    expect(plan!.title).toBe('Kế hoạch giảm nghèo bền vững năm 2027 (sửa đổi)');
    expect((await workflow()).lifecycle).toMatchObject({ status: 'signed', revision: 2 });
  });

  it('names who did each step in the timeline, with their position', async () => {
    const res = await as.vhxh!.get(`/api/plans/${planId}/timeline`);
    expect(res.status).toBe(200);
    const events = res.body.data as { action: string; actor: { fullName: string; position: string | null }; detail: { summary?: string } }[];
    const approvals = events.filter((e) => e.action === 'plan.approve');
    expect(approvals).toHaveLength(2);
    expect(approvals[1]!.actor).toMatchObject({ fullName: 'Nguyễn Văn Hùng', position: 'Chủ tịch UBND xã' });
    expect(events.find((e) => e.action === 'plan.edit')).toMatchObject({
      actor: { fullName: 'Nông Văn Đức' },
      detail: { summary: 'Tiếp thu ý kiến của người ký: nâng chỉ tiêu, lùi hạn rà soát', contentRevision: { from: 1, to: 2 } },
    });
    expect(events.map((e) => e.action)).toContain('plan.workflow.start');
  });

  it('offers the drafter an amending plan once the plan is issued, with the rows to change', async () => {
    expect((await act('vanthu', 'number')).status).toBe(200);
    expect((await act('vanthu', 'seal')).status).toBe(200);
    expect((await act('vanthu', 'issue', { recipients: ['Các phòng, ban chuyên môn'] })).body.lifecycle.status).toBe('issued');
    const allowed = await as.vhxh!.get(`/api/plans/${planId}/allowed-actions`);
    const amend = (allowed.body.actions as { action: string; allowed: boolean; inputs: { name: string; choices?: { id: string }[] }[] }[]).find(
      (a) => a.action === 'amend',
    );
    expect(amend).toMatchObject({ allowed: true, labelKey: 'dondoc.plan_page.actions.amend' });
    expect(amend!.inputs.find((i) => i.name === 'responsibilityId')!.choices!.map((c) => c.id)).toEqual([await currentRow(0), await currentRow(1)]);
    // The clerk may not draft (no such button), and a draft offers no amendment.
    const clerk = await as.vanthu!.get(`/api/plans/${planId}/allowed-actions`);
    expect((clerk.body.actions as { action: string }[]).map((a) => a.action)).not.toContain('amend');
  });

  async function currentRow(position: number): Promise<string> {
    const [r] = await q<{ id: string }>(
      `SELECT r.id FROM plan_responsibilities r JOIN plans p ON p.current_revision_id = r.revision_id WHERE p.id = $1 AND r.position = $2`,
      [planId, position],
    );
    return r!.id;
  }
});

/** The draft plan of the fixture with two targets (vhxh leads the first row with taichinh, taichinh the second). */
async function insertPlan(stack: TestStack, issuerId: string, vhxhId: string, taichinhId: string) {
  const db = stack.db.dataSource;
  const { planId, revisionId, responsibilityIds } = await insertDraftPlan(db, { issuerId, vhxhId, taichinhId });
  const targets: string[] = [];
  for (const [i, [text, value]] of ([['Giảm tỷ lệ hộ nghèo 1,5%', 1.5], ['Tỷ lệ người tham gia BHYT đạt trên 95%', 95]] as const).entries()) {
    const [t] = await db.query(
      `INSERT INTO plan_targets (revision_id, position, text, value, comparator, unit, due_year) VALUES ($1, $2, $3, $4, 'gt', '%', 2027) RETURNING id`,
      [revisionId, i, text, value],
    );
    targets.push(t.id);
  }
  return { planId, rows: { targets, responsibilities: responsibilityIds } };
}
