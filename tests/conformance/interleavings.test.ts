// Protocol §10.1: signal, update, query, terminate and a timer firing while a workflow task is in flight, and
// events that arrive before any worker polls. A local activity that waits on a test-controlled latch keeps the
// workflow task started-but-not-completed for as long as the test needs.
import { WorkflowFailedError } from '@temporalio/client';
import { CancelledFailure, TerminatedFailure } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { createConformanceActivities } from './activities';
import {
  activityDuringTaskWorkflow,
  latchThenContinueWorkflow,
  latchThenReturnWorkflow,
  latchThenWaitWorkflow,
  messagesWorkflow,
  timerDuringTaskWorkflow,
} from './workflows';
import { appendSignal, appendUpdate, finishSignal, stateQuery } from './workflows/definitions';
import {
  conformanceWorkflowBundle,
  eventTypeName,
  expectSubsequence,
  historyEvents,
  historyTypes,
  itStillSkipsTime,
  stillPendingAfter,
  uniqueId,
  useConformanceEnvironment,
  waitFor,
} from './support';

jest.setTimeout(30_000);

/** How long a reply must stay pending to count as "waiting for the in-flight task" (an absence check). */
const QUIET_WINDOW_MS = 500;

const ctx = useConformanceEnvironment({ kind: 'time-skipping' });

async function startLatched(workflow: typeof latchThenReturnWorkflow | typeof latchThenWaitWorkflow, prefix: string) {
  const latch = uniqueId('latch');
  const handle = await ctx.client.workflow.start(workflow, {
    taskQueue: ctx.taskQueue,
    workflowId: uniqueId(prefix),
    args: [latch],
  });
  await ctx.latches.whenEntered(latch);
  return { handle, latch };
}

