// "A calendar swap announced after reminders went out: recompute, do not escalate on the stale date"
// (domain.md §7), on dondoc's time-skipping server. assigned-task.test.ts and reporting-duty.test.ts
// send the swap before any reminder; here the T−5 and T−1 reminders of the old deadline are out first.
import {
  type AssignedTaskInput,
  calendarChangedSignal,
  dutyStateQuery,
  dutyWorkflowId,
  type ReportingDutyInput,
  taskStateQuery,
  type TaskView,
  taskWorkflowId,
  WORKFLOW_TYPES,
} from '@dondoc/contracts';
import {
  addDays,
  atLocalTime,
  type CalendarData,
  endOfLocalDay,
  formatDdMmYyyy,
  type LocalDate,
  localDateOf,
  parseIsoDate,
  toIsoDate,
  WorkingCalendar,
} from '@dondoc/domain';
import { randomUUID } from 'node:crypto';
import { useWorkflowEnvironment } from './support';

jest.setTimeout(120_000);

const ctx = useWorkflowEnvironment();
const calendar = WorkingCalendar.default();

/** Sleeps the virtual clock until `at` (plus a margin). */
async function sleepUntil(at: number, margin = 60_000): Promise<void> {
  const now = await ctx.now();
  if (at + margin > now) await ctx.env.sleep(at + margin - now);
}

/** An administrator's swap making `day` a bridged day off (what the API broadcasts). */
const dayOff = (day: LocalDate, version: string): CalendarData[] => [
  { version, years: { [String(day.year)]: { nonWorkingDays: [{ date: toIsoDate(day), kind: 'bridge', reason: 'Nghỉ hoán đổi (Thông báo giả định)' }] } } },
];

