// The province plan's annual report "trước ngày 15/12/2024" on its own dates: the server's virtual clock starts on
// 02/01/2024 (`--initial-time`). 15/12/2024 is a Sunday and 14/12 a Saturday, so both readings of "before 15/12" land
// on Monday 16/12/2024 (Civil Code Art. 148(5)); reminders, overdue notices and the escalation to the chairman fire at
// the exact virtual instants of the default policy (T−5, T−1 at 08:00; T+0 at 24:00; T+3 working days).
import {
  consolidateReportsUpdate,
  dutyStateQuery,
  dutyWorkflowId,
  type ReportingDutyInput,
  submitReportUpdate,
  WORKFLOW_TYPES,
} from '@dondoc/contracts';
import { parseIsoDate, type ReportingDuty } from '@dondoc/domain';
import { randomUUID } from 'node:crypto';
import { useWorkflowEnvironment } from './support';

jest.setTimeout(120_000);

const ctx = useWorkflowEnvironment({ startAt: '2024-01-02T08:00:00+07:00' });
const ANNUAL: ReportingDuty = { frequency: 'annual', due: { kind: 'yearly', month: 12, day: 15 } };
const SIX_MONTH: ReportingDuty = { frequency: 'sixMonth', due: { kind: 'yearly', month: 6, day: 5 } };

function dutyInput(planId: string, dutyId: string, duty: ReportingDuty): ReportingDutyInput {
  return {
    planId,
    dutyId,
    title: 'Báo cáo kết quả thực hiện Kế hoạch giảm nghèo bền vững năm 2024',
    duty,
    planPeriod: { start: parseIsoDate('2024-01-01'), end: parseIsoDate('2024-12-31') },
    reporters: [
      { orgId: 'xa-a', chain: { ownerId: 'p-a', unitHeadId: 'p-a-head', leaderInChargeId: 'p-a-leader', chairmanId: 'p-chair' } },
      { orgId: 'xa-b', chain: { ownerId: 'p-b', unitHeadId: 'p-b-head', leaderInChargeId: 'p-b-leader', chairmanId: 'p-chair' } },
    ],
    standingAgencyId: 'so-nnmt',
    consolidatorId: 'p-so',
  };
}

const start = (input: ReportingDutyInput) =>
  ctx.client.workflow.start(WORKFLOW_TYPES.reportingDuty, { args: [input], taskQueue: ctx.taskQueue, workflowId: dutyWorkflowId(input.planId, input.dutyId) });

async function sleepUntil(iso: string, margin = 60_000): Promise<void> {
  const at = Date.parse(iso);
  const now = await ctx.now();
  if (at + margin > now) await ctx.env.sleep(at + margin - now);
}

