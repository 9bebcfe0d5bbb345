// Schedules through the official client (client.schedule) against the server: CRUD, list paging, pause/unpause
// notes, trigger, backfill, overlap policies, limited actions, pauseOnFailure, intervals with phase, and errors.
import { ScheduleAlreadyRunning, ScheduleNotFoundError, ScheduleOverlapPolicy, isGrpcServiceError, type ScheduleHandle } from '@temporalio/client';
import { status } from '@grpc/grpc-js';
import { msToTs, tsToMs } from '@temporalio/common/lib/time';
import { failingWorkflow, waitForeverWorkflow, workflowInfoWorkflow } from './workflows';
import { itStillSkipsTime, itWithTimeSkipping, uniqueId, useConformanceEnvironment, waitFor } from './support';

jest.setTimeout(60_000);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ctx = useConformanceEnvironment({ kind: 'time-skipping' });

const action = (workflowId: string) =>
  ({ type: 'startWorkflow', workflowType: workflowInfoWorkflow, taskQueue: ctx.taskQueue, workflowId }) as const;

async function terminateRunning(handle: ScheduleHandle): Promise<void> {
  const d = await handle.describe();
  for (const r of d.info.runningActions) await ctx.client.workflow.getHandle(r.workflow.workflowId).terminate('test cleanup');
}