describe('a calendar swap announced mid-period', () => {
  it('task: after the T−5 and T−1 reminders of the old date, the deadline moves; nothing is overdue or escalated on the stale date', async () => {
    const today = localDateOf(new Date(await ctx.now()));
    // A working day ≥ 10 working days ahead whose next day works too (the swap moves the deadline by one day).
    let dueDay = calendar.addWorkingDays(today, 10);
    while (!calendar.isWorkingDay(addDays(dueDay, 1))) dueDay = calendar.nextWorkingDay(dueDay);
    const newDueDay = addDays(dueDay, 1);
    const planId = `plan-${randomUUID().slice(0, 8)}`;
    const input: AssignedTaskInput = {
      planId,
      responsibilityId: 'r-swap',
      orgId: 'org-vhxh',
      title: 'Rà soát hộ nghèo giữa kỳ',
      role: 'lead',
      dueRule: { kind: 'lastDay', date: dueDay },
      chain: { ownerId: 'p-owner', unitHeadId: 'p-head', leaderInChargeId: 'p-leader', chairmanId: 'p-chair' },
    };
    const workflowId = taskWorkflowId(planId, 'r-swap', 'org-vhxh');
    const handle = await ctx.client.workflow.start(WORKFLOW_TYPES.assignedTask, { args: [input], taskQueue: ctx.taskQueue, workflowId });

    // The reminders of the old deadline go out (T−5 owner, T−1 unit head).
    const t1 = atLocalTime(calendar.addWorkingDays(dueDay, -1), 8, 0).getTime();
    await sleepUntil(t1);
    const before = ctx.notifier.observedFor(workflowId);
    expect(before.map((n) => [n.kind, n.recipientId, n.scheduledFor])).toEqual([
      ['reminder', 'p-owner', atLocalTime(calendar.addWorkingDays(dueDay, -5), 8, 0).toISOString()],
      ['reminder', 'p-head', new Date(t1).toISOString()],
    ]);
    for (const n of before) expect(n.messageVi).toContain(formatDdMmYyyy(dueDay));

    // The swap is announced the day before the old deadline: it becomes a day off.
    await handle.signal(calendarChangedSignal, { additions: dayOff(dueDay, 'admin-mid-period') });
    const moved = await handle.query(taskStateQuery);
    expect(moved.task.dueAt).toBe(endOfLocalDay(newDueDay).toISOString());
    expect(moved.calendarVersion).toContain('admin-mid-period');
    // Reminders already sent are not repeated: the next step is the overdue notice of the new date.
    expect(moved.nextNotificationAt).toBe(endOfLocalDay(newDueDay).toISOString());
    // The projection (inbox, calendar page) follows the signal at once.
    expect((ctx.projections.latest.get(workflowId)?.view as TaskView | undefined)?.task.dueAt).toBe(endOfLocalDay(newDueDay).toISOString());

    // The stale deadline passes: nothing fires.
    await sleepUntil(endOfLocalDay(dueDay).getTime(), 3_600_000);
    expect(ctx.notifier.observedFor(workflowId)).toHaveLength(2);
    expect((await handle.query(taskStateQuery)).status.code).not.toBe('overdue');

    // The new deadline passes: one overdue notice for the new date, to the leader in charge.
    await sleepUntil(endOfLocalDay(newDueDay).getTime());
    const after = ctx.notifier.observedFor(workflowId).slice(2);
    expect(after.map((n) => [n.kind, n.recipientId, n.scheduledFor])).toEqual([['overdue', 'p-leader', endOfLocalDay(newDueDay).toISOString()]]);
    expect(after[0]!.messageVi).toContain(formatDdMmYyyy(newDueDay));
    // The escalation to the chairman counts from the new deadline, never from the stale one.
    const t3 = atLocalTime(calendar.addWorkingDays(newDueDay, 3), 8, 0).getTime();
    await sleepUntil(t3);
    const escalations = ctx.notifier.observedFor(workflowId).filter((n) => n.kind === 'escalation');
    expect(escalations.map((n) => n.scheduledFor)).toEqual([new Date(t3).toISOString()]);
    await handle.terminate('test over');
    await ctx.keepHistory(handle);
  });

  it('duty: after the T−5 and T−1 reminders of 2030-H1, a swap moves the period deadline; no overdue on the stale date', async () => {
    // 6-month report "trước ngày 05/6" in 2030 (strict): due at the end of Tuesday 04/06/2030.
    const planId = `plan-${randomUUID().slice(0, 8)}`;
    const input: ReportingDutyInput = {
      planId,
      dutyId: 'd-swap',
      title: 'Báo cáo 6 tháng kết quả giảm nghèo',
      duty: { frequency: 'sixMonth', due: { kind: 'yearly', month: 6, day: 5 } },
      planPeriod: { start: parseIsoDate('2030-01-01'), end: parseIsoDate('2030-06-30') },
      reporters: [{ orgId: 'xa-a', chain: { ownerId: 'p-a', unitHeadId: 'p-a-head', leaderInChargeId: 'p-a-leader', chairmanId: 'p-chair' } }],
      standingAgencyId: 'so-nnmt',
      consolidatorId: 'p-so',
    };
    const workflowId = dutyWorkflowId(planId, 'd-swap');
    const handle = await ctx.client.workflow.start(WORKFLOW_TYPES.reportingDuty, { args: [input], taskQueue: ctx.taskQueue, workflowId });
    const first = await handle.query(dutyStateQuery);
    const dueDay = parseIsoDate(first.period!.dueDate);
    expect(calendar.isWorkingDay(addDays(dueDay, 1))).toBe(true);
    const t1 = atLocalTime(calendar.addWorkingDays(dueDay, -1), 8, 0).getTime();
    await sleepUntil(t1);
    expect(ctx.notifier.observedFor(workflowId).map((n) => [n.kind, n.recipientId])).toEqual([
      ['reminder', 'p-a'],
      ['reminder', 'p-a-head'],
    ]);

    await handle.signal(calendarChangedSignal, { additions: dayOff(dueDay, 'admin-duty-mid-period') });
    const newDueDay = addDays(dueDay, 1);
    expect((await handle.query(dutyStateQuery)).period).toMatchObject({ dueDate: toIsoDate(newDueDay) });
    await sleepUntil(endOfLocalDay(dueDay).getTime(), 3_600_000);
    expect(ctx.notifier.observedFor(workflowId)).toHaveLength(2);
    expect((await handle.query(dutyStateQuery)).submissions.map((s) => s.status)).toEqual(['open']);
    await sleepUntil(endOfLocalDay(newDueDay).getTime());
    const overdue = ctx.notifier.observedFor(workflowId).filter((n) => n.kind === 'overdue');
    expect(overdue.map((n) => [n.recipientId, n.scheduledFor])).toEqual([['p-a-leader', endOfLocalDay(newDueDay).toISOString()]]);
    await handle.terminate('test over');
    await ctx.keepHistory(handle);
  });

  it('replays the recorded histories (signal handlers that project) without non-determinism', async () => {
    const results = await ctx.replayKept();
    expect(results).toHaveLength(2);
    expect(results.filter((r) => r.error)).toEqual([]);
  });
});
