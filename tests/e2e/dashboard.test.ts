// The leaders' dashboard over projections and the audit trail as the worker writes them (the read
// side needs no Temporal): counts by organisation, on-time rate, submissions per period, targets.
import { Client, startApiStack, type TestStack } from './support/api-stack';
import { seedDashboardFixture } from './support/dashboard-fixture';

jest.setTimeout(60_000);

describe('GET /api/dashboard', () => {
  let stack: TestStack;
  const as: Record<string, Client> = {};
  let orgs: Record<string, string>;
  let planId: string;
  let targetIds: string[];

  beforeAll(async () => {
    stack = await startApiStack();
    ({ planId, targetIds, orgs } = await seedDashboardFixture(stack.db.dataSource));
    for (const u of ['chutich', 'sonnmt', 'vhxh']) {
      as[u] = new Client(stack.baseUrl);
      await as[u]!.login(u);
    }
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('gives a leader the overdue counts by organisation, the on-time rate and target progress of a plan', async () => {
    const res = await as.chutich!.get(`/api/dashboard?planId=${planId}`);
    expect(res.status).toBe(200);
    const byOrg = res.body.tasksByOrganisation as { organisationId: string; overdue: number; completedOnTime: number; completedLate: number; inProgress: number; total: number }[];
    expect(byOrg.map((r) => r.organisationId)).toEqual([orgs.vhxh, orgs.taichinh]);
    expect(byOrg[0]).toMatchObject({ overdue: 2, total: 2 });
    expect(byOrg[1]).toMatchObject({ overdue: 0, completedOnTime: 1, completedLate: 1, inProgress: 1, total: 3 });
    expect(res.body.completion).toEqual({ completed: 2, onTime: 1, late: 1, onTimeRate: 0.5 });
    expect(res.body.submissionsByPeriod).toEqual([
      expect.objectContaining({ periodKey: '2027-H1', expected: 2, submittedOnTime: 1, missing: 1 }),
    ]);
    expect(res.body.targets.map((t: { targetId: string; baseline: number; target: number; reported: number | null }) => [t.targetId, t.baseline, t.target, t.reported])).toEqual([
      [targetIds[0], 40, 20, 32],
      [targetIds[1], 0, 10, 4],
    ]);
  });

  it('without a plan counts every plan and shows no targets; the year filter uses the Vietnamese deadline year', async () => {
    const all = await as.sonnmt!.get('/api/dashboard');
    expect(all.status).toBe(200);
    const total = (all.body.tasksByOrganisation as { total: number }[]).reduce((n, r) => n + r.total, 0);
    expect(total).toBe(6);
    expect(all.body.targets).toEqual([]);
    const none = await as.chutich!.get('/api/dashboard?year=2001');
    expect(none.body.tasksByOrganisation).toEqual([]);
    expect(none.body.submissionsByPeriod).toEqual([]);
    const y2027 = await as.chutich!.get('/api/dashboard?year=2027');
    expect(y2027.body.submissionsByPeriod).toHaveLength(1);
  });

  it('refuses departments, bad filters and unknown plans with Vietnamese messages', async () => {
    expect((await as.vhxh!.get('/api/dashboard')).status).toBe(403);
    const bad = await as.chutich!.get('/api/dashboard?year=abc&planId=x');
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain('Năm phải là số nguyên');
    expect(JSON.stringify(bad.body)).toContain('Mã kế hoạch không hợp lệ');
    const unknown = await as.chutich!.get('/api/dashboard?planId=00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe('Không tìm thấy kế hoạch');
  });
});