describe('while a workflow task is in flight', () => {
  it('a signal makes the closing completion fail with UnhandledCommand; the retried task sees the signal', async () => {
    const { handle, latch } = await startLatched(latchThenReturnWorkflow, 'signal-unhandled');
    await handle.signal(appendSignal, 'during-wft');
    ctx.latches.release(latch);
    await expect(handle.result()).resolves.toEqual(['during-wft']);
    const events = await historyEvents(handle);
    const types = events.map(eventTypeName);
    expectSubsequence(types, [
      'WorkflowTaskStarted',
      'WorkflowTaskFailed',
      'WorkflowExecutionSignaled',
      'WorkflowTaskScheduled',
      'WorkflowTaskStarted',
      'WorkflowTaskCompleted',
      'WorkflowExecutionCompleted',
    ]);
    const failed = events.find((e) => eventTypeName(e) === 'WorkflowTaskFailed');
    expect(failed?.workflowTaskFailedEventAttributes?.cause).toBe(
      temporal.api.enums.v1.WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_UNHANDLED_COMMAND,
    );
    // The signal is buffered: it is never written between WorkflowTaskStarted and the task's outcome.
    expect(types.indexOf('WorkflowExecutionSignaled')).toBeGreaterThan(types.indexOf('WorkflowTaskFailed'));
    expect(ctx.latches.entryCount(latch)).toBe(2); // the retried task replays the local activity
  });

  it('a signal makes a continue-as-new completion fail with UnhandledCommand; the run sees it before continuing', async () => {
    const latch = uniqueId('latch');
    const handle = await ctx.client.workflow.start(latchThenContinueWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('signal-can'),
      args: [latch],
    });
    await ctx.latches.whenEntered(latch);
    await handle.signal(appendSignal, 'during');
    ctx.latches.release(latch);
    await expect(handle.result()).resolves.toEqual(['seen before continuing: during']);
    const types = await historyTypes(handle);
    expect(types).not.toContain('WorkflowExecutionContinuedAsNew');
    expectSubsequence(types, ['WorkflowTaskFailed', 'WorkflowExecutionSignaled', 'WorkflowExecutionCompleted']);
  });

  it('a signal is buffered and appended after WorkflowTaskCompleted', async () => {
    const { handle, latch } = await startLatched(latchThenWaitWorkflow, 'signal-buffered');
    await handle.signal(appendSignal, 'during');
    ctx.latches.release(latch);
    await expect(handle.query(stateQuery)).resolves.toEqual(['during']);
    await handle.signal(finishSignal);
    await expect(handle.result()).resolves.toEqual(['during']);
    const types = await historyTypes(handle);
    expect(types.slice(0, 6)).toEqual([
      'WorkflowExecutionStarted',
      'WorkflowTaskScheduled',
      'WorkflowTaskStarted',
      'WorkflowTaskCompleted',
      'MarkerRecorded',
      'WorkflowExecutionSignaled',
    ]);
  });

  it('an update waits for the in-flight task and is then accepted and completed', async () => {
    const { handle, latch } = await startLatched(latchThenWaitWorkflow, 'update-during');
    const update = handle.executeUpdate(appendUpdate, { args: ['during'] });
    expect(await stillPendingAfter(update, QUIET_WINDOW_MS)).toBe('pending');
    ctx.latches.release(latch);
    await expect(update).resolves.toEqual(['during']);
    await handle.signal(finishSignal);
    await expect(handle.result()).resolves.toEqual(['during']);
    const types = await historyTypes(handle);
    expectSubsequence(types, [
      'WorkflowTaskCompleted',
      'MarkerRecorded',
      'WorkflowTaskScheduled',
      'WorkflowTaskStarted',
      'WorkflowTaskCompleted',
      'WorkflowExecutionUpdateAccepted',
      'WorkflowExecutionUpdateCompleted',
    ]);
  });

  it('a query waits for the in-flight task and sees the signal sent before it', async () => {
    const { handle, latch } = await startLatched(latchThenWaitWorkflow, 'query-during');
    await handle.signal(appendSignal, 'before-query');
    const query = handle.query(stateQuery);
    expect(await stillPendingAfter(query, QUIET_WINDOW_MS)).toBe('pending');
    ctx.latches.release(latch);
    await expect(query).resolves.toEqual(['before-query']);
    await handle.signal(finishSignal);
    await handle.result();
  });

  it('terminate closes the run at once; the late completion is dropped', async () => {
    const { handle, latch } = await startLatched(latchThenWaitWorkflow, 'terminate-during');
    await handle.terminate('during task');
    ctx.latches.release(latch);
    const error = await handle.result().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowFailedError);
    expect((error as WorkflowFailedError).cause).toBeInstanceOf(TerminatedFailure);
    // Let the worker finish the released task (its completion must get NOT_FOUND): one full task round-trip
    // of another workflow on the same worker, then check that nothing was appended after the termination.
    const other = await ctx.client.workflow.start(messagesWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('after-terminate'),
    });
    await other.executeUpdate(appendUpdate, { args: ['sync'] });
    await other.terminate();
    expect(await historyTypes(handle)).toEqual([
      'WorkflowExecutionStarted',
      'WorkflowTaskScheduled',
      'WorkflowTaskStarted',
      'WorkflowExecutionTerminated',
    ]);
  });

  it('a timer that fires during the task is delivered in the next task, not lost and not early', async () => {
    const latch = uniqueId('latch');
    const handle = await ctx.client.workflow.start(timerDuringTaskWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('timer-during'),
      args: [latch, '1 second'],
    });
    const timerStarted = await waitFor(
      async () => (await historyEvents(handle)).find((e) => eventTypeName(e) === 'TimerStarted'),
      { description: 'TimerStarted' },
    );
    const fireAt =
      Number(timerStarted.eventTime?.seconds ?? 0) * 1000 +
      Math.floor((timerStarted.eventTime?.nanos ?? 0) / 1e6) +
      1000;
    await handle.signal(appendSignal, 'go');
    await ctx.latches.whenEntered(latch);
    // The clock follows wall time while a task is in flight (a time-skipping lock is held): wait until it is past the due time.
    await waitFor(async () => (await ctx.env.currentTimeMs()) > fireAt + 100, {
      description: 'server clock past the timer',
      timeoutMs: 5_000,
    });
    ctx.latches.release(latch);
    await expect(handle.result()).resolves.toBe('fired after the task');
    const types = await historyTypes(handle);
    expectSubsequence(types, [
      'TimerStarted',
      'WorkflowExecutionSignaled',
      'WorkflowTaskStarted',
      'WorkflowTaskCompleted',
      'MarkerRecorded',
      'TimerFired',
      'WorkflowTaskScheduled',
      'WorkflowTaskStarted',
      'WorkflowTaskCompleted',
      'WorkflowExecutionCompleted',
    ]);
    expect(types.filter((t) => t === 'TimerFired')).toHaveLength(1);
  });

  it('a cancel request is buffered; after the task the workflow is cancelled', async () => {
    const { handle, latch } = await startLatched(latchThenWaitWorkflow, 'cancel-during');
    await handle.cancel();
    ctx.latches.release(latch);
    const error = await handle.result().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowFailedError);
    expect((error as WorkflowFailedError).cause).toBeInstanceOf(CancelledFailure);
    const types = await historyTypes(handle);
    expect(types.slice(0, 6)).toEqual([
      'WorkflowExecutionStarted',
      'WorkflowTaskScheduled',
      'WorkflowTaskStarted',
      'WorkflowTaskCompleted',
      'MarkerRecorded',
      'WorkflowExecutionCancelRequested',
    ]);
    expect(types.at(-1)).toBe('WorkflowExecutionCanceled');
  });

  it('an activity completing during the task is buffered and delivered in the next task', async () => {
    const activityLatch = uniqueId('activity-latch');
    const taskLatch = uniqueId('task-latch');
    const handle = await ctx.client.workflow.start(activityDuringTaskWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('activity-during'),
      args: [activityLatch, taskLatch],
    });
    await ctx.latches.whenEntered(activityLatch);
    await handle.signal(appendSignal, 'go');
    await ctx.latches.whenEntered(taskLatch);
    ctx.latches.release(activityLatch);
    // The completion reached the server once the activity is no longer pending.
    await waitFor(async () => ((await handle.describe()).raw.pendingActivities ?? []).length === 0, {
      description: 'activity completed',
    });
    ctx.latches.release(taskLatch);
    await expect(handle.result()).resolves.toBe('activity done');
    const types = await historyTypes(handle);
    const marker = types.indexOf('MarkerRecorded');
    expect(types.indexOf('ActivityTaskCompleted')).toBeGreaterThan(marker);
    expect(types.indexOf('ActivityTaskStarted')).toBeGreaterThan(marker);
  });
});

