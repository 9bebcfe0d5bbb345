// Timers and time skipping (protocol §7.2, §8): virtual clock, env.sleep, condition timeouts, parallel and
// cancelled timers; trace §4 scenarios "timer + condition timeout" and "3 parallel timers".
import { cancelTimerWorkflow, conditionTimeoutWorkflow, parallelTimersWorkflow, sleepWorkflow } from './workflows';
import { appendSignal } from './workflows/definitions';
import {
  countOf,
  expectSubsequence,
  historyTypes,
  itWithTimeSkipping,
  uniqueId,
  useConformanceEnvironment,
} from './support';

jest.setTimeout(30_000);

const DAY = 86_400_000;
const ctx = useConformanceEnvironment({ kind: 'time-skipping' });

describe('timers and time skipping', () => {
  itWithTimeSkipping('runs a 6-month sleep in virtual time; the workflow sees the skipped Date.now()', async () => {
    const serverBefore = await ctx.env.currentTimeMs();
    const result = await ctx.client.workflow.execute(sleepWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('six-months'),
      args: ['180 days'],
    });
    const serverAfter = await ctx.env.currentTimeMs();
    expect(result.after - result.before).toBeGreaterThanOrEqual(180 * DAY);
    // Workflow time is server time: it starts near the server clock and ends 180 days later.
    expect(Math.abs(result.before - serverBefore)).toBeLessThan(DAY);
    expect(serverAfter - serverBefore).toBeGreaterThanOrEqual(180 * DAY);
  });

  itWithTimeSkipping('advances the server clock with env.sleep', async () => {
    const before = await ctx.env.currentTimeMs();
    await ctx.env.sleep('2 hours');
    expect((await ctx.env.currentTimeMs()) - before).toBeGreaterThanOrEqual(2 * 3_600_000);
  });

  it('times out a condition when no signal arrives (TimerStarted → TimerFired)', async () => {
    const handle = await ctx.client.workflow.start(conditionTimeoutWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('condition-timeout'),
      args: ['2 seconds'],
    });
    await expect(handle.result()).resolves.toBe(false);
    expectSubsequence(await historyTypes(handle), ['TimerStarted', 'TimerFired', 'WorkflowExecutionCompleted']);
  });

  it('satisfies a condition by signal before its timeout and cancels the timer', async () => {
    const handle = await ctx.client.workflow.start(conditionTimeoutWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('condition-signal'),
      args: ['1 day'],
    });
    await handle.signal(appendSignal, 'in time');
    await expect(handle.result()).resolves.toBe(true);
    const types = await historyTypes(handle);
    expect(types).not.toContain('TimerFired');
    expectSubsequence(types, [
      'TimerStarted',
      'WorkflowExecutionSignaled',
      'TimerCanceled',
      'WorkflowExecutionCompleted',
    ]);
  });

  it('fires three parallel timers in due order', async () => {
    const handle = await ctx.client.workflow.start(parallelTimersWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('parallel-timers'),
    });
    await expect(handle.result()).resolves.toEqual(['1s', '2s', '3s']);
    const types = await historyTypes(handle);
    expect(countOf(types, 'TimerStarted')).toBe(3);
    expect(countOf(types, 'TimerFired')).toBe(3);
    // All three commands came from one workflow task completion, so their events are adjacent.
    const first = types.indexOf('TimerStarted');
    expect(types.slice(first, first + 3)).toEqual(['TimerStarted', 'TimerStarted', 'TimerStarted']);
  });

  it('cancels a timer (TimerCanceled, never fired)', async () => {
    const handle = await ctx.client.workflow.start(cancelTimerWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('cancel-timer'),
    });
    await expect(handle.result()).resolves.toBe('cancelled');
    const types = await historyTypes(handle);
    expect(countOf(types, 'TimerStarted')).toBe(2);
    expect(countOf(types, 'TimerFired')).toBe(1);
    expect(countOf(types, 'TimerCanceled')).toBe(1);
  });
});
