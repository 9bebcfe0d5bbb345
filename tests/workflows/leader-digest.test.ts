// A leader's weekly digest on dondoc's time-skipping server: Monday 07:30 local, a Monday off moved to the next
// working day (never a digest on the day off), one notification per week listing the leader's overdue and due-soon
// tasks read from the projections; started idempotently under a stable id as the worker app does at start.
import { randomUUID } from 'node:crypto';
import { Worker } from '@temporalio/worker';
import {
  type AssignedTaskInput,
  digestWorkflowId,
  leaderDigestStateQuery,
  taskWorkflowId,
  WORKFLOW_TYPES,
} from '@dondoc/contracts';
import {
  addDays,
  type CalendarData,
  DEFAULT_CALENDAR_DATA,
  endOfLocalDay,
  formatDdMmYyyy,
  LEADER_WEEKLY_DIGEST,
  localDateOf,
  nextWeeklyDigestAt,
  toIsoDate,
  toLocalIsoString,
  weeklyDigestInstants,
  WorkingCalendar,
} from '@dondoc/domain';
import { createActivities, InMemoryDigestSource } from '@dondoc/activities';
import { ensureLeaderDigests } from '../../apps/worker/src/ensure-leader-digests';
import { dondocWorkflowBundle, useWorkflowEnvironment } from './support';

jest.setTimeout(180_000);

const ctx = useWorkflowEnvironment();

describe('leaderDigestWorkflow', () => {
  const digestQueue = `dondoc-digest-${randomUUID().slice(0, 8)}`;
  const leader = `p-leader-${randomUUID().slice(0, 8)}`;
  const planId = `plan-${randomUUID().slice(0, 8)}`;
  const otherPlanId = `plan-${randomUUID().slice(0, 8)}`;
  let worker: Worker;
  let running: Promise<void>;

  beforeAll(async () => {
    // The digest's own worker: the shared one has no digest source. Tasks still run on the shared queue and
    // write the in-memory projections the digest reads.
    worker = await Worker.create({
      connection: ctx.env.nativeConnection,
      namespace: ctx.env.namespace ?? 'default',
      taskQueue: digestQueue,
      workflowBundle: await dondocWorkflowBundle(),
      activities: createActivities({
        notifier: ctx.notifier,
        auditLog: ctx.audit,
        projections: ctx.projections,
        numberRegister: ctx.numbers,
        digestSource: new InMemoryDigestSource(ctx.projections, new Map([[leader, [planId]]])),
      }),
      shutdownGraceTime: '1 second',
    });
    running = worker.run();
  });

  afterAll(async () => {
    if (worker?.getState() === 'RUNNING') worker.shutdown();
    await running;
  });

  it('sends one digest each Monday 07:30, Tuesday when Monday is off, listing the overdue task', async () => {
    const start = await ctx.now();
    // Mondays: the first ahead, the second declared a day off by an administrator, the third.
    const first = nextWeeklyDigestAt(start, WorkingCalendar.default(), LEADER_WEEKLY_DIGEST);
    const mondayOff = addDays(localDateOf(first), 7);
    const dayOff: CalendarData = {
      version: 'test-monday-off',
      years: { [String(mondayOff.year)]: { nonWorkingDays: [{ date: toIsoDate(mondayOff), kind: 'bridge', reason: 'Nghỉ bù (giả định)' }] } },
    };
    const calendar = WorkingCalendar.fromData(DEFAULT_CALENDAR_DATA, dayOff);
    const end = addDays(localDateOf(first), 15);
    const expected = weeklyDigestInstants(start, endOfLocalDay(end), calendar, LEADER_WEEKLY_DIGEST);
    expect(expected.map((d) => toIsoDate(localDateOf(d)))).not.toContain(toIsoDate(mondayOff));
    expect(expected.length).toBeGreaterThanOrEqual(3);

    // The leader's task, due one working day after the first digest day: due soon at the first, overdue at the second.
    const dueDay = calendar.addWorkingDays(localDateOf(first), 1);
    const task = (pid: string, title: string, due = dueDay): AssignedTaskInput => ({
      planId: pid,
      responsibilityId: 'r1',
      orgId: 'org-vhxh',
      title,
      role: 'lead',
      dueRule: { kind: 'lastDay', date: due },
      calendarAdditions: [dayOff],
      chain: { ownerId: 'p-owner', leaderInChargeId: leader },
    });
    for (const input of [
      task(planId, 'Rà soát hộ nghèo, hộ cận nghèo'),
      task(planId, 'Tổng kết chương trình', calendar.addWorkingDays(dueDay, 60)),
      task(otherPlanId, 'Nhiệm vụ của lãnh đạo khác'),
    ]) {
      await ctx.client.workflow.start(WORKFLOW_TYPES.assignedTask, { args: [input], taskQueue: ctx.taskQueue, workflowId: taskWorkflowId(input.planId, input.responsibilityId, `${input.orgId}-${randomUUID().slice(0, 4)}`) });
    }

    // The worker app's start, twice (a restart): one workflow under the stable id, started with the
    // administered additions (no calendarChanged signal: the Monday off must be known from the start).
    await ensureLeaderDigests(ctx.client, digestQueue, [leader], [dayOff]);
    await ensureLeaderDigests(ctx.client, digestQueue, [leader], [dayOff]);
    const handle = ctx.client.workflow.getHandle(digestWorkflowId(leader));
    expect(await handle.query(leaderDigestStateQuery)).toMatchObject({ leaderId: leader, nextDigestAt: expected[0]!.toISOString() });
    const runs = await ctx.client.workflow.count(`WorkflowId = '${digestWorkflowId(leader)}'`);
    expect(runs.count).toBe(1);

    const now = await ctx.now();
    await ctx.env.sleep(expected[2]!.getTime() + 60_000 - now);

    const digests = ctx.notifier.observed.filter((n) => n.kind === 'digest' && n.recipientId === leader);
    expect(digests.map((n) => toLocalIsoString(new Date(n.scheduledFor)))).toEqual(expected.slice(0, 3).map(toLocalIsoString));
    for (const n of digests) {
      expect(n.observedAtMs).toBeGreaterThanOrEqual(Date.parse(n.scheduledFor));
      expect(n.observedAtMs).toBeLessThan(Date.parse(n.scheduledFor) + 60_000);
      expect(n.subject).toEqual({ type: 'digest', workflowId: digestWorkflowId(leader) });
      expect(n.messageVi).not.toContain('Nhiệm vụ của lãnh đạo khác');
      expect(n.messageVi).not.toContain('Tổng kết chương trình');
    }
    const due = formatDdMmYyyy(dueDay);
    expect(digests[0]!.messageVi).toBe(
      ['Tổng hợp tuần: 0 nhiệm vụ quá hạn, 1 nhiệm vụ sắp đến hạn', 'Sắp đến hạn:', `- Rà soát hộ nghèo, hộ cận nghèo — hạn ${due}`].join('\n'),
    );
    expect(digests[1]!.messageVi).toBe(
      ['Tổng hợp tuần: 1 nhiệm vụ quá hạn, 0 nhiệm vụ sắp đến hạn', 'Quá hạn:', `- Rà soát hộ nghèo, hộ cận nghèo — hạn ${due}`].join('\n'),
    );
    // Nothing on the Monday off.
    expect(digests.some((n) => toIsoDate(localDateOf(new Date(n.scheduledFor))) === toIsoDate(mondayOff))).toBe(false);
    await handle.terminate('test over');
  });
});
