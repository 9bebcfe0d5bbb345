// Assigned task on dondoc's time-skipping server: reminders and escalations at exact virtual instants, the late
// person never escalated to, refusals from the validator in Vietnamese, an extension that moves the deadline.
import { WorkflowUpdateFailedError } from '@temporalio/client';
import {
  acceptTaskUpdate,
  type AssignedTaskInput,
  calendarChangedSignal,
  decideTaskExtensionUpdate,
  reassignTaskUpdate,
  reportTaskProgressUpdate,
  requestTaskExtensionUpdate,
  submitTaskUpdate,
  taskStateQuery,
  taskWorkflowId,
  WORKFLOW_TYPES,
} from '@dondoc/contracts';
import { addDays, atLocalTime, endOfLocalDay, localDateOf, type LocalDate, toIsoDate, WorkingCalendar } from '@dondoc/domain';
import { randomUUID } from 'node:crypto';
import { historyLength, useWorkflowEnvironment } from './support';

jest.setTimeout(120_000);

const ctx = useWorkflowEnvironment();
const calendar = WorkingCalendar.default();
const owner = { personId: 'p-owner', roles: ['owner' as const] };
const supervisor = { personId: 'p-leader', roles: ['supervisor' as const] };
const HOUR = 3_600_000;

/** Rejection message of an update refused by the validator. */
async function refusal(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(WorkflowUpdateFailedError);
  return ((e as WorkflowUpdateFailedError).cause as Error).message;
}

/** Sleeps the virtual clock until `at` (plus a margin). */
async function sleepUntil(at: number, margin = 60_000): Promise<void> {
  const now = await ctx.now();
  if (at + margin > now) await ctx.env.sleep(at + margin - now);
}

