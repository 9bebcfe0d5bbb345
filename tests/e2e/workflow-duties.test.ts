// A plan's reporting duties (as the importer stores them) become duty workflows at issuance: the
// real worker and dondoc's Temporal server in dev mode, as in workflow-actions.test.ts.
import { dutyWorkflowId } from '@dondoc/contracts';
import type { Client, HttpResult, TestStack } from './support/api-stack';
import { eventually, type SeededUser, startWorkflowStack, type WorkflowStack } from './support/workflow-stack';

jest.setTimeout(180_000);

describe('reporting duties of the plans module start at issuance', () => {
  let stack: TestStack;
  let users: Record<string, SeededUser>;
  let as: Record<string, Client>;
  let ws: WorkflowStack;

  beforeAll(async () => {
    ws = await startWorkflowStack({ logins: ['vhxh', 'taichinh', 'phochutich', 'chutich', 'vanthu'] });
    ({ stack, users, as } = ws);
  });

  afterAll(async () => {
    await ws?.stop();
  });

  it('starts one duty workflow per mappable duty (6-month "trước ngày 05/6", annual "trước ngày 15/12"), listed by GET /api/duties', async () => {
    const ubndId = users.chutich!.organisation_id;
    const vhxhId = users.vhxh!.organisation_id;
    const taichinhId = users.taichinh!.organisation_id;
    const { planId, dutyIds } = await insertPlanWithDuties(stack, ubndId, vhxhId, taichinhId);
    const plan = (who: string, step: string, body: object = {}): Promise<HttpResult> =>
      as[who]!.post(`/api/plans/${planId}/actions/${step}`, body);

    const start = await as.vhxh!.post(`/api/plans/${planId}/workflow`, {
      drafterUnitHeadId: users.phochutich!.id,
      formatCheckerId: users.chutich!.id,
      signerId: users.phochutich!.id,
      signingCapacity: 'KT',
    });
    expect(start.status).toBe(201);
    expect((await plan('vhxh', 'submit-for-review')).body.lifecycle.status).toBe('contentReview');
    expect((await plan('phochutich', 'review', { decision: 'approve' })).body.lifecycle.status).toBe('formatCheck');
    expect((await plan('chutich', 'review', { decision: 'approve' })).body.lifecycle.status).toBe('awaitingApproval');
    expect((await plan('phochutich', 'approve')).body.lifecycle.status).toBe('approved');
    expect((await plan('phochutich', 'sign', { capacity: 'KT' })).body.lifecycle.status).toBe('signed');
    expect((await plan('vanthu', 'number')).status).toBe(200);
    expect((await plan('vanthu', 'seal')).status).toBe(200);
    const issued = await plan('vanthu', 'issue', { recipients: ['Các phòng, ban chuyên môn'] });
    expect(issued.status).toBe(200);
    // The ad hoc duty and the one without a resolved reporter are skipped (and logged).
    expect([...issued.body.dutyWorkflowIds].sort()).toEqual(
      [dutyWorkflowId(planId, dutyIds.semiannual), dutyWorkflowId(planId, dutyIds.annual)].sort(),
    );

    const list = await eventually(
      () => as.phochutich!.get(`/api/duties?planId=${planId}`),
      (r) => r.body.total === 2,
    );
    // Strict "trước ngày": due at the end of the day before, local time.
    expect(list.body.data).toEqual([
      expect.objectContaining({
        id: dutyWorkflowId(planId, dutyIds.semiannual),
        periodKey: '2027-H1',
        dueAt: '2027-06-04T17:00:00.000Z',
        reporters: 2,
      }),
      expect.objectContaining({
        id: dutyWorkflowId(planId, dutyIds.annual),
        periodKey: '2027-Y',
        dueAt: '2027-12-14T17:00:00.000Z',
        reporters: 1,
      }),
    ]);
    // A reporting department sees the duty it reports under, with the standing agency's schedule.
    const mine = await as.taichinh!.get('/api/duties');
    expect(mine.body.data.map((d: { id: string }) => d.id)).toEqual([dutyWorkflowId(planId, dutyIds.semiannual)]);
    const annual = await as.vhxh!.get(`/api/duties/${encodeURIComponent(dutyWorkflowId(planId, dutyIds.annual))}`);
    expect(annual.body.schedule).toEqual([{ key: '2027-Y', dueDate: '2027-12-14' }]);
  });
});

/**
 * A draft plan for 2027 with four reporting duties as the importer stores them: 6-month (vhxh and
 * tai-chinh report to UBND), annual (vhxh reports to UBND), ad hoc, and one whose reporter is unresolved.
 */
async function insertPlanWithDuties(
  stack: TestStack,
  ubndId: string,
  vhxhId: string,
  taichinhId: string,
): Promise<{ planId: string; dutyIds: { semiannual: string; annual: string } }> {
  return stack.db.dataSource.transaction(async (m) => {
    const [p] = await m.query(
      `INSERT INTO plans (document_type, issuer_organisation_id, title, status, source, period_from, period_to)
       VALUES ('KH', $1, 'Kế hoạch thực hiện chương trình mục tiêu quốc gia năm 2027', 'draft', 'born-digital', 2027, 2027) RETURNING id`,
      [ubndId],
    );
    const [rev] = await m.query(
      `INSERT INTO plan_revisions (plan_id, number, snapshot) VALUES ($1, 1, '{}') RETURNING id`,
      [p.id],
    );
    await m.query(`UPDATE plans SET current_revision_id = $1 WHERE id = $2`, [rev.id, p.id]);
    const duties: [
      string,
      { month: number; day: number; strict: boolean } | null,
      string | null,
      string,
      (string | null)[],
    ][] = [
      [
        'semiannual',
        { month: 6, day: 5, strict: true },
        'trước ngày 05/6',
        'Định kỳ báo cáo 6 tháng (trước ngày 05/6)',
        [vhxhId, taichinhId],
      ],
      ['annual', { month: 12, day: 15, strict: true }, 'trước ngày 15/12', 'Báo cáo năm (trước ngày 15/12)', [vhxhId]],
      ['adHoc', null, null, 'Báo cáo đột xuất khi có yêu cầu', [vhxhId]],
      [
        'annual',
        { month: 12, day: 15, strict: true },
        'trước ngày 15/12',
        'Các thôn báo cáo năm (trước ngày 15/12)',
        [null],
      ],
    ];
    const ids: string[] = [];
    for (const [i, [frequency, dueRule, dueText, text, reporters]] of duties.entries()) {
      const [d] = await m.query(
        `INSERT INTO plan_reporting_duties (revision_id, position, frequency, due_rule, due_text, strict, text)
         VALUES ($1, $2, $3, $4, $5, true, $6) RETURNING id`,
        [rev.id, i, frequency, dueRule ? JSON.stringify(dueRule) : null, dueText, text],
      );
      ids.push(d.id);
      const parties: ['reporter' | 'recipient', string | null][] = [
        ...reporters.map((o): ['reporter', string | null] => ['reporter', o]),
        ['recipient', ubndId],
      ];
      for (const [j, [role, orgId]] of parties.entries()) {
        await m.query(
          `INSERT INTO reporting_duty_parties (duty_id, role, position, organisation_id, name, name_key, party_kind, resolved, match_method)
           VALUES ($1, $2, $3, $4, 'x', 'x', 'organisation', $5, $6)`,
          [d.id, role, j, orgId, orgId !== null, orgId !== null ? 'manual' : 'none'],
        );
      }
    }
    return { planId: p.id as string, dutyIds: { semiannual: ids[0]!, annual: ids[1]! } };
  });
}
