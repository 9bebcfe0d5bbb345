// Escalation policies through HTTP: admin-only CRUD with Vietnamese validation (working-day offsets, steps in
// order, never the late owner from the deadline on), the choice per plan and per duty, and the policies the
// plan's workflow input then carries.
import type { PlanLifecycleInput } from '@dondoc/contracts';
import { withEscalationPolicies } from '../../apps/api/src/escalation-policies/with-escalation-policies';
import { Client, startApiStack, type TestStack } from './support/api-stack';

jest.setTimeout(120_000);

describe('escalation policies API', () => {
  let stack: TestStack;
  const admin = (): Client => as.admin!;
  const as: Record<string, Client> = {};

  beforeAll(async () => {
    stack = await startApiStack();
    for (const u of ['admin', 'chutich', 'vhxh']) {
      as[u] = new Client(stack.baseUrl);
      await as[u].login(u);
    }
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const LADDER = {
    name: 'Bậc thang xã: T−3, T+0, T+2',
    steps: [
      { offsetDays: -3, audience: 'owner' },
      { offsetDays: 0, audience: 'leaderInCharge' },
      { offsetDays: 2, audience: 'chairman' },
    ],
    sendAt: '07:30',
  };

  it('is for administrators only', async () => {
    expect((await as.chutich!.get('/api/escalation-policies')).status).toBe(403);
    expect((await as.vhxh!.post('/api/escalation-policies', LADDER)).status).toBe(403);
  });

  it('refuses a bad policy with Vietnamese messages per field and writes nothing', async () => {
    const count = async () => Number(((await stack.db.dataSource.query(`SELECT count(*) FROM escalation_policies`)) as { count: string }[])[0]!.count);
    const before = await count();
    const res = await admin().post('/api/escalation-policies', {
      name: 'Sai',
      steps: [
        { offsetDays: -1, audience: 'unitHead' },
        { offsetDays: -5, audience: 'owner' },
        { offsetDays: 1, audience: 'owner' },
      ],
      sendAt: '25:00',
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Chính sách đôn đốc không hợp lệ' });
    expect(res.body.errors).toEqual([
      { field: 'steps.1.offsetDays', message: 'Các bước phải theo thứ tự thời gian: mốc của bước sau phải muộn hơn bước trước' },
      { field: 'steps.2.audience', message: 'Từ hạn chót trở đi không báo cáo cho chính người được giao (người đang chậm): chọn cấp trên' },
      { field: 'sendAt', message: 'Giờ gửi phải có dạng HH:MM (giờ Việt Nam)' },
    ]);
    const fraction = await admin().post('/api/escalation-policies', { name: 'Nửa ngày', steps: [{ offsetDays: -0.5, audience: 'owner' }] });
    expect(fraction.status).toBe(422);
    expect(fraction.body.errors[0]).toMatchObject({ field: 'steps.0.offsetDays', message: expect.stringContaining('Phải là số nguyên') });
    expect(await count()).toBe(before);
  });

  it('creates, lists, edits; refuses a duplicate name; chooses it for a plan and a duty; refuses to delete it in use', async () => {
    const created = await admin().post('/api/escalation-policies', LADDER);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...LADDER, description: null, usedBy: 0 });
    const id = created.body.id as string;

    const dup = await admin().post('/api/escalation-policies', { ...LADDER, name: LADDER.name.toUpperCase() });
    expect(dup.status).toBe(409);
    expect(dup.body.message).toBe('Tên chính sách đã được sử dụng');

    const list = await admin().get('/api/escalation-policies?q=bac%20thang');
    expect(list.body.data.map((p: { id: string }) => p.id)).toContain(id);

    const edited = await admin().patch(`/api/escalation-policies/${id}`, { steps: [...LADDER.steps, { offsetDays: 5, audience: 'chairman' }] });
    expect(edited.status).toBe(200);
    expect(edited.body.steps).toHaveLength(4);

    // A plan with one reporting duty.
    const [ubnd] = (await stack.db.dataSource.query(`SELECT organisation_id AS id FROM users WHERE username = 'chutich'`)) as { id: string }[];
    const ubndId = ubnd!.id;
    const { planId, dutyId } = await stack.db.dataSource.transaction(async (m) => {
      const [p] = await m.query(`INSERT INTO plans (document_type, issuer_organisation_id, title, status, source) VALUES ('KH', $1, 'Kế hoạch giảm nghèo 2027', 'draft', 'born-digital') RETURNING id`, [ubndId]);
      const [rev] = await m.query(`INSERT INTO plan_revisions (plan_id, number, snapshot) VALUES ($1, 1, '{}') RETURNING id`, [p.id]);
      await m.query(`UPDATE plans SET current_revision_id = $1 WHERE id = $2`, [rev.id, p.id]);
      const [d] = await m.query(
        `INSERT INTO plan_reporting_duties (revision_id, position, frequency, due_rule, due_text, strict, text) VALUES ($1, 0, 'annual', $2, 'trước ngày 15/12', true, 'Báo cáo năm') RETURNING id`,
        [rev.id, JSON.stringify({ month: 12, day: 15, strict: true })],
      );
      return { planId: p.id as string, dutyId: d.id as string };
    });
    expect((await admin().request('PUT', `/api/plans/${planId}/escalation-policy`, { policyId: '00000000-0000-4000-8000-000000000000' })).status).toBe(422);
    expect((await admin().request('PUT', `/api/plans/${planId}/escalation-policy`, { policyId: id })).body).toEqual({ id: planId, policyId: id });
    expect((await admin().request('PUT', `/api/plan-duties/${dutyId}/escalation-policy`, { policyId: id })).status).toBe(200);
    expect((await admin().get(`/api/escalation-policies/${id}`)).body.usedBy).toBe(2);

    const removed = await admin().delete(`/api/escalation-policies/${id}`);
    expect(removed.status).toBe(409);
    expect(removed.body.message).toContain('đang được kế hoạch hoặc chế độ báo cáo sử dụng');

    // What the plan's workflow is started with: the policy as the domain's, on the plan and on the duty.
    const input = await withEscalationPolicies(stack.db.dataSource, {
      planId,
      duties: [{ dutyId }, { dutyId: '00000000-0000-4000-8000-000000000001' }],
    } as unknown as PlanLifecycleInput);
    expect(input.policy).toMatchObject({
      id,
      sendAt: { hour: 7, minute: 30 },
      steps: [
        { id: 'T-3', offset: { kind: 'workingDays', days: -3 }, audience: 'owner', kind: 'reminder' },
        { id: 'T+0', offset: { kind: 'workingDays', days: 0 }, audience: 'leaderInCharge', kind: 'overdue' },
        { id: 'T+2', offset: { kind: 'workingDays', days: 2 }, audience: 'chairman', kind: 'escalation' },
        { id: 'T+5', offset: { kind: 'workingDays', days: 5 }, audience: 'chairman', kind: 'escalation' },
      ],
    });
    expect(input.duties[0]!.policy?.id).toBe(id);
    expect(input.duties[1]!.policy).toBeUndefined();

    // Back to the default: then it can go.
    await admin().request('PUT', `/api/plans/${planId}/escalation-policy`, { policyId: null });
    await admin().request('PUT', `/api/plan-duties/${dutyId}/escalation-policy`, { policyId: null });
    expect((await admin().delete(`/api/escalation-policies/${id}`)).status).toBe(200);
    expect((await admin().get(`/api/escalation-policies/${id}`)).status).toBe(404);
  });
});
