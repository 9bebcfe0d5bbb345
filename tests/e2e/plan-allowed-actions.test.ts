import { randomUUID } from 'node:crypto';
// GET /api/plans/:id/allowed-actions through HTTP with the real worker and dondoc's Temporal server:
// at each stage of a plan's lifecycle the drafter (department), another department, the leaders and
// the clerk see the steps the domain would accept from them, and each listed step is then accepted
// by the workflow (the list and the workflow's validators agree).
import { Client, type TestStack } from './support/api-stack';
import { type SeededUser, startWorkflowStack, type WorkflowStack } from './support/workflow-stack';

// Loaded machine: server start, bundle and a dozen updates through HTTP.
jest.setTimeout(180_000);

const PEOPLE = ['vhxh', 'taichinh', 'phochutich', 'chutich', 'vanthu'] as const;
type Who = (typeof PEOPLE)[number];

interface Listed {
  action: string;
  allowed: boolean;
  code?: string;
  reason?: string;
  inputs: { name: string; kind: string; choices?: { id: string; name: string }[] }[];
  initial?: Record<string, string>;
  notes?: Record<string, string>;
}

describe('GET /api/plans/:id/allowed-actions', () => {
  let ws: WorkflowStack;
  let stack: TestStack;
  let users: Record<string, SeededUser>;
  let as: Record<Who, Client>;
  let planId: string;

  beforeAll(async () => {
    ws = await startWorkflowStack({ logins: PEOPLE });
    ({ stack, users } = ws);
    as = ws.as as Record<Who, Client>;
    planId = await insertDraftPlan(stack, users.chutich!.organisation_id, users.vhxh!.organisation_id);
  });

  afterAll(async () => {
    await ws?.stop();
  });

  const listed = async (who: Who): Promise<Listed[]> => {
    const res = await as[who].get(`/api/plans/${planId}/allowed-actions`);
    expect(res.status).toBe(200);
    return res.body.actions as Listed[];
  };
  const allowedOf = async (who: Who) => (await listed(who)).filter((a) => a.allowed).map((a) => a.action);
  /** What each person may do now, checked against the expected table in one assertion. */
  const everyone = async () => Object.fromEntries(await Promise.all(PEOPLE.map(async (u) => [u, await allowedOf(u)])));
  const step = async (who: Who, path: string, body: object = {}) => {
    const res = await as[who].post(`/api/plans/${planId}/actions/${path}`, body);
    expect({ who, path, status: res.status, body: res.status === 200 ? undefined : res.body }).toEqual({
      who,
      path,
      status: 200,
      body: undefined,
    });
    return res.body;
  };

  it('answers 404 for an unknown plan and needs a session', async () => {
    expect((await as.vhxh.get(`/api/plans/${randomUUID()}/allowed-actions`)).status).toBe(404);
    expect((await new Client(stack.baseUrl).get(`/api/plans/${planId}/allowed-actions`)).status).toBe(401);
  });

  it('offers a draft plan outside the lifecycle only a start, to a department, with the people to choose from', async () => {
    expect(await everyone()).toEqual({ vhxh: ['start'], taichinh: ['start'], phochutich: [], chutich: [], vanthu: [] });
    const [start] = await listed('vhxh');
    const signers = start!.inputs.find((i) => i.name === 'signerId')!.choices!.map((c) => c.id);
    expect(signers).toEqual(expect.arrayContaining([users.chutich!.id, users.phochutich!.id]));
    expect(signers).not.toContain(users.vhxh!.id);
    expect(start!.initial).toEqual({ signingCapacity: 'KT' });
    const res = await as.vhxh.get(`/api/plans/${planId}/allowed-actions`);
    expect(res.body).toMatchObject({ status: null, revision: null });
  });

  it('follows the lifecycle: each person sees their steps at each stage, and the listed steps are accepted', async () => {
    const started = await as.vhxh.post(`/api/plans/${planId}/workflow`, {
      drafterUnitHeadId: users.phochutich!.id,
      formatCheckerId: users.chutich!.id,
      signerId: users.phochutich!.id,
      signingCapacity: 'KT',
      defaultDueDate: '2027-06-30',
    });
    expect(started.status).toBe(201);

    // Draft: only the drafter; another department sees the drafter's steps disabled with the reason.
    expect(await everyone()).toEqual({
      vhxh: ['edit', 'consultation', 'submit-for-review', 'withdraw'],
      taichinh: [],
      phochutich: [],
      chutich: [],
      vanthu: [],
    });
    const other = await listed('taichinh');
    expect(other.map((a) => a.action)).toEqual(['edit', 'consultation', 'submit-for-review', 'withdraw']);
    expect(other.every((a) => !a.allowed && a.code === 'ACTOR_NOT_PERMITTED' && /quyền/.test(a.reason ?? ''))).toBe(
      true,
    );
    const consultation = (await listed('vhxh')).find((a) => a.action === 'consultation')!;
    expect(consultation.inputs.find((i) => i.name === 'invitees')!.choices!.map((c) => c.id)).toContain(
      users.taichinh!.organisation_id,
    );

    // Consultation: the invited organisation replies, the drafter closes.
    await step('vhxh', 'consultation', {
      invitees: [users.taichinh!.organisation_id],
      closesAt: '2099-01-01T00:00:00.000Z',
    });
    expect(await everyone()).toEqual({
      vhxh: ['edit', 'consultation/close', 'withdraw'],
      taichinh: ['consultation/reply'],
      phochutich: [],
      chutich: [],
      vanthu: [],
    });
    await step('taichinh', 'consultation/reply', { comment: 'Đề nghị bổ sung nguồn kinh phí' });
    await step('vhxh', 'consultation/close');

    await step('vhxh', 'submit-for-review');
    expect(await everyone()).toEqual({
      vhxh: ['edit', 'withdraw'],
      taichinh: [],
      phochutich: ['review-approve', 'review-return'],
      chutich: [],
      vanthu: [],
    });
    await step('phochutich', 'review', { decision: 'approve' });
    expect((await everyone()).chutich).toEqual(['review-approve', 'review-return']);
    expect((await everyone()).phochutich).toEqual([]);
    await step('chutich', 'review', { decision: 'approve' });

    // Awaiting approval: the chairman (format checker, a leader) sees the approval refused: not the signer.
    expect(await everyone()).toEqual({
      vhxh: ['edit', 'withdraw'],
      taichinh: [],
      phochutich: ['approve', 'review-return'],
      chutich: [],
      vanthu: [],
    });
    expect((await listed('chutich')).find((a) => a.action === 'approve')).toMatchObject({
      allowed: false,
      code: 'ACTOR_NOT_PERMITTED',
    });
    await step('phochutich', 'approve');

    // Approved: the signer signs in the capacity recorded at the start; an edit would void the approval.
    expect((await listed('phochutich')).find((a) => a.action === 'sign')).toMatchObject({
      allowed: true,
      initial: { capacity: 'KT' },
      notes: { capacity: 'KT.' },
    });
    expect((await listed('vhxh')).find((a) => a.action === 'edit')).toMatchObject({
      allowed: true,
      notes: { voidsApproval: '1' },
    });
    await step('phochutich', 'sign', { capacity: 'KT' });

    // Signed: the clerk numbers (the number to be given is shown) and seals; issuing needs both.
    expect(await everyone()).toEqual({
      vhxh: [],
      taichinh: [],
      phochutich: [],
      chutich: [],
      vanthu: ['number', 'seal'],
    });
    expect((await listed('vanthu')).find((a) => a.action === 'number')!.notes).toEqual({ symbol: '01/KH-UBND' });
    await step('vanthu', 'number');
    const beforeSeal = await listed('vanthu');
    expect(beforeSeal.map((a) => [a.action, a.allowed, a.code])).toEqual([
      ['seal', true, undefined],
      ['issue', false, 'SEAL_MISSING'],
    ]);
    await step('vanthu', 'seal');
    expect(await allowedOf('vanthu')).toEqual(['seal', 'issue']);
    await step('vanthu', 'issue', { recipients: ['Như trên', 'Lưu: VT.'] });

    // Issued: only the signer may still recall it; an amending plan (Decree 30 Art. 18) is drafted by the drafter's
    // department or commissioned by the leader (drafter unit head, signer). The status comes from the workflow.
    expect(await everyone()).toEqual({ vhxh: ['amend'], taichinh: [], phochutich: ['recall', 'amend'], chutich: [], vanthu: [] });
    expect((await as.chutich.get(`/api/plans/${planId}/allowed-actions`)).body).toMatchObject({ status: 'issued' });
  });

  it('lets the route agree with the list: the leader commissions an amending plan (drafted by the drafter), others are refused', async () => {
    const amend = (await listed('phochutich')).find((a) => a.action === 'amend')!;
    const row = amend.inputs.find((i) => i.name === 'responsibilityId')!.choices![0]!.id;
    const body = {
      reason: 'Điều chỉnh thời hạn theo chỉ đạo của UBND tỉnh',
      drafterUnitHeadId: users.phochutich!.id,
      formatCheckerId: users.chutich!.id,
      signerId: users.phochutich!.id,
      dueDates: [{ responsibilityId: row, dueDate: '2027-09-30' }],
    };
    // chutich (format checker only) sees it refused with the reason, and the route refuses it the same way.
    const refusedInList = (await listed('chutich')).find((a) => a.action === 'amend');
    expect(refusedInList).toMatchObject({ allowed: false });
    const refused = await as.chutich.post(`/api/plans/${planId}/amendments`, body);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe(refusedInList!.reason);
    expect((await as.taichinh.post(`/api/plans/${planId}/amendments`, body)).status).toBe(403);

    const created = await as.phochutich.post(`/api/plans/${planId}/amendments`, body);
    expect(created.status).toBe(201);
    expect(created.body.lifecycle).toMatchObject({ status: 'draft' });
    const [state] = await stack.db.dataSource.query(`SELECT people, started_by FROM plan_workflow_states WHERE plan_id = $1`, [
      created.body.planId,
    ]);
    expect(state).toEqual({
      people: expect.objectContaining({ drafter: users.vhxh!.id, drafterUnitHead: users.phochutich!.id }),
      started_by: users.phochutich!.id,
    });
  });
});

/** A draft plan with one responsibility (lead: the drafting department). */
async function insertDraftPlan(stack: TestStack, issuerId: string, vhxhId: string): Promise<string> {
  return stack.db.dataSource.transaction(async (m) => {
    const [p] = await m.query(
      `INSERT INTO plans (document_type, issuer_organisation_id, title, status, source, period_from, period_to)
       VALUES ('KH', $1, 'Kế hoạch phòng, chống thiên tai năm 2027', 'draft', 'born-digital', 2027, 2027) RETURNING id`,
      [issuerId],
    );
    const [rev] = await m.query(
      `INSERT INTO plan_revisions (plan_id, number, snapshot) VALUES ($1, 1, '{}') RETURNING id`,
      [p.id],
    );
    await m.query(`UPDATE plans SET current_revision_id = $1 WHERE id = $2`, [rev.id, p.id]);
    const [r] = await m.query(
      `INSERT INTO plan_responsibilities (revision_id, position, mode, duties, origin)
       VALUES ($1, 0, 'order', 'Rà soát các điểm có nguy cơ sạt lở', 'manual') RETURNING id`,
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