describe('before any worker polls', () => {
  it('signals and an update that arrive before the first task are all in that task', async () => {
    const taskQueue = uniqueId('late-worker');
    const handle = await ctx.client.workflow.start(messagesWorkflow, {
      taskQueue,
      workflowId: uniqueId('late-worker'),
    });
    await handle.signal(appendSignal, 's1');
    await handle.signal(appendSignal, 's2');
    const update = handle.executeUpdate(appendUpdate, { args: ['u1'] });
    expect(await stillPendingAfter(update, QUIET_WINDOW_MS)).toBe('pending');
    const worker = await Worker.create({
      connection: ctx.env.nativeConnection,
      namespace: ctx.env.namespace ?? 'default',
      taskQueue,
      workflowBundle: await conformanceWorkflowBundle(),
      activities: createConformanceActivities({ latches: ctx.latches }),
      shutdownGraceTime: '1 second',
    });
    await worker.runUntil(async () => {
      await expect(update).resolves.toEqual(['s1', 's2', 'u1']);
      await handle.signal(finishSignal);
      await expect(handle.result()).resolves.toEqual(['s1', 's2', 'u1']);
    });
    const types = await historyTypes(handle);
    // A scheduled-but-not-started task does not buffer: the signals sit between Scheduled and Started.
    expect(types.slice(0, 5)).toEqual([
      'WorkflowExecutionStarted',
      'WorkflowTaskScheduled',
      'WorkflowExecutionSignaled',
      'WorkflowExecutionSignaled',
      'WorkflowTaskStarted',
    ]);
  });
});

itStillSkipsTime(ctx);
