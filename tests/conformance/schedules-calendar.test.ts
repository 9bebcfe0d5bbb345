// Issue #4 acceptance: a calendar schedule "05/06 and 15/12 each year at 08:00 ICT" (Asia/Ho_Chi_Minh) fires at
// exactly those instants for three years, in virtual time (time skipping; the server clock starts at wall now).
import { workflowInfoWorkflow } from './workflows';
import { itWithTimeSkipping, uniqueId, useConformanceEnvironment } from './support';

jest.setTimeout(60_000);

const ctx = useConformanceEnvironment({ kind: 'time-skipping' });

/** 00:00 ICT on 1 January of `year`, as a Date. */
const newYearIct = (year: number) => new Date(Date.UTC(year, 0, 1) - 7 * 3_600_000);

describe('schedules: calendar in Asia/Ho_Chi_Minh with time skipping', () => {
  itWithTimeSkipping('fires on 05/06 and 15/12 at 08:00 ICT for three years, at the exact virtual instants', async () => {
    const now = await ctx.env.currentTimeMs();
    const first = new Date(now).getUTCFullYear() + 1;
    const scheduleId = uniqueId('bao-cao-dinh-ky');
    const handle = await ctx.client.schedule.create({
      scheduleId,
      spec: {
        calendars: [
          { dayOfMonth: 5, month: 'JUNE', hour: 8, comment: 'báo cáo 6 tháng' },
          { dayOfMonth: 15, month: 'DECEMBER', hour: 8, comment: 'báo cáo năm' },
        ],
        timezone: 'Asia/Ho_Chi_Minh',
        // Three whole calendar years (ICT) after the current one.
        startAt: newYearIct(first),
        endAt: newYearIct(first + 3),
      },
      action: { type: 'startWorkflow', workflowType: workflowInfoWorkflow, taskQueue: ctx.taskQueue, workflowId: `${scheduleId}-wf` },
    });
    const expected: string[] = [];
    for (let y = first; y < first + 3; y++) expected.push(`${y}-06-05T01:00:00.000Z`, `${y}-12-15T01:00:00.000Z`);
    if (first === 2027) expect(expected.slice(0, 2)).toEqual(['2027-06-05T01:00:00.000Z', '2027-12-15T01:00:00.000Z']);

    const before = await handle.describe();
    expect(before.spec.timezone).toBe('Asia/Ho_Chi_Minh');
    expect(before.info.nextActionTimes.map((d) => d.toISOString())).toEqual(expected);

    // Let virtual time run to the end of the third year; every action's workflow runs on the worker meanwhile.
    await ctx.env.sleep(newYearIct(first + 3).getTime() + 86_400_000 - now);

    const after = await handle.describe();
    expect(after.info.numActionsTaken).toBe(6);
    expect(after.info.numActionsMissedCatchupWindow).toBe(0);
    expect(after.info.nextActionTimes).toEqual([]);
    expect(after.info.recentActions.map((a) => a.scheduledAt.toISOString())).toEqual(expected);
    for (const action of after.info.recentActions) {
      const { workflowId, firstExecutionRunId } = action.action.workflow;
      // Temporal's id of a scheduled run: <action workflow id>-<nominal time, RFC 3339 UTC>.
      expect(workflowId).toBe(`${scheduleId}-wf-${action.scheduledAt.toISOString().replace('.000Z', 'Z')}`);
      const wf = ctx.client.workflow.getHandle(workflowId, firstExecutionRunId);
      const info = await wf.result();
      // The run started at that virtual instant (the clock runs on while the firing is processed, so a few ms
      // later; never a skipped day), and carries the scheduler's exact nominal time in its search attributes.
      expect(info.startTime).toBeGreaterThanOrEqual(action.scheduledAt.getTime());
      expect(info.startTime).toBeLessThan(action.scheduledAt.getTime() + 60_000);
      const described = await wf.describe();
      expect((described.searchAttributes.TemporalScheduledStartTime as Date[])[0]!.toISOString()).toBe(action.scheduledAt.toISOString());
      expect(described.searchAttributes.TemporalScheduledById).toEqual([scheduleId]);
    }
    await handle.delete();
  });
});
