// Schedule jitter (ScheduleSpec.jitter) through the official client, in virtual time: each action is delayed by a
// deterministic amount below the jitter (and below the gap to the next spec time), in Describe/List/matching
// times and in the real firings; recent actions record the jittered time, the run keeps its nominal time.
import { msToTs, tsToMs } from '@temporalio/common/lib/time';
import { scheduledCounterWorkflow } from './workflows';
import { itStillSkipsTime, itWithTimeSkipping, uniqueId, useConformanceEnvironment } from './support';

jest.setTimeout(60_000);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ctx = useConformanceEnvironment({ kind: 'time-skipping' });

const sleepUntil = async (ms: number) => ctx.env.sleep(ms - (await ctx.env.currentTimeMs()));
const rfc3339 = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

describe('schedules: jitter', () => {
  itWithTimeSkipping('delays each action by a stable jitter below the bound, and fires at the jittered instants', async () => {
    const now = await ctx.env.currentTimeMs();
    const t0 = Math.ceil(now / HOUR) * HOUR + HOUR;
    const nominal = [0, 1, 2, 3, 4].map((i) => t0 + i * HOUR);
    const scheduleId = uniqueId('jitter');
    const handle = await ctx.client.schedule.create({
      scheduleId,
      spec: { intervals: [{ every: '1 hour' }], startAt: new Date(t0), endAt: new Date(t0 + 4 * HOUR), jitter: '30 minutes' },
      action: { type: 'startWorkflow', workflowType: scheduledCounterWorkflow, taskQueue: ctx.taskQueue, workflowId: `${scheduleId}-wf` },
    });
    const d = await handle.describe();
    expect(d.spec.jitter).toBe(30 * MINUTE);
    const jittered = d.info.nextActionTimes.map((t) => t.getTime());
    expect(jittered).toHaveLength(5);
    const delays = jittered.map((t, i) => t - nominal[i]!);
    for (const delay of delays) expect(delay >= 0 && delay < 30 * MINUTE).toBe(true);
    expect(delays.some((delay) => delay > 0)).toBe(true);

    // The same times every time they are computed: Describe again, List, and ListScheduleMatchingTimes.
    expect((await handle.describe()).info.nextActionTimes.map((t) => t.getTime())).toEqual(jittered);
    const listed = await ctx.client.workflowService.listSchedules({ namespace: 'default', query: `ScheduleId = '${scheduleId}'` });
    expect(listed.schedules?.[0]?.info?.futureActionTimes?.map((t) => tsToMs(t))).toEqual(jittered);
    const matching = await ctx.client.workflowService.listScheduleMatchingTimes({
      namespace: 'default',
      scheduleId,
      startTime: msToTs(t0),
      endTime: msToTs(t0 + 5 * HOUR),
    });
    expect(matching.startTime?.map((t) => tsToMs(t))).toEqual(jittered);

    // Between a nominal time and its jittered time, the action is not taken yet and is still the next one.
    const i = delays.findIndex((delay) => delay >= 2_000);
    await sleepUntil(nominal[i]! + 1_000);
    const waiting = await handle.describe();
    expect(waiting.info.numActionsTaken).toBe(i);
    expect(waiting.info.nextActionTimes[0]?.getTime()).toBe(jittered[i]);

    await sleepUntil(t0 + 5 * HOUR);
    const after = await handle.describe();
    expect(after.info.numActionsTaken).toBe(5);
    expect(after.info.nextActionTimes).toEqual([]);
    // Recent actions: scheduledAt is the jittered time (Temporal's schedule_time "including jitter").
    expect(after.info.recentActions.map((a) => a.scheduledAt.getTime())).toEqual(jittered);
    for (const [k, action] of after.info.recentActions.entries()) {
      expect(action.takenAt.getTime()).toBeGreaterThanOrEqual(jittered[k]!);
      // The run is named after, and records, its nominal time.
      const { workflowId, firstExecutionRunId } = action.action.workflow;
      expect(workflowId).toBe(`${scheduleId}-wf-${rfc3339(nominal[k]!)}`);
      const wf = ctx.client.workflow.getHandle(workflowId, firstExecutionRunId);
      const described = await wf.describe();
      expect(described.startTime.getTime()).toBeGreaterThanOrEqual(jittered[k]!);
      expect((described.searchAttributes.TemporalScheduledStartTime as Date[])[0]!.getTime()).toBe(nominal[k]);
    }
    await handle.delete();
  });

  itWithTimeSkipping('caps a jitter longer than the interval at the gap to the next time', async () => {
    const now = await ctx.env.currentTimeMs();
    const t0 = Math.ceil(now / HOUR) * HOUR + HOUR;
    const scheduleId = uniqueId('jitter-cap');
    const handle = await ctx.client.schedule.create({
      scheduleId,
      spec: { intervals: [{ every: '1 hour' }], startAt: new Date(t0), jitter: '6 hours' },
      action: { type: 'startWorkflow', workflowType: scheduledCounterWorkflow, taskQueue: ctx.taskQueue, workflowId: `${scheduleId}-wf` },
      state: { paused: true },
    });
    const times = (await handle.describe()).info.nextActionTimes.map((t) => t.getTime());
    expect(times).toHaveLength(10);
    times.forEach((t, k) => {
      expect(t).toBeGreaterThanOrEqual(t0 + k * HOUR);
      expect(t).toBeLessThan(t0 + (k + 1) * HOUR);
    });
    await handle.delete();
  });

  itStillSkipsTime(ctx);
});
