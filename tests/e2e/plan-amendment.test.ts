// Amendment, recall and signing authority through HTTP with the real worker and dondoc's Temporal server (wall
// clock): an issued plan is amended by an amending plan that goes through its own lifecycle (its signature refused
// while the signer's authority has expired, accepted once it is valid); at its issuance a task with progress and
// evidence is superseded (history kept), a new row gets a task in the department's inbox, a deadline moves; then the
// signer recalls the plan: open tasks close as recalled and the register entry is marked recalled.
import type { Client, HttpResult, TestStack } from './support/api-stack';
import { insertDraftPlan } from './support/draft-plan-fixture';
import { eventually, type SeededUser, startWorkflowStack, type WorkflowStack } from './support/workflow-stack';

jest.setTimeout(180_000);

describe('plan amendment, recall and signing authority through HTTP', () => {
  let stack: TestStack;
  let users: Record<string, SeededUser>;
  let as: Record<string, Client>;
  let ws: WorkflowStack;
  let planId: string;
  let amendingId: string;
  const rows: string[] = [];

  beforeAll(async () => {
    ws = await startWorkflowStack({ logins: ['vhxh', 'taichinh', 'phochutich', 'chutich', 'vanthu'] });
    ({ stack, users, as } = ws);
    const plan = await insertDraftPlan(stack.db.dataSource, {
      issuerId: users.chutich!.organisation_id,
      vhxhId: users.vhxh!.organisation_id,
      taichinhId: users.taichinh!.organisation_id,
    });
    planId = plan.planId;
    rows.push(...plan.responsibilityIds);
  });

  afterAll(async () => {
    await ws?.stop();
  });

  const act = (id: string, who: string, step: string, body: object = {}): Promise<HttpResult> =>
    as[who]!.post(`/api/plans/${id}/actions/${step}`, body);
  const taskOf = (row: number, who: string) => `task:${planId}:${rows[row]}:${users[who]!.organisation_id}`;
  const projection = async (workflowId: string) =>
    (
      (await stack.db.dataSource.query(
        `SELECT phase, status_code, status_label, progress, due_at, view FROM task_projections WHERE workflow_id = $1`,
        [workflowId],
      )) as {
        phase: string;
        status_code: string;
        status_label: string;
        progress: number;
        due_at: Date | null;
        view: { lastReport?: { evidenceFileRefs?: string[] } };
      }[]
    )[0];

  /** Review and approval of a draft by the given people (the signer approves). */
  async function review(id: string, signer: string) {
    expect((await act(id, 'vhxh', 'submit-for-review')).status).toBe(200);
    expect((await act(id, 'phochutich', 'review', { decision: 'approve' })).status).toBe(200);
    expect((await act(id, 'chutich', 'review', { decision: 'approve' })).status).toBe(200);
    expect((await act(id, signer, 'approve')).body.lifecycle.status).toBe('approved');
  }
  async function issue(id: string) {
    expect((await act(id, 'vanthu', 'number')).status).toBe(200);
    expect((await act(id, 'vanthu', 'seal')).status).toBe(200);
    const issued = await act(id, 'vanthu', 'issue', { recipients: ['Các phòng, ban chuyên môn'] });
    expect(issued.body.lifecycle?.status).toBe('issued');
    return issued;
  }

  it('issues the plan with the signer authority of the seed (KT. for the vice-chair), and refuses an amendment without changes', async () => {
    const start = await as.vhxh!.post(`/api/plans/${planId}/workflow`, {
      drafterUnitHeadId: users.phochutich!.id,
      formatCheckerId: users.chutich!.id,
      signerId: users.phochutich!.id,
      signingCapacity: 'KT',
      defaultDueDate: '2027-06-30',
    });
    expect(start.status).toBe(201);
    await review(planId, 'phochutich');
    // The vice-chair holds KT., not TM.: the workflow's check refuses with the reason and nothing changes.
    const wrong = await act(planId, 'phochutich', 'sign', { capacity: 'TM' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('SIGNING_CAPACITY_MISMATCH');
    expect((await act(planId, 'phochutich', 'sign', { capacity: 'KT' })).body.lifecycle).toMatchObject({
      status: 'signed',
      signature: { capacity: 'KT' },
    });
    const issued = await issue(planId);
    expect(issued.body.taskWorkflowIds).toEqual([taskOf(0, 'vhxh'), taskOf(1, 'taichinh')]);

    const none = await as.vhxh!.post(`/api/plans/${planId}/amendments`, {
      reason: 'Không đổi gì',
      drafterUnitHeadId: users.phochutich!.id,
      formatCheckerId: users.chutich!.id,
      signerId: users.chutich!.id,
    });
    expect(none.status).toBe(422);
    // Only drafters draft an amending plan.
    expect(
      (
        await as.vanthu!.post(`/api/plans/${planId}/amendments`, {
          reason: 'x',
          drafterUnitHeadId: users.phochutich!.id,
          formatCheckerId: users.chutich!.id,
          signerId: users.chutich!.id,
          removeResponsibilityIds: [rows[0]],
        })
      ).status,
    ).toBe(403);
  });

  it('amends through an amending plan: signature refused while the authority is expired; at issuance a task is superseded, one added, a deadline moved', async () => {
    // The department reports progress with evidence on the task the amendment will remove.
    const removed = taskOf(0, 'vhxh');
    const report = await as.vhxh!.post(`/api/tasks/${encodeURIComponent(removed)}/progress`, {
      progress: 40,
      result: 'Đã rà soát 3/5 thôn',
      evidenceFileRefs: ['files/bien-ban.pdf#sha256:ab12'],
    });
    expect(report.status).toBe(200);

    const created = await as.vhxh!.post(
      `/api/plans/${planId}/amendments`,
      {
        reason: 'Điều chỉnh nhiệm vụ theo chỉ đạo của UBND tỉnh',
        drafterUnitHeadId: users.phochutich!.id,
        formatCheckerId: users.chutich!.id,
        signerId: users.chutich!.id,
        removeResponsibilityIds: [rows[0]],
        dueDates: [{ responsibilityId: rows[1], dueDate: '2027-09-30' }],
        add: [
          {
            title: 'Truyền thông về giảm nghèo',
            leadOrganisationIds: [users.vhxh!.organisation_id],
            dueDate: '2027-12-31',
          },
        ],
      },
      { 'idempotency-key': 'amend-1' },
    );
    expect(created.status).toBe(201);
    amendingId = created.body.planId;
    expect(amendingId).not.toBe(planId);
    expect(created.body).toMatchObject({ lifecycle: { status: 'draft' }, amends: { planId, symbol: '01/KH-UBND' } });
    // The same request again answers the same amending plan.
    const again = await as.vhxh!.post(
      `/api/plans/${planId}/amendments`,
      {
        reason: 'Điều chỉnh nhiệm vụ theo chỉ đạo của UBND tỉnh',
        drafterUnitHeadId: users.phochutich!.id,
        formatCheckerId: users.chutich!.id,
        signerId: users.chutich!.id,
        removeResponsibilityIds: [rows[0]],
      },
      { 'idempotency-key': 'amend-1' },
    );
    expect(again.body.planId).toBe(amendingId);
    const relation = await stack.db.dataSource.query(
      `SELECT kind, related_plan_id FROM plan_relations WHERE plan_id = $1`,
      [amendingId],
    );
    expect(relation).toEqual([{ kind: 'amends', related_plan_id: planId }]);
    // Nothing changes on the amended plan before the amending plan is issued.
    expect((await projection(removed))?.phase).toBe('open');

    await review(amendingId, 'chutich');
    // The chairman's authority has expired: refused (403, Vietnamese reason), the plan stays approved.
    await stack.db.dataSource.query(
      `UPDATE signing_authorities SET valid_from = '2025-01-01T00:00:00+07:00', valid_until = now() - interval '1 day' WHERE person_id = $1`,
      [users.chutich!.id],
    );
    const expired = await act(amendingId, 'chutich', 'sign', { capacity: 'TM' });
    expect(expired.status).toBe(403);
    expect(expired.body.code).toBe('SIGNING_AUTHORITY_EXPIRED');
    expect(expired.body.message).toMatch(/hết hiệu lực/);
    expect((await as.chutich!.get(`/api/plans/${amendingId}/workflow`)).body.lifecycle.status).toBe('approved');
    await stack.db.dataSource.query(`UPDATE signing_authorities SET valid_until = NULL WHERE person_id = $1`, [
      users.chutich!.id,
    ]);
    expect((await act(amendingId, 'chutich', 'sign', { capacity: 'TM' })).body.lifecycle.status).toBe('signed');
    const amendingIssued = await issue(amendingId);
    expect(amendingIssued.body.taskWorkflowIds).toEqual([]);

    // The amended plan applied the difference: superseded (history kept), moved, added.
    const state = await eventually(
      () => as.chutich!.get(`/api/plans/${planId}/workflow`),
      (r) => (r.body.amendments?.length ?? 0) > 0,
    );
    const amendment = state.body.amendments[0];
    expect(amendment).toMatchObject({
      byPlanId: amendingId,
      bySymbol: '02/KH-UBND',
      superseded: [removed],
      moved: [taskOf(1, 'taichinh')],
    });
    expect(amendment.started).toHaveLength(1);
    const superseded = await eventually(
      () => projection(removed),
      (p) => p?.phase === 'superseded',
    );
    expect(superseded).toMatchObject({ status_code: 'superseded', status_label: 'Đã được thay thế', progress: 40 });
    expect(superseded!.view.lastReport?.evidenceFileRefs).toEqual(['files/bien-ban.pdf#sha256:ab12']);
    const moved = await eventually(
      () => projection(taskOf(1, 'taichinh')),
      (p) => p?.due_at?.toISOString() === '2027-09-30T17:00:00.000Z',
    );
    expect(moved!.phase).toBe('open');

    // The matrix: the superseded row keeps its cell (status "đã được thay thế"), the added row appears with its task.
    const addedRow = amendment.started[0].split(':')[2];
    const matrix = await eventually(
      () => as.chutich!.get(`/api/plans/${planId}/matrix`),
      (r) =>
        r.body.rows?.some(
          (row: { responsibilityId: string; cells: Record<string, { status?: object }> }) =>
            row.responsibilityId === addedRow && row.cells[users.vhxh!.organisation_id]?.status,
        ),
    );
    const cellOf = (row: string) =>
      matrix.body.rows.find((r: { responsibilityId: string }) => r.responsibilityId === row).cells[
        users.vhxh!.organisation_id
      ];
    expect(cellOf(rows[0]!)).toMatchObject({ role: 'lead', status: { code: 'superseded', label: 'Đã được thay thế' } });
    expect(cellOf(addedRow)).toMatchObject({
      role: 'lead',
      status: { code: 'inProgress' },
      due: '2027-12-31T17:00:00.000Z',
    });
    expect(matrix.body.warnings).toEqual([]);

    // The department's inbox: the new task to report on, not the superseded one.
    const inbox = await eventually(
      () => as.vhxh!.get('/api/inbox'),
      (r) => r.body.data?.some((i: { workflowId?: string }) => i.workflowId === amendment.started[0]),
    );
    expect(inbox.body.data.some((i: { workflowId?: string }) => i.workflowId === removed)).toBe(false);
    const audit: { action: string }[] = await stack.db.dataSource.query(
      `SELECT action FROM audit_events WHERE object_id = $1 ORDER BY id`,
      [removed],
    );
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['task.reportProgress', 'task.superseded']));
  });

  it('recalls the issued plan by its signer: open tasks close as recalled, the register entry is marked recalled', async () => {
    expect((await act(planId, 'vanthu', 'recall', { reason: 'Sai sót' })).status).toBe(403);
    const noReason = await act(planId, 'phochutich', 'recall', { reason: '' });
    expect(noReason.status).toBe(422);
    const recalled = await act(planId, 'phochutich', 'recall', { reason: 'Ban hành không đúng thẩm quyền' });
    expect(recalled.status).toBe(200);
    expect(recalled.body).toMatchObject({
      statusLabel: 'Đã thu hồi',
      lifecycle: { status: 'recalled', closedReason: 'Ban hành không đúng thẩm quyền' },
    });
    const recalledTask = await eventually(
      () => projection(taskOf(1, 'taichinh')),
      (p) => p?.phase === 'recalled',
    );
    expect(recalledTask!.status_label).toBe('Đã thu hồi');
    // The superseded task keeps its status.
    expect((await projection(taskOf(0, 'vhxh')))!.phase).toBe('superseded');
    const register = await eventually(
      () =>
        stack.db.dataSource.query(`SELECT number, status FROM document_register_entries WHERE plan_id = $1`, [
          planId,
        ]) as Promise<{ number: number; status: string }[]>,
      (r) => r[0]?.status === 'recalled',
    );
    expect(register).toEqual([{ number: 1, status: 'recalled' }]);
    // A second recall is a state conflict; nothing else changes.
    expect((await act(planId, 'phochutich', 'recall', { reason: 'Lần nữa' })).status).toBe(409);
  });
});
