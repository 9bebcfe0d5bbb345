// The province plan's reporting duties ("báo cáo 6 tháng trước ngày 05/6 và báo cáo năm trước ngày 15/12") on dondoc's
// time-skipping server, over two years (2029–2030: the wall clock is the start; 15/12/2030 is a Sunday and 14/12 a
// Saturday, like 15/12/2024). reporting-duty-2024.test.ts runs the 2024 dates themselves (`--initial-time`).
import { WorkflowUpdateFailedError } from '@temporalio/client';
import {
  calendarChangedSignal,
  consolidateReportsUpdate,
  dutyStateQuery,
  dutyWorkflowId,
  type ReportingDutyInput,
  submitReportUpdate,
  WORKFLOW_TYPES,
} from '@dondoc/contracts';
import { atLocalTime, dayOfWeek, endOfLocalDay, localDate, parseIsoDate, type ReportingDuty, WorkingCalendar } from '@dondoc/domain';
import { randomUUID } from 'node:crypto';
import { historyLength, runsOf, useWorkflowEnvironment } from './support';

jest.setTimeout(120_000);

const ctx = useWorkflowEnvironment();
const calendar = WorkingCalendar.default();
const SIX_MONTH: ReportingDuty = { frequency: 'sixMonth', due: { kind: 'yearly', month: 6, day: 5 } };
const ANNUAL: ReportingDuty = { frequency: 'annual', due: { kind: 'yearly', month: 12, day: 15 } };

function dutyInput(planId: string, dutyId: string, duty: ReportingDuty, start: string, end: string): ReportingDutyInput {
  return {
    planId,
    dutyId,
    title: duty.frequency === 'annual' ? 'Báo cáo năm kết quả giảm nghèo' : 'Báo cáo 6 tháng kết quả giảm nghèo',
    duty,
    planPeriod: { start: parseIsoDate(start), end: parseIsoDate(end) },
    reporters: [
      { orgId: 'xa-a', chain: { ownerId: 'p-a', unitHeadId: 'p-a-head', leaderInChargeId: 'p-a-leader', chairmanId: 'p-chair' } },
      { orgId: 'xa-b', chain: { ownerId: 'p-b', unitHeadId: 'p-b-head', leaderInChargeId: 'p-b-leader', chairmanId: 'p-chair' } },
    ],
    standingAgencyId: 'so-nnmt',
    consolidatorId: 'p-so',
  };
}

async function start(input: ReportingDutyInput) {
  const workflowId = dutyWorkflowId(input.planId, input.dutyId);
  return ctx.client.workflow.start(WORKFLOW_TYPES.reportingDuty, { args: [input], taskQueue: ctx.taskQueue, workflowId });
}

async function sleepUntil(at: number, margin = 60_000): Promise<void> {
  const now = await ctx.now();
  if (at + margin > now) await ctx.env.sleep(at + margin - now);
}

async function refusal(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(WorkflowUpdateFailedError);
  return ((e as WorkflowUpdateFailedError).cause as Error).message;
}