describe('schedules', () => {
  it('creates, describes, lists with paging, updates, pauses, unpauses and deletes', async () => {
    const prefix = uniqueId('crud');
    const ids = [`${prefix}-a`, `${prefix}-b`, `${prefix}-c`];
    for (const id of ids) {
      await ctx.client.schedule.create({
        scheduleId: id,
        spec: { intervals: [{ every: '1 day', offset: '8 hours' }], timezone: 'Asia/Ho_Chi_Minh' },
        action: { ...action(`${id}-wf`), args: [], memo: { plan: 'KH-01' } },
        memo: { owner: 'Văn phòng' },
        policies: { overlap: ScheduleOverlapPolicy.BUFFER_ONE, catchupWindow: '10 minutes' },
        state: { paused: true, note: 'chờ phê duyệt' },
      });
    }
    const handle = ctx.client.schedule.getHandle(ids[0]!);
    const d = await handle.describe();
    expect(d.scheduleId).toBe(ids[0]);
    expect(d.spec.intervals).toEqual([{ every: DAY, offset: 8 * HOUR }]);
    expect(d.spec.timezone).toBe('Asia/Ho_Chi_Minh');
    expect(d.action).toMatchObject({ type: 'startWorkflow', workflowType: 'workflowInfoWorkflow', taskQueue: ctx.taskQueue, workflowId: `${ids[0]}-wf`, memo: { plan: 'KH-01' } });
    expect(d.memo).toEqual({ owner: 'Văn phòng' });
    expect(d.policies).toEqual({ overlap: ScheduleOverlapPolicy.BUFFER_ONE, catchupWindow: 600_000, pauseOnFailure: false });
    expect(d.state).toEqual({ paused: true, note: 'chờ phê duyệt', remainingActions: undefined });
    expect(d.info.numActionsTaken).toBe(0);
    expect(d.info.createdAt.getTime()).toBeLessThanOrEqual(await ctx.env.currentTimeMs());
    expect(d.info.lastUpdatedAt).toBeUndefined();
    // Interval with phase: every day at 08:00 UTC.
    expect(d.info.nextActionTimes).toHaveLength(10);
    for (const t of d.info.nextActionTimes) expect(t.getTime() % DAY).toBe(8 * HOUR);

    const listed: string[] = [];
    for await (const s of ctx.client.schedule.list({ pageSize: 2 })) if (s.scheduleId.startsWith(prefix)) listed.push(s.scheduleId);
    expect(listed).toEqual(ids);
    const firstPage = await ctx.client.workflowService.listSchedules({ namespace: 'default', maximumPageSize: 2 });
    expect(firstPage.schedules).toHaveLength(2);
    expect(firstPage.nextPageToken?.length).toBeGreaterThan(0);

    await handle.update((prev) => ({ ...prev, spec: { cronExpressions: ['0 9 * * MON-FRI'], timezone: 'Asia/Ho_Chi_Minh' }, state: { ...prev.state, note: 'đổi lịch' } }));
    const u = await handle.describe();
    expect(u.spec.calendars).toHaveLength(1);
    expect(u.spec.calendars?.[0]).toMatchObject({ hour: [{ start: 9, end: 9, step: 1 }], dayOfWeek: [{ start: 'MONDAY', end: 'FRIDAY', step: 1 }] });
    expect(u.state.note).toBe('đổi lịch');
    expect(u.info.lastUpdatedAt).toBeInstanceOf(Date);
    for (const t of u.info.nextActionTimes) expect(new Date(t.getTime() + 7 * HOUR).getUTCHours()).toBe(9);

    await handle.unpause('đã phê duyệt');
    expect((await handle.describe()).state).toMatchObject({ paused: false, note: 'đã phê duyệt' });
    await handle.pause('tạm dừng dịp Tết');
    expect((await handle.describe()).state).toMatchObject({ paused: true, note: 'tạm dừng dịp Tết' });

    const times = await ctx.client.workflowService.listScheduleMatchingTimes({
      namespace: 'default',
      scheduleId: ids[0],
      startTime: msToTs(Date.UTC(2030, 0, 7)),
      endTime: msToTs(Date.UTC(2030, 0, 13)),
    });
    expect(times.startTime?.map((t) => new Date(tsToMs(t)).toISOString())).toEqual(
      ['07', '08', '09', '10', '11'].map((day) => `2030-01-${day}T02:00:00.000Z`),
    );

    for (const id of ids) await ctx.client.schedule.getHandle(id).delete();
    await expect(handle.describe()).rejects.toBeInstanceOf(ScheduleNotFoundError);
    await expect(handle.delete()).rejects.toBeInstanceOf(ScheduleNotFoundError);
  });

  it('refuses a duplicate schedule id (already exists)', async () => {
    const scheduleId = uniqueId('dup');
    const options = { scheduleId, spec: { intervals: [{ every: '1 hour' as const }] }, action: action(`${scheduleId}-wf`) };
    const handle = await ctx.client.schedule.create(options);
    await expect(ctx.client.schedule.create(options)).rejects.toBeInstanceOf(ScheduleAlreadyRunning);
    await handle.delete();
  });

  it('rejects an invalid spec with INVALID_ARGUMENT and a readable message, creating nothing', async () => {
    const scheduleId = uniqueId('invalid');
    await expect(
      ctx.client.schedule.create({ scheduleId, spec: { cronExpressions: ['0 25 * * *'] }, action: action(`${scheduleId}-wf`) }),
    ).rejects.toThrow(new TypeError('hour value "25" is out of range 0-23'));
    await expect(
      ctx.client.schedule.create({ scheduleId, spec: { calendars: [{ hour: 8 }], timezone: 'Asia/Hanoi_City' }, action: action(`${scheduleId}-wf`) }),
    ).rejects.toThrow('unknown time zone "Asia/Hanoi_City"');
    const raw = ctx.client.workflowService
      .createSchedule({
        namespace: 'default',
        scheduleId,
        requestId: scheduleId,
        schedule: {
          spec: { interval: [{ interval: msToTs(0) }] },
          action: { startWorkflow: { workflowId: 'x', workflowType: { name: 'workflowInfoWorkflow' }, taskQueue: { name: ctx.taskQueue } } },
        },
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    const err = await raw;
    expect(isGrpcServiceError(err) && err.code).toBe(status.INVALID_ARGUMENT);
    expect(isGrpcServiceError(err) && err.details).toBe('Invalid schedule spec: interval must be at least 1 second (got 0 ms)');
    await expect(ctx.client.schedule.getHandle(scheduleId).describe()).rejects.toBeInstanceOf(ScheduleNotFoundError);
  });

  it('triggers immediately (even while paused) and backfills past times', async () => {
    const scheduleId = uniqueId('trigger');
    const handle = await ctx.client.schedule.create({
      scheduleId,
      spec: { calendars: [{ hour: 8 }], timezone: 'Asia/Ho_Chi_Minh' },
      action: action(`${scheduleId}-wf`),
      state: { paused: true },
    });
    await handle.trigger();
    const triggered = await waitFor(async () => (await handle.describe()).info.recentActions[0], { description: 'the triggered action' });
    await ctx.client.workflow.getHandle(triggered.action.workflow.workflowId).result();

    const now = await ctx.env.currentTimeMs();
    const start = new Date(Math.floor(now / DAY) * DAY - 3 * DAY);
    await handle.backfill({ start, end: new Date(start.getTime() + 3 * DAY - 1), overlap: ScheduleOverlapPolicy.ALLOW_ALL });
    const d = await handle.describe();
    expect(d.info.numActionsTaken).toBe(4);
    // 08:00 ICT = 01:00 UTC on each of the three backfilled days.
    expect(d.info.recentActions.slice(1).map((a) => a.scheduledAt.getTime())).toEqual([0, 1, 2].map((i) => start.getTime() + i * DAY + HOUR));
    for (const a of d.info.recentActions) await ctx.client.workflow.getHandle(a.action.workflow.workflowId).result();
    await handle.delete();
  });

  itWithTimeSkipping('applies overlap policies SKIP, BUFFER_ONE and ALLOW_ALL to a long-running workflow', async () => {
    const now = await ctx.env.currentTimeMs();
    // Three hourly times T0, T0+1h, T0+2h, all in the future.
    const t0 = Math.ceil(now / HOUR) * HOUR + HOUR;
    const spec = { intervals: [{ every: '1 hour' as const }], startAt: new Date(t0), endAt: new Date(t0 + 2 * HOUR) };
    const make = (overlap: ScheduleOverlapPolicy) => {
      const scheduleId = uniqueId(`overlap-${String(overlap).toLowerCase()}`);
      return ctx.client.schedule.create({
        scheduleId,
        spec,
        action: { type: 'startWorkflow', workflowType: waitForeverWorkflow, taskQueue: ctx.taskQueue, workflowId: `${scheduleId}-wf` },
        policies: { overlap },
      });
    };
    const skip = await make(ScheduleOverlapPolicy.SKIP);
    const bufferOne = await make(ScheduleOverlapPolicy.BUFFER_ONE);
    const allowAll = await make(ScheduleOverlapPolicy.ALLOW_ALL);
    await ctx.env.sleep(t0 + 2 * HOUR + 30 * 60_000 - now);

    const s = await skip.describe();
    expect([s.info.numActionsTaken, s.info.numActionsSkippedOverlap, s.info.runningActions.length]).toEqual([1, 2, 1]);
    const b = await bufferOne.describe();
    expect([b.info.numActionsTaken, b.info.numActionsSkippedOverlap, b.info.runningActions.length]).toEqual([1, 1, 1]);
    expect(Number(b.raw.info?.bufferSize)).toBe(1);
    const a = await allowAll.describe();
    expect([a.info.numActionsTaken, a.info.numActionsSkippedOverlap, a.info.runningActions.length]).toEqual([3, 0, 3]);
    expect(a.info.recentActions.map((x) => x.scheduledAt.getTime())).toEqual([t0, t0 + HOUR, t0 + 2 * HOUR]);

    // When the running workflow ends, BUFFER_ONE starts the one it kept (the T0+1h time).
    await ctx.client.workflow.getHandle(b.info.runningActions[0]!.workflow.workflowId).terminate('done');
    const started = await waitFor(async () => {
      const d = await bufferOne.describe();
      return d.info.numActionsTaken === 2 && d;
    }, { description: 'the buffered action to start' });
    expect(started.info.recentActions.map((x) => x.scheduledAt.getTime())).toEqual([t0, t0 + HOUR]);
    expect(started.info.runningActions.map((r) => r.workflow.workflowId)).toEqual([started.info.recentActions[1]!.action.workflow.workflowId]);

    for (const h of [skip, bufferOne, allowAll]) {
      await terminateRunning(h);
      await h.delete();
    }
  });

  itWithTimeSkipping('TERMINATE_OTHER and CANCEL_OTHER stop the running workflow before starting the next', async () => {
    const scheduleId = uniqueId('stop-other');
    const handle = await ctx.client.schedule.create({
      scheduleId,
      spec: { calendars: [{ hour: 8 }] },
      action: { type: 'startWorkflow', workflowType: waitForeverWorkflow, taskQueue: ctx.taskQueue, workflowId: `${scheduleId}-wf` },
      state: { paused: true },
    });
    const runningIds = async () => (await handle.describe()).info.runningActions.map((r) => r.workflow.workflowId);
    await handle.trigger();
    const [first] = await runningIds();
    // Triggered runs are named after the trigger time (whole seconds): let virtual time move between triggers.
    await ctx.env.sleep('2 seconds');
    await handle.trigger(ScheduleOverlapPolicy.TERMINATE_OTHER);
    expect((await ctx.client.workflow.getHandle(first!).describe()).status.name).toBe('TERMINATED');
    const [second] = await runningIds();
    expect(second).not.toBe(first);

    await ctx.env.sleep('2 seconds');
    await handle.trigger(ScheduleOverlapPolicy.CANCEL_OTHER);
    // The cancel is only requested; the next run starts once the workflow has reacted to it.
    const third = await waitFor(async () => {
      const ids = await runningIds();
      return ids.length === 1 && ids[0] !== second && ids[0];
    }, { description: 'the run after the cancelled one' });
    expect((await ctx.client.workflow.getHandle(second!).describe()).status.name).toBe('CANCELLED');
    expect((await handle.describe()).info.numActionsTaken).toBe(3);
    await ctx.client.workflow.getHandle(third).terminate('test cleanup');
    await handle.delete();
  });

  itWithTimeSkipping('stops after remainingActions and pauses on failure', async () => {
    const limitedId = uniqueId('limited');
    const limited = await ctx.client.schedule.create({
      scheduleId: limitedId,
      spec: { intervals: [{ every: '1 hour' as const }] },
      action: action(`${limitedId}-wf`),
      state: { remainingActions: 2 },
    });
    expect((await limited.describe()).info.nextActionTimes).toHaveLength(2);
    await ctx.env.sleep(5 * HOUR);
    const l = await limited.describe();
    expect(l.info.numActionsTaken).toBe(2);
    expect(l.state.remainingActions).toBe(0);
    expect(l.info.nextActionTimes).toEqual([]);
    await limited.delete();

    const failingId = uniqueId('pause-on-failure');
    const failing = await ctx.client.schedule.create({
      scheduleId: failingId,
      spec: { intervals: [{ every: '1 hour' as const }] },
      action: { type: 'startWorkflow', workflowType: failingWorkflow, args: ['hỏng'], taskQueue: ctx.taskQueue, workflowId: `${failingId}-wf` },
      policies: { pauseOnFailure: true },
    });
    await failing.trigger();
    const paused = await waitFor(async () => {
      const d = await failing.describe();
      return d.state.paused && d;
    }, { description: 'the schedule to pause after the failure' });
    expect(paused.state.note).toMatch(/^Schedule paused due to workflow failure: /);
    await ctx.env.sleep(3 * HOUR);
    expect((await failing.describe()).info.numActionsTaken).toBe(1);
    await failing.delete();
  });

  itStillSkipsTime(ctx);
});