describe('assignedTaskWorkflow', () => {
  it('reminds and escalates at the policy instants, moves the deadline on an extension, ends "hoàn thành quá hạn"', async () => {
    const today = localDateOf(new Date(await ctx.now()));
    const dueDay: LocalDate = calendar.addWorkingDays(today, 12);
    const planId = `plan-${randomUUID().slice(0, 8)}`;
    const input: AssignedTaskInput = {
      planId,
      responsibilityId: 'r1',
      orgId: 'org-vhxh',
      title: 'Rà soát hộ nghèo, hộ cận nghèo',
      role: 'lead',
      dueRule: { kind: 'lastDay', date: dueDay },
      planPeriod: { start: today, end: calendar.addWorkingDays(today, 120) },
      // The unit head is personally answerable for the delay: T−1 must skip them.
      chain: { ownerId: 'p-owner', unitHeadId: 'p-head', leaderInChargeId: 'p-leader', chairmanId: 'p-chair', latePersonIds: ['p-head'] },
    };
    const workflowId = taskWorkflowId(planId, 'r1', 'org-vhxh');
    const handle = await ctx.client.workflow.start(WORKFLOW_TYPES.assignedTask, { args: [input], taskQueue: ctx.taskQueue, workflowId });

    const initial = await handle.query(taskStateQuery);
    expect(initial.task.dueAt).toBe(endOfLocalDay(dueDay).toISOString());
    expect(initial.status.label).toBe('Đang thực hiện trong hạn');

    // Progress with difficulties and evidence; refusals come from decideTask, in Vietnamese, before acceptance.
    await expect(refusal(handle.executeUpdate(reportTaskProgressUpdate, { args: [{ actor: owner, progress: 150 }] }))).resolves.toMatch('Tiến độ phải từ 0 đến 100%');
    await expect(refusal(handle.executeUpdate(submitTaskUpdate, { args: [{ actor: supervisor }] }))).resolves.toMatch('Người dùng không có quyền');
    const reported = await handle.executeUpdate(reportTaskProgressUpdate, {
      args: [{ actor: owner, progress: 40, difficulties: 'Thiếu kinh phí', proposals: 'Bổ sung kinh phí', evidenceFileRefs: ['files/bao-cao-1.pdf#sha256:ab'] }],
    });
    expect(reported.task.progress).toBe(40);
    expect(reported.lastReport?.difficulties).toBe('Thiếu kinh phí');

    // T−5 working days at 08:00 local: the owner is reminded.
    const t5 = atLocalTime(calendar.addWorkingDays(dueDay, -5), 8, 0).getTime();
    await sleepUntil(t5);
    const first = ctx.notifier.observedFor(workflowId).filter((n) => n.kind !== 'info');
    expect(first.map((n) => [n.scheduledFor, n.recipientId, n.kind])).toEqual([[new Date(t5).toISOString(), 'p-owner', 'reminder']]);
    expect(first[0]!.observedAtMs).toBeGreaterThanOrEqual(t5);
    expect(first[0]!.observedAtMs).toBeLessThan(t5 + 60_000);

    // Extension asked by the owner, granted by the leader: the deadline moves, the old T−1/T+0 never fire.
    const newDueDay = calendar.addWorkingDays(dueDay, 10);
    const newDueAt = endOfLocalDay(newDueDay).toISOString();
    await expect(refusal(handle.executeUpdate(decideTaskExtensionUpdate, { args: [{ actor: supervisor, grant: true }] }))).resolves.toMatch('Không có đề nghị gia hạn');
    await handle.executeUpdate(requestTaskExtensionUpdate, { args: [{ actor: owner, newDueAt, reason: 'Chờ số liệu của các xã' }] });
    const granted = await handle.executeUpdate(decideTaskExtensionUpdate, { args: [{ actor: supervisor, grant: true }] });
    expect(granted.task.dueAt).toBe(newDueAt);

    await sleepUntil(endOfLocalDay(dueDay).getTime(), 2 * 24 * HOUR);
    expect((await handle.query(taskStateQuery)).status.code).not.toBe('overdue');
    expect(ctx.notifier.observedFor(workflowId).filter((n) => n.kind !== 'info')).toHaveLength(1);

    // New deadline: T−1 to the unit head is redirected (late person) to the leader; T+0 overdue; T+3 to the chairman.
    const t1 = atLocalTime(calendar.addWorkingDays(newDueDay, -1), 8, 0).getTime();
    const t0 = endOfLocalDay(newDueDay).getTime();
    const t3 = atLocalTime(calendar.addWorkingDays(newDueDay, 3), 8, 0).getTime();
    const t5new = atLocalTime(calendar.addWorkingDays(newDueDay, -5), 8, 0).getTime();
    await sleepUntil(t3);
    const chase = ctx.notifier.observedFor(workflowId).filter((n) => n.kind !== 'info');
    expect(chase.map((n) => [n.scheduledFor, n.recipientId, n.audience, n.kind])).toEqual([
      [new Date(t5).toISOString(), 'p-owner', 'owner', 'reminder'],
      [new Date(t5new).toISOString(), 'p-owner', 'owner', 'reminder'],
      [new Date(t1).toISOString(), 'p-leader', 'unitHead', 'reminder'],
      [new Date(t0).toISOString(), 'p-leader', 'leaderInCharge', 'overdue'],
      [new Date(t3).toISOString(), 'p-chair', 'chairman', 'escalation'],
    ]);
    for (const n of chase) {
      expect(n.observedAtMs).toBeGreaterThanOrEqual(Date.parse(n.scheduledFor));
      expect(n.observedAtMs).toBeLessThan(Date.parse(n.scheduledFor) + 60_000);
    }
    expect(chase.some((n) => n.recipientId === 'p-head')).toBe(false);
    expect(chase[2]!.note).toContain('lãnh đạo phụ trách');
    const overdue = await handle.query(taskStateQuery);
    expect(overdue.status.label).toBe('Quá hạn');

    // Submitted late, accepted: the workflow ends and the chase stops.
    await handle.executeUpdate(submitTaskUpdate, { args: [{ actor: owner, result: 'Đã rà soát 1.728 hộ' }] });
    const done = await handle.executeUpdate(acceptTaskUpdate, { args: [{ actor: supervisor }] });
    expect(done.status.label).toBe('Hoàn thành quá hạn');
    const result = await handle.result();
    expect(result.status.code).toBe('completedLate');
    expect(ctx.audit.records.filter((r) => r.objectId === workflowId).map((r) => r.action)).toEqual(
      expect.arrayContaining(['task.assign', 'task.reportProgress', 'task.requestExtension', 'task.decideExtension', 'task.submit', 'task.accept']),
    );
    expect(ctx.projections.latest.get(workflowId)?.view).toMatchObject({ status: { code: 'completedLate' } });
    await ctx.keepHistory(handle);
    // Bounded: one run, well under the continue-as-new limit (2,000 by default).
    expect(await historyLength(handle)).toBeLessThan(400);
  });

  it('continues as new when the history passes its limit, keeping the state', async () => {
    const today = localDateOf(new Date(await ctx.now()));
    const planId = `plan-${randomUUID().slice(0, 8)}`;
    const input: AssignedTaskInput = {
      planId,
      responsibilityId: 'r2',
      orgId: 'org-yte',
      title: 'Cấp thẻ bảo hiểm y tế cho người nghèo',
      role: 'lead',
      dueRule: { kind: 'lastDay', date: calendar.addWorkingDays(today, 30) },
      chain: { ownerId: 'p-owner', unitHeadId: 'p-head', leaderInChargeId: 'p-leader' },
      historyLimit: 40,
    };
    const workflowId = taskWorkflowId(planId, 'r2', 'org-yte');
    const handle = await ctx.client.workflow.start(WORKFLOW_TYPES.assignedTask, { args: [input], taskQueue: ctx.taskQueue, workflowId });
    const firstRunId = handle.firstExecutionRunId;
    for (const progress of [10, 20, 30, 40, 50, 60]) {
      await ctx.client.workflow.getHandle(workflowId).executeUpdate(reportTaskProgressUpdate, { args: [{ actor: owner, progress }] });
    }
    const latest = ctx.client.workflow.getHandle(workflowId);
    const described = await latest.describe();
    expect(described.runId).not.toBe(firstRunId);
    const view = await latest.query(taskStateQuery);
    expect(view).toMatchObject({ reportCount: 6, task: { progress: 60 } });
    await ctx.keepHistory(ctx.client.workflow.getHandle(workflowId, firstRunId));
    expect(await historyLength(ctx.client.workflow.getHandle(workflowId, firstRunId))).toBeLessThan(80);
    // Reassigned to another unit: the chain follows, the history is kept.
    await expect(refusal(latest.executeUpdate(reassignTaskUpdate, { args: [{ actor: supervisor, toUnitId: 'org-yte', reason: 'Chuyển', chain: input.chain }] }))).resolves.toMatch('Nhiệm vụ đã được giao cho đơn vị này');
    const reassigned = await latest.executeUpdate(reassignTaskUpdate, { args: [{ actor: supervisor, toUnitId: 'org-bhxh', reason: 'Đúng chức năng BHXH', chain: { ownerId: 'p-bhxh', leaderInChargeId: 'p-leader' } }] });
    expect(reassigned.task).toMatchObject({ ownerUnitId: 'org-bhxh', reassignments: [{ fromUnitId: 'org-yte', toUnitId: 'org-bhxh' }] });
    await latest.executeUpdate(submitTaskUpdate, { args: [{ actor: { personId: 'p-bhxh', roles: ['owner'] } }] });
    await expect(refusal(latest.executeUpdate(acceptTaskUpdate, { args: [{ actor: owner }] }))).resolves.toMatch('Người dùng không có quyền');
    await latest.executeUpdate(acceptTaskUpdate, { args: [{ actor: supervisor }] });
    await expect(latest.result()).resolves.toMatchObject({ status: { code: 'completedOnTime' }, reportCount: 6 });
    await ctx.keepHistory(latest);
  });

  it('moves a rule deadline when a calendar swap is announced, and never chases the stale date', async () => {
    const today = localDateOf(new Date(await ctx.now()));
    // A working day at least 10 working days ahead whose next day is a working day too.
    let dueDay = calendar.addWorkingDays(today, 10);
    while (!calendar.isWorkingDay(addDays(dueDay, 1))) dueDay = calendar.nextWorkingDay(dueDay);
    const planId = `plan-${randomUUID().slice(0, 8)}`;
    const input: AssignedTaskInput = {
      planId,
      responsibilityId: 'r3',
      orgId: 'org-gd',
      title: 'Hỗ trợ học sinh nghèo',
      role: 'lead',
      dueRule: { kind: 'lastDay', date: dueDay },
      chain: { ownerId: 'p-gd', unitHeadId: 'p-gd-head', leaderInChargeId: 'p-leader' },
    };
    const workflowId = taskWorkflowId(planId, 'r3', 'org-gd');
    const handle = await ctx.client.workflow.start(WORKFLOW_TYPES.assignedTask, { args: [input], taskQueue: ctx.taskQueue, workflowId });
    expect((await handle.query(taskStateQuery)).dueRuleText).toContain('Đến hết ngày');
    await handle.signal(calendarChangedSignal, { additions: [{ version: 'admin-swap-1', years: { [String(dueDay.year)]: { nonWorkingDays: [{ date: toIsoDate(dueDay), kind: 'bridge', reason: 'Nghỉ bù (giả định)' }] } } }] });
    const moved = await handle.query(taskStateQuery);
    const newDueDay = addDays(dueDay, 1);
    expect(moved.task.dueAt).toBe(endOfLocalDay(newDueDay).toISOString());
    expect(moved.calendarVersion).toContain('admin-swap-1');
    await sleepUntil(endOfLocalDay(newDueDay).getTime());
    const overdue = ctx.notifier.observedFor(workflowId).filter((n) => n.kind === 'overdue');
    expect(overdue.map((n) => n.scheduledFor)).toEqual([endOfLocalDay(newDueDay).toISOString()]);
    await handle.terminate('test over');
  });

  it('replays the recorded histories without non-determinism', async () => {
    const results = await ctx.replayKept();
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => r.error)).toEqual([]);
  });

  it('the replay check can fail: a history replayed against other workflow code is reported', async () => {
    const [first] = ctx.kept();
    const history = structuredClone(first!.history);
    const started = history.events![0]!.workflowExecutionStartedEventAttributes!;
    started.workflowType = { name: WORKFLOW_TYPES.planLifecycle };
    const [result] = await ctx.replay([{ workflowId: 'tampered', history }]);
    expect(result?.error).toBeDefined();
  });
});