describe('reportingDutyWorkflow', () => {
  it('6-month report "trước ngày 05/6": strict is due 04/06, inclusive 05/06, both estimates (cut-off 14/6)', async () => {
    const planId = `kh-tinh-${randomUUID().slice(0, 8)}`;
    const strict = await start(dutyInput(planId, 'bc6t', SIX_MONTH, '2030-01-01', '2030-12-31'));
    const inclusive = await start(dutyInput(planId, 'bc6t-tinh-ca', { ...SIX_MONTH, inclusive: true }, '2030-01-01', '2030-12-31'));
    const s = await strict.query(dutyStateQuery);
    const i = await inclusive.query(dutyStateQuery);
    expect(s.period).toMatchObject({ key: '2030-H1', cutOffStart: '2029-12-15', cutOffEnd: '2030-06-14', dueDate: '2030-06-04', estimate: true });
    expect(s.period!.dueAt).toBe('2030-06-04T17:00:00.000Z');
    expect(s.period!.ruleText).toContain('không tính ngày 05/06/2030');
    expect(i.period).toMatchObject({ dueDate: '2030-06-05', estimate: true });
    expect(s.submissions.map((x) => x.status)).toEqual(['open', 'open']);
    await strict.terminate('test over');
    await inclusive.terminate('test over');
  });

  it('annual report "trước ngày 15/12" over two years: reminders, overdue, consolidation, continue-as-new, calendar change', async () => {
    // The Sunday rule: 15/12/2030 is a Sunday and 14/12/2030 a Saturday, as in 2024.
    expect([dayOfWeek(localDate(2030, 12, 15)), dayOfWeek(localDate(2024, 12, 15))]).toEqual([0, 0]);
    const planId = `kh-tinh-${randomUUID().slice(0, 8)}`;
    const input = dutyInput(planId, 'bcnam', ANNUAL, '2029-01-01', '2030-12-31');
    const handle = await start(input);
    const workflowId = handle.workflowId;
    const first = await handle.query(dutyStateQuery);
    // 15/12/2029 is a Saturday: strict → last day Friday 14/12/2029. 2030: strict → 14/12 Saturday → Monday 16/12.
    expect(first.schedule).toEqual([
      { key: '2029-Y', dueDate: '2029-12-14' },
      { key: '2030-Y', dueDate: '2030-12-16' },
    ]);
    const inclusive = await start(dutyInput(planId, 'bcnam-tinh-ca', { ...ANNUAL, inclusive: true }, '2029-01-01', '2030-12-31'));
    expect((await inclusive.query(dutyStateQuery)).schedule).toEqual([
      { key: '2029-Y', dueDate: '2029-12-17' },
      { key: '2030-Y', dueDate: '2030-12-16' },
    ]);
    await inclusive.terminate('test over');

    // 2029-Y: T−5 reminds both owners at 08:00; xa-a reports; at T+0 only xa-b is overdue (its leader is told).
    const due2029 = parseIsoDate('2029-12-14');
    const t5 = atLocalTime(calendar.addWorkingDays(due2029, -5), 8, 0).getTime();
    await sleepUntil(t5);
    const reminders = ctx.notifier.observedFor(workflowId);
    expect(reminders.map((n) => [n.recipientId, n.kind, n.scheduledFor])).toEqual([
      ['p-a', 'reminder', new Date(t5).toISOString()],
      ['p-b', 'reminder', new Date(t5).toISOString()],
    ]);
    for (const n of reminders) expect(n.observedAtMs - t5).toBeLessThan(60_000);
    await expect(refusal(handle.executeUpdate(submitReportUpdate, { args: [{ personId: 'p-x', orgId: 'xa-khac', periodKey: '2029-Y' }] }))).resolves.toMatch('cơ quan không thuộc đối tượng báo cáo');
    await handle.executeUpdate(submitReportUpdate, { args: [{ personId: 'p-a', orgId: 'xa-a', periodKey: '2029-Y', figures: { hoNgheo: 120, hoCanNgheo: 80 }, narrative: 'Giảm 0,8%' }] });
    await expect(refusal(handle.executeUpdate(consolidateReportsUpdate, { args: [{ personId: 'p-so', orgId: 'so-nnmt', periodKey: '2029-Y' }] }))).resolves.toMatch('chưa hết hạn, còn 1 cơ quan chưa báo cáo');

    const t0 = endOfLocalDay(due2029).getTime();
    await sleepUntil(t0);
    const overdue = ctx.notifier.observedFor(workflowId).filter((n) => n.kind === 'overdue');
    expect(overdue.map((n) => [n.recipientId, n.scheduledFor])).toEqual([['p-b-leader', new Date(t0).toISOString()]]);
    expect((await handle.query(dutyStateQuery)).submissions.map((x) => [x.orgId, x.status])).toEqual([
      ['xa-a', 'submitted'],
      ['xa-b', 'overdue'],
    ]);
    const late = await handle.executeUpdate(submitReportUpdate, { args: [{ personId: 'p-b', orgId: 'xa-b', periodKey: '2029-Y', figures: { hoNgheo: 30 }, estimate: true }] });
    expect(late.submissions.find((x) => x.orgId === 'xa-b')).toMatchObject({ status: 'submitted', late: true, estimate: true });
    const consolidated = await handle.executeUpdate(consolidateReportsUpdate, { args: [{ personId: 'p-so', orgId: 'so-nnmt', periodKey: '2029-Y', narrative: 'Tổng hợp' }] });
    expect(consolidated.consolidation).toMatchObject({ totals: { hoNgheo: 150, hoCanNgheo: 80 }, missingOrgIds: [] });

    // Next period in a new run: 2030-Y, due Monday 16/12/2030.
    const current = () => ctx.client.workflow.getHandle(workflowId);
    const second = await current().query(dutyStateQuery);
    expect(second).toMatchObject({ closedPeriods: ['2029-Y'], period: { key: '2030-Y', dueDate: '2030-12-16' } });
    expect(second.submissions.map((x) => x.status)).toEqual(['open', 'open']);

    // A swap announced late: 16/12/2030 becomes a day off → due 17/12. Nothing fires on the stale 16/12.
    await sleepUntil(atLocalTime(parseIsoDate('2030-12-05'), 8, 0).getTime());
    await current().signal(calendarChangedSignal, {
      additions: [{ version: 'admin-2030-1', years: { '2030': { nonWorkingDays: [{ date: '2030-12-16', kind: 'bridge', reason: 'Nghỉ bù (giả định)' }] } } }],
    });
    const moved = await current().query(dutyStateQuery);
    expect(moved.period).toMatchObject({ key: '2030-Y', dueDate: '2030-12-17' });
    expect(moved.period!.calendarVersion).toContain('admin-2030-1');
    const staleDue = endOfLocalDay(parseIsoDate('2030-12-16')).getTime();
    await sleepUntil(staleDue, 3_600_000);
    expect(ctx.notifier.observedFor(workflowId).filter((n) => Date.parse(n.scheduledFor) >= staleDue - 1 && n.kind === 'overdue')).toEqual([]);
    const newDue = endOfLocalDay(parseIsoDate('2030-12-17')).getTime();
    await sleepUntil(newDue);
    const overdue2030 = ctx.notifier.observedFor(workflowId).filter((n) => n.kind === 'overdue' && Date.parse(n.scheduledFor) > t0);
    expect(overdue2030.map((n) => [n.recipientId, n.scheduledFor])).toEqual([
      ['p-a-leader', new Date(newDue).toISOString()],
      ['p-b-leader', new Date(newDue).toISOString()],
    ]);
    await current().executeUpdate(submitReportUpdate, { args: [{ personId: 'p-a', orgId: 'xa-a', periodKey: '2030-Y', figures: { hoNgheo: 90 } }] });
    await current().executeUpdate(submitReportUpdate, { args: [{ personId: 'p-b', orgId: 'xa-b', periodKey: '2030-Y', channel: 'fallback', submittedAt: new Date(newDue - 3_600_000).toISOString(), figures: { hoNgheo: 20 } }] });
    const last = await current().executeUpdate(consolidateReportsUpdate, { args: [{ personId: 'p-so', orgId: 'so-nnmt', periodKey: '2030-Y' }] });
    expect(last.submissions.find((x) => x.orgId === 'xa-b')).toMatchObject({ channel: 'fallback', late: false });
    const result = await current().result();
    expect(result.closedPeriods).toEqual(['2029-Y', '2030-Y']);
    expect(result.consolidation?.totals).toEqual({ hoNgheo: 110 });

    const runs = await runsOf(ctx.client, workflowId, handle.firstExecutionRunId);
    expect(runs).toHaveLength(2);
    for (const run of runs) {
      expect(await historyLength(run)).toBeLessThan(300);
      await ctx.keepHistory(run);
    }
  });

  it('replays the recorded histories without non-determinism', async () => {
    const results = await ctx.replayKept();
    expect(results).toHaveLength(2);
    expect(results.filter((r) => r.error)).toEqual([]);
  });
});
