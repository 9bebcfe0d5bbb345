// GET /api/plans/:id/revisions through HTTP: an imported sample plan's revisions (number, who, when,
// why) with the content the console diffs, after a second revision is stored directly (a fixture, so this
// file needs no Temporal worker; PUT /api/plans/:id/content is covered by plan-content-edit.test.ts).
import type { PlanRevision as Revision } from '@dondoc/contracts';
import { importSamplePlan, type ImportedPlan } from '../browser/support/api-client';
import { Client, startApiStack, type TestStack } from './support/api-stack';
import { storeNextRevision } from './support/plan-revisions-fixture';

jest.setTimeout(120_000);

describe('GET /api/plans/:id/revisions', () => {
  let stack: TestStack;
  let plan: ImportedPlan;
  const leader = () => {
    const c = new Client(stack.baseUrl);
    return c.login('chutich').then(() => c);
  };

  beforeAll(async () => {
    stack = await startApiStack();
    // 000: a commune's poverty-reduction plan with targets and an assignment section.
    plan = await importSamplePlan(stack.baseUrl, 'vhxh', '000_');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('lists the imported revision with its content', async () => {
    const res = await (await leader()).get(`/api/plans/${plan.id}/revisions`);
    expect(res.status).toBe(200);
    const [first, ...rest] = res.body.data as Revision[];
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ number: 1 });
    expect(first!.content.sections.length).toBeGreaterThan(3);
    expect(first!.content.targets.length).toBeGreaterThan(0);
    expect(first!.content.responsibilities.length).toBeGreaterThan(0);
    expect(res.body.edits).toEqual([]);
  });

  it('lists a later revision with who made it and why, and its changed content', async () => {
    const [vhxh] = (await stack.db.dataSource.query(`SELECT id FROM users WHERE username = 'vhxh'`)) as {
      id: string;
    }[];
    const before = ((await (await leader()).get(`/api/plans/${plan.id}/revisions`)).body.data as Revision[])[0]!;
    await storeNextRevision(stack.db.dataSource, plan.id, {
      reason: 'Tiếp thu ý kiến góp ý của Tài chính - Kế toán',
      createdBy: vhxh!.id,
      targetText: { position: 0, text: 'Chỉ tiêu đã sửa sau góp ý' },
      responsibilityDue: { position: 0, dueText: 'Quý II/2024' },
    });
    const res = await (await leader()).get(`/api/plans/${plan.id}/revisions`);
    const revisions = res.body.data as Revision[];
    expect(revisions.map((r) => [r.number, r.createdBy, r.reason])).toEqual([
      [1, expect.anything(), expect.stringMatching(/^Nhập từ tệp 000_/)],
      [2, 'Nông Văn Đức', 'Tiếp thu ý kiến góp ý của Tài chính - Kế toán'],
    ]);
    const [one, two] = revisions;
    expect(one!.content).toEqual(before.content);
    expect(two!.content.targets[0]!.text).toBe('Chỉ tiêu đã sửa sau góp ý');
    expect(two!.content.targets.slice(1)).toEqual(one!.content.targets.slice(1));
    expect(two!.content.budgetLines).toEqual(one!.content.budgetLines);
    expect(two!.content.sections).toEqual(one!.content.sections);
    expect(two!.content.responsibilities[0]).toEqual({ ...one!.content.responsibilities[0], dueText: 'Quý II/2024' });
    expect(two!.content.responsibilities.slice(1)).toEqual(one!.content.responsibilities.slice(1));
    expect(two!.content.responsibilities[0]!.leads.length).toBeGreaterThan(0);
    expect(new Date(two!.createdAt).getTime()).toBeGreaterThanOrEqual(new Date(one!.createdAt).getTime());
  });

  it('answers 404 for an unknown plan and 401 without a session', async () => {
    expect((await (await leader()).get('/api/plans/00000000-0000-4000-8000-000000000000/revisions')).status).toBe(404);
    expect((await new Client(stack.baseUrl).get(`/api/plans/${plan.id}/revisions`)).status).toBe(401);
  });
});