describe('reporting duties of a 2024 plan, on 2024 dates', () => {
  it('the virtual clock starts in January 2024', async () => {
    const now = new Date(await ctx.now()).toISOString();
    expect(now.startsWith('2024-01-02T0')).toBe(true);
  });

  it('"trước ngày 05/6/2024" is due 04/06 (strict) or 05/06 (inclusive); "trước ngày 15/12/2024" is due Monday 16/12 either way', async () => {
    const planId = `kh-2024-${randomUUID().slice(0, 8)}`;
    const handles = await Promise.all([
      start(dutyInput(planId, 'bc6t', SIX_MONTH)),
      start(dutyInput(planId, 'bc6t-tinh-ca', { ...SIX_MONTH, inclusive: true })),
      start(dutyInput(planId, 'bcnam-tinh-ca', { ...ANNUAL, inclusive: true })),
    ]);
    const [strict6, inclusive6, inclusiveYear] = await Promise.all(handles.map((h) => h.query(dutyStateQuery)));
    expect(strict6!.period).toMatchObject({ key: '2024-H1', dueDate: '2024-06-04', dueAt: '2024-06-04T17:00:00.000Z', estimate: true });
    expect(inclusive6!.period).toMatchObject({ key: '2024-H1', dueDate: '2024-06-05' });
    expect(inclusiveYear!.schedule).toEqual([{ key: '2024-Y', dueDate: '2024-12-16' }]);
    for (const h of handles) await h.terminate('test over');
  });

  it('annual report: T−5 and T−1 reminders, overdue at 24:00 on 16/12/2024, the chairman told on 19/12, late submission, consolidation', async () => {
    const planId = `kh-2024-${randomUUID().slice(0, 8)}`;
    const handle = await start(dutyInput(planId, 'bcnam', ANNUAL));
    const workflowId = handle.workflowId;
    expect((await handle.query(dutyStateQuery)).schedule).toEqual([{ key: '2024-Y', dueDate: '2024-12-16' }]);
    const sent = () => ctx.notifier.observedFor(workflowId).map((n) => [n.recipientId, n.kind, n.scheduledFor]);

    // T−5 working days before Monday 16/12 is Monday 09/12/2024, 08:00 ICT.
    await sleepUntil('2024-12-09T01:00:00.000Z');
    expect(sent()).toEqual([
      ['p-a', 'reminder', '2024-12-09T01:00:00.000Z'],
      ['p-b', 'reminder', '2024-12-09T01:00:00.000Z'],
    ]);
    await handle.executeUpdate(submitReportUpdate, { args: [{ personId: 'p-a', orgId: 'xa-a', periodKey: '2024-Y', figures: { hoNgheo: 118 }, narrative: 'Tỷ lệ hộ nghèo giảm còn 3,91%' }] });

    // T−1: Friday 13/12/2024 08:00, only the unit head of the organisation still owing the report.
    await sleepUntil('2024-12-13T01:00:00.000Z');
    expect(sent().slice(2)).toEqual([['p-b-head', 'reminder', '2024-12-13T01:00:00.000Z']]);

    // Nothing on Saturday 14/12 or Sunday 15/12 (the deadline moved to Monday): overdue at 24:00 Monday 16/12.
    await sleepUntil('2024-12-15T17:00:00.000Z');
    expect(sent()).toHaveLength(3);
    expect((await handle.query(dutyStateQuery)).submissions.map((s) => s.status)).toEqual(['submitted', 'open']);
    await sleepUntil('2024-12-16T17:00:00.000Z');
    expect(sent().slice(3)).toEqual([['p-b-leader', 'overdue', '2024-12-16T17:00:00.000Z']]);
    expect((await handle.query(dutyStateQuery)).submissions.map((s) => s.status)).toEqual(['submitted', 'overdue']);

    // T+3 working days (17, 18, 19/12): the chairman — never the late person themselves.
    await sleepUntil('2024-12-19T17:00:00.000Z');
    const escalations = ctx.notifier.observedFor(workflowId).filter((n) => n.kind === 'escalation');
    expect(escalations.map((n) => n.recipientId)).toEqual(['p-chair']);
    expect(escalations[0]!.scheduledFor.startsWith('2024-12-1')).toBe(true);
    expect(new Date(Date.parse(escalations[0]!.scheduledFor) + 7 * 3600_000 - 1).toISOString().slice(0, 10)).toBe('2024-12-19');

    const late = await handle.executeUpdate(submitReportUpdate, { args: [{ personId: 'p-b', orgId: 'xa-b', periodKey: '2024-Y', figures: { hoNgheo: 32 }, estimate: true }] });
    expect(late.submissions.find((s) => s.orgId === 'xa-b')).toMatchObject({ status: 'submitted', late: true });
    const done = await handle.executeUpdate(consolidateReportsUpdate, { args: [{ personId: 'p-so', orgId: 'so-nnmt', periodKey: '2024-Y' }] });
    expect(done.consolidation).toMatchObject({ totals: { hoNgheo: 150 }, missingOrgIds: [] });
    const result = await ctx.client.workflow.getHandle(workflowId).result();
    expect(result.closedPeriods).toEqual(['2024-Y']);
    await ctx.keepHistory(ctx.client.workflow.getHandle(workflowId, handle.firstExecutionRunId));
  });

  it('replays the recorded history without non-determinism', async () => {
    const results = await ctx.replayKept();
    expect(results).toHaveLength(1);
    expect(results.filter((r) => r.error)).toEqual([]);
  });
});
