// Activities through the real worker: trace §4 scenarios "simple", "activity retry", "activity cancel via
// heartbeat", "local activity"; protocol §7.1 (retry without history events, non-retryable failures, timeouts).
import { temporal } from '@temporalio/proto';
import {
  activityTimeoutWorkflow,
  cancelUnstartedActivityWorkflow,
  heartbeatDetailsWorkflow,
  scheduleToStartWorkflow,
  flakyActivityWorkflow,
  greetWorkflow,
  heartbeatTimeoutWorkflow,
  longLocalActivityWorkflow,
  scheduleToCloseWorkflow,
  heartbeatCancelWorkflow,
  localActivityWorkflow,
  nonRetryableActivityWorkflow,
} from './workflows';
import { appendSignal, stateQuery } from './workflows/definitions';
import {
  countOf,
  eventTypeName,
  expectSubsequence,
  historyEvents,
  historyTypes,
  itWithTimeSkipping,
  uniqueId,
  useConformanceEnvironment,
  waitFor,
} from './support';

jest.setTimeout(30_000);

const HOUR = 3_600_000;
const ctx = useConformanceEnvironment({ kind: 'time-skipping' });

describe('activities', () => {
  it('runs the simple scenario: query, signal, activity, result, with the exact history', async () => {
    const handle = await ctx.client.workflow.start(greetWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('simple'),
      args: ['dondoc'],
    });
    await expect(handle.query(stateQuery)).resolves.toEqual([]);
    await handle.signal(appendSignal, 'sig1');
    await expect(handle.result()).resolves.toBe('Hello, dondoc signals=["sig1"]');
    expect(await historyTypes(handle)).toEqual([
      'WorkflowExecutionStarted',
      'WorkflowTaskScheduled',
      'WorkflowTaskStarted',
      'WorkflowTaskCompleted',
      'WorkflowExecutionSignaled',
      'WorkflowTaskScheduled',
      'WorkflowTaskStarted',
      'WorkflowTaskCompleted',
      'ActivityTaskScheduled',
      'ActivityTaskStarted',
      'ActivityTaskCompleted',
      'WorkflowTaskScheduled',
      'WorkflowTaskStarted',
      'WorkflowTaskCompleted',
      'WorkflowExecutionCompleted',
    ]);
  });

  it('retries a failing activity without writing history for failed attempts', async () => {
    const handle = await ctx.client.workflow.start(flakyActivityWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('retry'),
      args: [3, '100 ms'],
    });
    const result = await handle.result();
    expect(result.attempt).toBe(3);
    const events = await historyEvents(handle);
    const types = events.map(eventTypeName);
    expect(countOf(types, 'ActivityTaskScheduled')).toBe(1);
    expect(countOf(types, 'ActivityTaskStarted')).toBe(1);
    expect(countOf(types, 'ActivityTaskFailed')).toBe(0);
    expect(countOf(types, 'ActivityTaskCompleted')).toBe(1);
    const started = events.find((e) => eventTypeName(e) === 'ActivityTaskStarted');
    expect(started?.activityTaskStartedEventAttributes?.attempt).toBe(3);
    // The started event is written lazily, right before the completion.
    expect(types.indexOf('ActivityTaskCompleted') - types.indexOf('ActivityTaskStarted')).toBe(1);
  });

  itWithTimeSkipping('skips a 1 hour retry backoff in virtual time', async () => {
    const result = await ctx.client.workflow.execute(flakyActivityWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('long-backoff'),
      args: [3, '1 hour'],
    });
    expect(result.attempt).toBe(3);
    // Two backoffs of one hour each (coefficient 1) between the first schedule and the third attempt.
    expect(result.currentAttemptScheduledTimestampMs - result.scheduledTimestampMs).toBeGreaterThanOrEqual(2 * HOUR);
    expect(result.workflowEndMs - result.workflowStartMs).toBeGreaterThanOrEqual(2 * HOUR);
  });

  it('does not retry a non-retryable ApplicationFailure and reports its type', async () => {
    const handle = await ctx.client.workflow.start(nonRetryableActivityWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('non-retryable'),
    });
    const result = await handle.result();
    expect(result).toMatchObject({ type: 'ConformanceFatal', message: 'fatal' });
    expect(result.retryState).toMatch(/NON_RETRYABLE_FAILURE/);
    const events = await historyEvents(handle);
    const failed = events.find((e) => eventTypeName(e) === 'ActivityTaskFailed');
    expect(failed).toBeDefined();
    const started = events.find((e) => eventTypeName(e) === 'ActivityTaskStarted');
    expect(started?.activityTaskStartedEventAttributes?.attempt).toBe(1);
  });

  it('times out attempts after start-to-close and stops at maximumAttempts', async () => {
    const handle = await ctx.client.workflow.start(activityTimeoutWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('activity-timeout'),
    });
    const result = await handle.result();
    expect(result.timeoutType).toMatch(/START_TO_CLOSE/);
    expect(result.retryState).toMatch(/MAXIMUM_ATTEMPTS_REACHED/);
    const events = await historyEvents(handle);
    const timedOut = events.find((e) => eventTypeName(e) === 'ActivityTaskTimedOut');
    expect(timedOut?.activityTaskTimedOutEventAttributes?.retryState).toBe(
      temporal.api.enums.v1.RetryState.RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED,
    );
  });

  it('cancels a heartbeating activity (cancelRequested on heartbeat, then RespondActivityTaskCanceled)', async () => {
    const handle = await ctx.client.workflow.start(heartbeatCancelWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('heartbeat-cancel'),
    });
    await expect(handle.result()).resolves.toBe('cancelled');
    const types = await historyTypes(handle);
    const requested = types.indexOf('ActivityTaskCancelRequested');
    expect(requested).toBeGreaterThan(types.indexOf('ActivityTaskScheduled'));
    expect(types.indexOf('ActivityTaskCanceled')).toBeGreaterThan(requested);
  });

  it('records a local activity as a marker, without an activity task', async () => {
    const handle = await ctx.client.workflow.start(localActivityWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('local-activity'),
      args: ['local'],
    });
    await expect(handle.result()).resolves.toBe('Hello, local');
    const events = await historyEvents(handle);
    const marker = events.find((e) => eventTypeName(e) === 'MarkerRecorded');
    expect(marker?.markerRecordedEventAttributes?.markerName).toBe('core_local_activity');
    expect(events.map(eventTypeName)).not.toContain('ActivityTaskScheduled');
  });

  itWithTimeSkipping('stops retrying when the next attempt would pass the schedule-to-close timeout', async () => {
    const result = await ctx.client.workflow.execute(scheduleToCloseWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('schedule-to-close'),
    });
    expect(result.retryState).toMatch(/TIMEOUT/);
    expect(['ApplicationFailure', 'TimeoutFailure']).toContain(result.cause);
  });

  it('times out an activity that stops heartbeating (HEARTBEAT timeout)', async () => {
    const result = await ctx.client.workflow.execute(heartbeatTimeoutWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('heartbeat-timeout'),
    });
    expect(result).toMatch(/HEARTBEAT/);
  });

  it('keeps a workflow task alive while a local activity outlasts the task timeout (task heartbeats)', async () => {
    const handle = await ctx.client.workflow.start(longLocalActivityWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('long-local-activity'),
      args: [3_000],
      workflowTaskTimeout: '2 seconds',
    });
    await expect(handle.result()).resolves.toBe('finished');
    const types = await historyTypes(handle);
    expect(countOf(types, 'WorkflowTaskTimedOut')).toBe(0);
    expect(countOf(types, 'WorkflowTaskFailed')).toBe(0);
    // The worker completed at least one heartbeat task (no commands, forceCreateNewWorkflowTask) before the marker.
    expect(
      types.slice(0, types.indexOf('MarkerRecorded')).filter((t) => t === 'WorkflowTaskCompleted').length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('describes a pending activity waiting for its retry (attempt, last failure)', async () => {
    const handle = await ctx.client.workflow.start(flakyActivityWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('pending-activity'),
      args: [2, '1 hour'],
    });
    // Outside result() no time skipping happens, so the run waits in its one-hour backoff while we look.
    const pending = await waitFor(
      async () => (await handle.describe()).raw.pendingActivities?.find((a) => (a.attempt ?? 0) >= 2),
      {
        description: 'pending activity at attempt 2 (the real server increments attempt when it schedules the retry)',
        timeoutMs: 5_000,
      },
    );
    expect(pending.activityType?.name).toBe('flaky');
    expect(pending.lastFailure?.message).toBe('attempt 1 failed');
    if (ctx.env.supportsTimeSkipping) await expect(handle.result()).resolves.toMatchObject({ attempt: 2 });
    else await handle.terminate();
  });

  it('gives a retried attempt the heartbeat details of the failed one', async () => {
    const result = await ctx.client.workflow.execute(heartbeatDetailsWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('heartbeat-details'),
      args: ['half way'],
    });
    expect(result).toBe('half way');
  });

  it('cancels an activity that never started at once (ActivityTaskCanceled, no ActivityTaskStarted)', async () => {
    const handle = await ctx.client.workflow.start(cancelUnstartedActivityWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('cancel-unstarted'),
      args: [uniqueId('nobody-polls')],
    });
    await expect(handle.result()).resolves.toBe('cancelled');
    const types = await historyTypes(handle);
    expect(types).not.toContain('ActivityTaskStarted');
    expectSubsequence(types, [
      'ActivityTaskScheduled',
      'ActivityTaskCancelRequested',
      'ActivityTaskCanceled',
      'WorkflowExecutionCompleted',
    ]);
  });

  it('times out an activity nobody picks up (SCHEDULE_TO_START, not retried)', async () => {
    const handle = await ctx.client.workflow.start(scheduleToStartWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('schedule-to-start'),
      args: [uniqueId('nobody-polls')],
    });
    await expect(handle.result()).resolves.toMatch(/SCHEDULE_TO_START/);
    const types = await historyTypes(handle);
    expect(types).not.toContain('ActivityTaskStarted');
    expect(countOf(types, 'ActivityTaskTimedOut')).toBe(1);
  });
});
