// A plan driven through HTTP as the drafter (department), the leaders, the clerk and two departments
// would, with the real worker (created in-process from apps/worker, Postgres ports on the stack's
// database) and dondoc's Temporal server in dev mode (wall clock).
import { dutyWorkflowId, type ReportingDutyInput, WORKFLOW_TYPES } from '@dondoc/contracts';
import { parseIsoDate } from '@dondoc/domain';
import type { Client, HttpResult, TestStack } from './support/api-stack';
import { insertDraftPlan } from './support/draft-plan-fixture';
import { eventually, type SeededUser, startWorkflowStack, type WorkflowStack } from './support/workflow-stack';

// Loaded machine: server start, bundle and a dozen updates through HTTP.
jest.setTimeout(180_000);

describe("workflow actions through HTTP (plan → issue → tasks in the departments' inboxes)", () => {
  let env: WorkflowStack['env'];
  let stack: TestStack;
  let taskQueue: string;
  let users: Record<string, SeededUser>;
  let as: Record<string, Client>;
  let ws: WorkflowStack;
  let planId: string;
  let ubndId: string;

  beforeAll(async () => {
    ws = await startWorkflowStack({ logins: ['vhxh', 'taichinh', 'phochutich', 'chutich', 'vanthu', 'sonnmt'] });
    ({ env, stack, taskQueue, users, as } = ws);
    ubndId = users.chutich!.organisation_id;
    ({ planId } = await insertDraftPlan(stack.db.dataSource, {
      issuerId: ubndId,
      vhxhId: users.vhxh!.organisation_id,
      taichinhId: users.taichinh!.organisation_id,
    }));
  });

  afterAll(async () => {
    await ws?.stop();
  });

  const plan = (who: string, step: string, body: object = {}, key?: string): Promise<HttpResult> =>
    as[who]!.post(`/api/plans/${planId}/actions/${step}`, body, key ? { 'idempotency-key': key } : {});

  it('refuses to start with a deadline typed on Tết (422 with the reason), and starts nothing', async () => {
    const refused = await as.vhxh!.post(`/api/plans/${planId}/workflow`, {
      drafterUnitHeadId: users.phochutich!.id,
      formatCheckerId: users.chutich!.id,
      signerId: users.phochutich!.id,
      signingCapacity: 'KT',
      defaultDueDate: '2026-02-17',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('DEADLINE_ON_NON_WORKING_DAY');
    expect(refused.body.message).toMatch(/17\/02\/2026.*Tết Nguyên đán/);
    expect((await as.vhxh!.get(`/api/plans/${planId}/workflow`)).status).toBe(404);
  });

  it("starts the lifecycle from the plans module's plan and walks Decree 30: review, approval, signature, number, issuance", async () => {
    const start = await as.vhxh!.post(
      `/api/plans/${planId}/workflow`,
      {
        drafterUnitHeadId: users.phochutich!.id,
        formatCheckerId: users.chutich!.id,
        signerId: users.phochutich!.id,
        signingCapacity: 'KT',
        defaultDueDate: '2027-06-30',
      },
      { 'idempotency-key': 'start-1' },
    );
    expect(start.status).toBe(201);
    expect(start.body).toMatchObject({
      workflowId: `plan:${planId}`,
      lifecycle: { status: 'draft', revision: 1, signerId: users.phochutich!.id, issuingAgencyId: ubndId },
    });
    // The same start again answers the same; another start is a conflict.
    expect(
      (
        await as.vhxh!.post(
          `/api/plans/${planId}/workflow`,
          {
            drafterUnitHeadId: users.phochutich!.id,
            formatCheckerId: users.chutich!.id,
            signerId: users.phochutich!.id,
            signingCapacity: 'KT',
          },
          { 'idempotency-key': 'start-1' },
        )
      ).status,
    ).toBe(201);
    expect(
      (
        await as.vhxh!.post(`/api/plans/${planId}/workflow`, {
          drafterUnitHeadId: users.phochutich!.id,
          formatCheckerId: users.chutich!.id,
          signerId: users.phochutich!.id,
          signingCapacity: 'KT',
        })
      ).status,
    ).toBe(409);

    // An issued (imported) plan is not drafted again.
    const [issuedPlan] = await stack.db.dataSource.query(
      `INSERT INTO plans (document_type, title, status, source) VALUES ('KH', 'Kế hoạch đã ban hành', 'issued', 'imported') RETURNING id`,
    );
    const refusedStart = await as.vhxh!.post(`/api/plans/${issuedPlan.id}/workflow`, {
      drafterUnitHeadId: users.phochutich!.id,
      formatCheckerId: users.chutich!.id,
      signerId: users.phochutich!.id,
      signingCapacity: 'KT',
    });
    expect(refusedStart.status).toBe(409);

    // Consultation round: only an invited organisation replies; the drafter closes it.
    const consult = await plan('vhxh', 'consultation', {
      invitees: [users.taichinh!.organisation_id],
      closesAt: '2099-01-01T00:00:00.000Z',
    });
    expect(consult.body.lifecycle.status).toBe('consultation');
    const replied = await plan('taichinh', 'consultation/reply', { comment: 'Đề nghị bổ sung nguồn kinh phí' });
    expect(replied.body.replies).toEqual([
      expect.objectContaining({ orgId: users.taichinh!.organisation_id, personId: users.taichinh!.id }),
    ]);
    expect((await plan('phochutich', 'consultation/reply', { comment: 'Ý kiến' })).status).toBe(403);
    expect((await plan('vhxh', 'consultation/close')).body.lifecycle.status).toBe('draft');

    // Returned with comments, edited (a new revision: the workflow continues as new), submitted again.
    expect((await plan('vhxh', 'submit-for-review')).body.lifecycle.status).toBe('contentReview');
    const returned = await plan('phochutich', 'review', {
      decision: 'return',
      reason: 'Bổ sung chỉ tiêu',
      comments: ['Mục II.1'],
    });
    expect(returned.body).toMatchObject({
      lifecycle: { status: 'draft' },
      returns: [{ reason: 'Bổ sung chỉ tiêu', comments: ['Mục II.1'] }],
    });
    expect((await plan('vhxh', 'edit', { summary: 'Bổ sung chỉ tiêu mục II.1' })).body.lifecycle).toMatchObject({
      status: 'draft',
      revision: 2,
    });
    // The older edit route goes through the content path: a content revision with the summary as its reason.
    const revisions = await stack.db.dataSource.query(`SELECT number, reason FROM plan_revisions WHERE plan_id = $1 ORDER BY number`, [planId]);
    expect(revisions.at(-1)).toEqual({ number: revisions.length, reason: 'Bổ sung chỉ tiêu mục II.1' });
    expect(revisions.length).toBeGreaterThanOrEqual(2);
    const resubmitted = await plan('vhxh', 'submit-for-review');
    expect(resubmitted.body.lifecycle).toMatchObject({ status: 'contentReview', revision: 2 });

    // A department may not approve (no permission) nor review.
    const deptApprove = await plan('taichinh', 'approve');
    expect(deptApprove.status).toBe(403);
    expect(deptApprove.body.code).toBe('FORBIDDEN');
    expect((await plan('taichinh', 'review', { decision: 'approve' })).status).toBe(403);

    // The leader's inbox shows the content review waiting for them.
    const inbox = await as.phochutich!.get('/api/inbox');
    expect(inbox.body.data).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'plan', planId, action: 'reviewContent' })]),
    );

    // Returning without a reason is invalid input (422, Vietnamese message).
    const noReason = await plan('phochutich', 'review', { decision: 'return' });
    expect(noReason.status).toBe(422);
    expect(noReason.body.code).toBe('REASON_REQUIRED');
    expect(noReason.body.message).toMatch(/lý do/i);

    expect((await plan('phochutich', 'review', { decision: 'approve' })).body.lifecycle.status).toBe('formatCheck');
    expect((await plan('chutich', 'review', { decision: 'approve' })).body.lifecycle.status).toBe('awaitingApproval');

    // Only the future signer approves (Art. 11): another leader is refused by the workflow's validator, in Vietnamese.
    const wrongSigner = await plan('chutich', 'approve');
    expect(wrongSigner.status).toBe(403);
    expect(wrongSigner.body.code).toBe('ACTOR_NOT_PERMITTED');
    expect(wrongSigner.body.message.length).toBeGreaterThan(5);

    // Two approvals race: one wins, the other is a state conflict; the winner's request id replays its outcome.
    const [a, b] = await Promise.all([
      plan('phochutich', 'approve', {}, 'approve-a'),
      plan('phochutich', 'approve', {}, 'approve-b'),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [won, lost] = a.status === 200 ? [a, b] : [b, a];
    expect(won.body.lifecycle.status).toBe('approved');
    expect(lost.body.code).toBe('TRANSITION_NOT_ALLOWED');

    expect((await plan('vanthu', 'number')).body.code).toBe('NUMBER_BEFORE_SIGNATURE');
    expect((await plan('phochutich', 'sign', { capacity: 'KT' })).body.lifecycle.status).toBe('signed');
    // Replayed after the plan moved on, the winner's request id still answers its first outcome (not a 409).
    const replay = await plan('phochutich', 'approve', {}, won === a ? 'approve-a' : 'approve-b');
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(won.body);
    const numbered = await plan('vanthu', 'number', {}, 'number-1');
    expect(numbered.body.lifecycle).toMatchObject({ status: 'numbered', number: { number: 1, symbol: '01/KH-UBND' } });
    expect((await plan('vanthu', 'number', {}, 'number-1')).body.lifecycle.number).toEqual(
      numbered.body.lifecycle.number,
    );
    expect((await plan('vanthu', 'seal')).status).toBe(200);
    const issued = await plan('vanthu', 'issue', { recipients: ['Các phòng, ban chuyên môn'] });
    expect(issued.status).toBe(200);
    expect(issued.body.lifecycle.status).toBe('issued');
    expect(issued.body.taskWorkflowIds).toHaveLength(2);

    const register: { number: number; status: string; symbol: string; plan_id: string }[] =
      await stack.db.dataSource.query(
        `SELECT number, status, symbol, plan_id FROM document_register_entries WHERE organisation_id = $1`,
        [ubndId],
      );
    expect(register).toEqual([{ number: 1, status: 'used', symbol: '01/KH-UBND', plan_id: planId }]);
    const state = await as.vhxh!.get(`/api/plans/${planId}/workflow`);
    expect(state.body.lifecycle.status).toBe('issued');
  });

  it("puts each task in its department's inbox and refuses a department acting on another's task (403)", async () => {
    const vhxhInbox = await eventually(
      () => as.vhxh!.get('/api/inbox'),
      (r) => r.body.data?.some((i: { kind: string }) => i.kind === 'task'),
    );
    const taichinhInbox = await eventually(
      () => as.taichinh!.get('/api/inbox'),
      (r) => r.body.data?.some((i: { kind: string }) => i.kind === 'task'),
    );
    const mine = vhxhInbox.body.data.filter((i: { kind: string }) => i.kind === 'task');
    const theirs = taichinhInbox.body.data.filter((i: { kind: string }) => i.kind === 'task');
    expect(mine).toHaveLength(1);
    expect(theirs).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      organisationId: users.vhxh!.organisation_id,
      planId,
      action: 'report',
      statusCode: 'inProgress',
      statusLabel: 'Đang thực hiện trong hạn',
      dueAt: '2027-06-30T17:00:00.000Z',
    });
    expect(theirs[0].organisationId).toBe(users.taichinh!.organisation_id);
    expect((await as.vhxh!.get('/api/inbox?filter=overdue')).body).toEqual({ data: [], total: 0 });
    expect((await as.vhxh!.get('/api/inbox?filter=soon')).status).toBe(422);

    const otherTask = encodeURIComponent(theirs[0].workflowId);
    const forbidden = await as.vhxh!.post(`/api/tasks/${otherTask}/progress`, { progress: 10 });
    expect(forbidden.status).toBe(403);

    // Lists: a department sees its own tasks; a leader sees all.
    expect((await as.taichinh!.get('/api/tasks')).body.total).toBe(1);
    expect((await as.phochutich!.get(`/api/tasks?planId=${planId}`)).body.total).toBe(2);
    const detail = await as.vhxh!.get(`/api/tasks/${encodeURIComponent(mine[0].workflowId)}`);
    expect(detail.body).toMatchObject({ planId, role: 'lead', task: { phase: 'open', progress: 0 } });
  });

  it('reports progress once per request id, submits, and the leader accepts from their inbox', async () => {
    const task = encodeURIComponent(
      `task:${planId}:${await responsibilityOf(stack, planId, 0)}:${users.vhxh!.organisation_id}`,
    );
    const first = await as.vhxh!.post(
      `/api/tasks/${task}/progress`,
      { progress: 50, difficulties: 'Thiếu số liệu hộ cận nghèo' },
      { 'idempotency-key': 'progress-1' },
    );
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ reportCount: 1, task: { progress: 50 } });
    const again = await as.vhxh!.post(
      `/api/tasks/${task}/progress`,
      { progress: 50, difficulties: 'Thiếu số liệu hộ cận nghèo' },
      { 'idempotency-key': 'progress-1' },
    );
    expect(again.status).toBe(200);
    expect(again.body.reportCount).toBe(1);
    const bad = await as.vhxh!.post(`/api/tasks/${task}/progress`, { progress: 150 });
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('INVALID_PROGRESS');

    expect((await as.vhxh!.post(`/api/tasks/${task}/submit`, { result: 'Đã rà soát xong' })).body.task.phase).toBe(
      'submitted',
    );
    // A department cannot accept (tasks.assign); the signer, as leader in charge, sees it waiting.
    expect((await as.taichinh!.post(`/api/tasks/${task}/accept`, {})).status).toBe(403);
    const leaderInbox = await eventually(
      () => as.phochutich!.get('/api/inbox'),
      (r) => r.body.data?.some((i: { action: string }) => i.action === 'accept'),
    );
    expect(leaderInbox.body.data.find((i: { action: string }) => i.action === 'accept').workflowId).toBe(
      decodeURIComponent(task),
    );
    const accepted = await as.phochutich!.post(`/api/tasks/${task}/accept`, {});
    expect(accepted.body.status).toMatchObject({ code: 'completedOnTime', label: 'Hoàn thành đúng hạn' });
    // The task workflow has finished: a further step is a state conflict.
    const late = await as.phochutich!.post(`/api/tasks/${task}/accept`, {});
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/đã kết thúc/);
  });

  it('shows the assignment matrix with lead/coordinator cells and live task statuses', async () => {
    const m = await eventually(
      () => as.taichinh!.get(`/api/plans/${planId}/matrix`),
      (r) => r.body.rows?.[0]?.cells?.[users.vhxh!.organisation_id]?.status?.code === 'completedOnTime',
    );
    expect(m.status).toBe(200);
    expect(m.body.rows).toHaveLength(2);
    const [r1, r2] = m.body.rows;
    expect(r1.cells[users.vhxh!.organisation_id]).toMatchObject({ role: 'lead', taskCount: 1 });
    expect(r1.cells[users.taichinh!.organisation_id]).toMatchObject({ role: 'coordinator', taskCount: 0 });
    expect(r2.cells[users.taichinh!.organisation_id]).toMatchObject({
      role: 'lead',
      status: { code: 'inProgress' },
      due: '2027-06-30T17:00:00.000Z',
    });
    expect(m.body.organisations[users.vhxh!.organisation_id]).toBeTruthy();
  });

  it('refuses an extension request or decision whose new deadline falls on Tết (422), before Temporal is asked', async () => {
    const task = encodeURIComponent(
      `task:${planId}:${await responsibilityOf(stack, planId, 1)}:${users.taichinh!.organisation_id}`,
    );
    // "By the end of 08/02/2027" is 24:00 local, i.e. 2027-02-08T17:00Z: the due day is 08/02 (Tết), not 09/02.
    const requested = await as.taichinh!.post(`/api/tasks/${task}/extension`, {
      newDueAt: '2027-02-08T17:00:00.000Z',
      reason: 'Chờ bố trí kinh phí',
    });
    expect(requested.status).toBe(422);
    expect(requested.body.code).toBe('DEADLINE_ON_NON_WORKING_DAY');
    expect(requested.body.message).toMatch(/08\/02\/2027.*Tết Nguyên đán/);
    const decided = await as.phochutich!.post(`/api/tasks/${task}/extension/decision`, {
      grant: true,
      newDueAt: '2027-02-08T17:00:00.000Z',
    });
    expect(decided.status).toBe(422);
    expect(decided.body.code).toBe('DEADLINE_ON_NON_WORKING_DAY');
    // Nothing reached the workflow: the task keeps its deadline and has no pending request.
    const detail = await as.taichinh!.get(`/api/tasks/${task}`);
    expect(detail.body.task.phase).toBe('open');
  });

  it('delivers in-app notifications to the people and organisations, and marks them read', async () => {
    const list = await eventually(
      () => as.phochutich!.get('/api/notifications?unread=true'),
      (r) => r.body.total > 0,
    );
    expect(list.body.data[0]).toMatchObject({ kind: 'info', title: 'Thông báo' });
    const id = list.body.data[0].id;
    const read = await as.phochutich!.post(`/api/notifications/${id}/read`, {});
    expect(read.status).toBe(200);
    expect((await as.vhxh!.post(`/api/notifications/${id}/read`, {})).status).toBe(404);
    const all = await as.phochutich!.post('/api/notifications/read-all', {});
    expect(all.status).toBe(200);
    expect((await as.phochutich!.get('/api/notifications?unread=true')).body.total).toBe(0);
  });

  describe('reporting duty through HTTP', () => {
    it('lets each reporting organisation submit its own period report once, and the standing agency consolidate', async () => {
      // Duties of the plans module are not mapped to duty workflows yet: the workflow is started from a fixture.
      const workflowId = dutyWorkflowId(planId, 'bc-nam');
      const input: ReportingDutyInput = {
        planId,
        dutyId: 'bc-nam',
        title: 'Báo cáo năm kết quả giảm nghèo',
        duty: { frequency: 'annual', due: { kind: 'yearly', month: 12, day: 15 } },
        planPeriod: { start: parseIsoDate('2027-01-01'), end: parseIsoDate('2027-12-31') },
        reporters: [
          { orgId: users.vhxh!.organisation_id, chain: { ownerId: users.vhxh!.organisation_id } },
          { orgId: users.taichinh!.organisation_id, chain: { ownerId: users.taichinh!.organisation_id } },
        ],
        standingAgencyId: users.sonnmt!.organisation_id,
        consolidatorId: users.sonnmt!.id,
      };
      await env.client.workflow.start(WORKFLOW_TYPES.reportingDuty, { args: [input], taskQueue, workflowId });
      const item = await eventually(
        () => as.vhxh!.get('/api/inbox'),
        (r) => r.body.data?.some((i: { kind: string }) => i.kind === 'duty'),
      );
      const duty = item.body.data.find((i: { kind: string }) => i.kind === 'duty');
      // "Trước ngày 15/12" (strict): due at the end of 14/12, local time.
      expect(duty).toMatchObject({
        workflowId,
        action: 'submitReport',
        title: 'Báo cáo năm kết quả giảm nghèo (2027-Y)',
        dueAt: '2027-12-14T17:00:00.000Z',
      });
      const id = encodeURIComponent(workflowId);
      const periodKey = (await as.sonnmt!.get(`/api/duties/${id}`)).body.period.key;

      // Not a reporter of this duty: 403 before Temporal is asked.
      expect((await as.phochutich!.post(`/api/duties/${id}/reports`, { periodKey })).status).toBe(403);
      const sent = await as.vhxh!.post(`/api/duties/${id}/reports`, {
        periodKey,
        figures: { hoNgheo: 12 },
        requestId: 'report-1',
      });
      expect(sent.status).toBe(200);
      expect(
        sent.body.submissions.find((x: { orgId: string }) => x.orgId === users.vhxh!.organisation_id),
      ).toMatchObject({ status: 'submitted', submittedBy: users.vhxh!.id, figures: { hoNgheo: 12 } });
      const replay = await as.vhxh!.post(`/api/duties/${id}/reports`, {
        periodKey,
        figures: { hoNgheo: 12 },
        requestId: 'report-1',
      });
      expect(replay.body.submissions).toEqual(sent.body.submissions);
      expect(
        (await as.vhxh!.post(`/api/duties/${id}/reports`, { periodKey, figures: { hoNgheo: 'mười' } })).status,
      ).toBe(422);

      // A department may not consolidate (permission); the standing agency does.
      expect((await as.vhxh!.post(`/api/duties/${id}/consolidation`, { periodKey })).status).toBe(403);
      // Before the deadline, with a report missing: a state conflict with the workflow's Vietnamese reason.
      const early = await as.sonnmt!.post(`/api/duties/${id}/consolidation`, { periodKey });
      expect(early.status).toBe(409);
      expect(early.body.message).toMatch(/chưa hết hạn/);
      expect(
        (await as.taichinh!.post(`/api/duties/${id}/reports`, { periodKey, figures: { hoNgheo: 3 } })).status,
      ).toBe(200);
      const done = await as.sonnmt!.post(`/api/duties/${id}/consolidation`, {
        periodKey,
        narrative: 'Tổng hợp năm 2027',
      });
      expect(done.status).toBe(200);
      expect(done.body.consolidation).toMatchObject({
        by: users.sonnmt!.id,
        totals: { hoNgheo: 15 },
        missingOrgIds: [],
      });
      expect((await as.sonnmt!.get('/api/duties')).body.total).toBe(1);
      expect((await as.phochutich!.get(`/api/duties?planId=${planId}`)).body.data[0]).toMatchObject({
        id: workflowId,
        reporters: 2,
      });
    });
  });
});

/** The responsibility at `position` of the plan's current revision (an edit copies the rows under new ids). */
async function responsibilityOf(stack: TestStack, planId: string, position: number): Promise<string> {
  const [r] = await stack.db.dataSource.query(
    `SELECT r.id FROM plan_responsibilities r JOIN plans p ON p.current_revision_id = r.revision_id WHERE p.id = $1 AND r.position = $2`,
    [planId, position],
  );
  return r.id;
}
