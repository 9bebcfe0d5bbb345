// The previous scheduled run's outcome handed to the next run, as Temporal's scheduler does on
// StartWorkflowExecution (lastCompletionResult, continuedFailure): seen by workflow code as workflowInfo().lastResult
// and .lastFailure. Runs started under ALLOW_ALL neither receive it nor change it.
import { ScheduleOverlapPolicy, WorkflowFailedError, type ScheduleHandle, type ScheduleOptionsAction } from '@temporalio/client';
import { scheduledCounterWorkflow, waitForeverWorkflow, type ScheduledRunReport } from './workflows';
import { itStillSkipsTime, itWithTimeSkipping, uniqueId, useConformanceEnvironment, waitFor } from './support';

jest.setTimeout(60_000);

const HOUR = 3_600_000;
const ctx = useConformanceEnvironment({ kind: 'time-skipping' });

const counter = (workflowId: string, mode: 'ok' | 'fail' = 'ok') =>
  ({ type: 'startWorkflow', workflowType: scheduledCounterWorkflow, args: [mode], taskQueue: ctx.taskQueue, workflowId }) as const;

/**
 * Triggers the schedule and returns a handle on the run it started. The SDK's trigger() asks for ALLOW_ALL unless
 * told otherwise, so the default here is SKIP (the schedule's own policy).
 */
async function triggerRun(handle: ScheduleHandle, overlap: ScheduleOverlapPolicy | 'sdk-default' = ScheduleOverlapPolicy.SKIP) {
  const taken = (await handle.describe()).info.numActionsTaken;
  // Triggered runs are named after the trigger time (whole seconds): let virtual time move between triggers.
  await ctx.env.sleep('2 seconds');
  await handle.trigger(overlap === 'sdk-default' ? undefined : overlap);
  const action = await waitFor(async () => {
    const d = await handle.describe();
    return d.info.numActionsTaken > taken && d.info.recentActions.at(-1);
  }, { description: 'the triggered run' });
  return ctx.client.workflow.getHandle(action.action.workflow.workflowId, action.action.workflow.firstExecutionRunId);
}

const runReport = async (handle: ScheduleHandle, overlap?: ScheduleOverlapPolicy | 'sdk-default'): Promise<ScheduledRunReport> =>
  (await triggerRun(handle, overlap)).result() as Promise<ScheduledRunReport>;

const setAction = (handle: ScheduleHandle, action: ScheduleOptionsAction) => handle.update((prev) => ({ ...prev, action }));

describe('schedules: last completion result and last failure', () => {
  itWithTimeSkipping('each scheduled firing sees the result of the run before it', async () => {
    const scheduleId = uniqueId('last-result');
    const handle = await ctx.client.schedule.create({
      scheduleId,
      spec: { intervals: [{ every: '1 hour' }] },
      action: counter(`${scheduleId}-wf`),
      state: { remainingActions: 3 },
    });
    await ctx.env.sleep(4 * HOUR);
    const d = await handle.describe();
    expect(d.info.numActionsTaken).toBe(3);
    const reports: ScheduledRunReport[] = [];
    for (const a of d.info.recentActions) {
      reports.push((await ctx.client.workflow.getHandle(a.action.workflow.workflowId, a.action.workflow.firstExecutionRunId).result()) as ScheduledRunReport);
    }
    expect(reports).toEqual([
      { count: 1, lastCount: null, lastFailure: null },
      { count: 2, lastCount: 1, lastFailure: null },
      { count: 3, lastCount: 2, lastFailure: null },
    ]);
    await handle.delete();
  });

  itWithTimeSkipping('a failure is handed on next to the last success; terminate and ALLOW_ALL runs change nothing', async () => {
    const scheduleId = uniqueId('last-failure');
    const workflowId = `${scheduleId}-wf`;
    const handle = await ctx.client.schedule.create({
      scheduleId,
      spec: { calendars: [{ hour: 8 }] },
      action: counter(workflowId),
      state: { paused: true },
    });
    expect(await runReport(handle)).toEqual({ count: 1, lastCount: null, lastFailure: null });

    await setAction(handle, counter(workflowId, 'fail'));
    const failed = await triggerRun(handle);
    await expect(failed.result()).rejects.toBeInstanceOf(WorkflowFailedError);

    await setAction(handle, counter(workflowId));
    expect(await runReport(handle)).toEqual({ count: 2, lastCount: 1, lastFailure: 'failed after run 1' });
    // A success clears the failure.
    expect(await runReport(handle)).toEqual({ count: 3, lastCount: 2, lastFailure: null });

    // A terminated run leaves the last result as it was.
    await setAction(handle, { type: 'startWorkflow', workflowType: waitForeverWorkflow, taskQueue: ctx.taskQueue, workflowId });
    await (await triggerRun(handle)).terminate('test');
    await setAction(handle, counter(workflowId));

    // ALLOW_ALL runs (also what trigger() asks for by default) get nothing and hand nothing on.
    expect(await runReport(handle, ScheduleOverlapPolicy.ALLOW_ALL)).toEqual({ count: 1, lastCount: null, lastFailure: null });
    expect(await runReport(handle, 'sdk-default')).toEqual({ count: 1, lastCount: null, lastFailure: null });
    expect(await runReport(handle)).toEqual({ count: 4, lastCount: 3, lastFailure: null });
    await handle.delete();
  });

  itStillSkipsTime(ctx);
});
