// Workflow lifecycle (protocol §6, §7.5, §7.9): cancel, fail, terminate, workflow-task failure, continue-as-new,
// describe, fetchHistory, patches, workflowInfo — trace §4 scenarios of the same names.
import { WorkflowFailedError } from '@temporalio/client';
import { ApplicationFailure, CancelledFailure, TerminatedFailure } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import {
  continueAsNewWorkflow,
  failingWorkflow,
  firstTaskTimeWorkflow,
  patchedWorkflow,
  plainErrorWorkflow,
  waitForeverWorkflow,
  workflowInfoWorkflow,
} from './workflows';
import { appendSignal, finishSignal } from './workflows/definitions';
import {
  eventTypeName,
  expectSubsequence,
  historyEvents,
  historyTypes,
  itStillSkipsTime,
  itWithTimeSkipping,
  uniqueId,
  useConformanceEnvironment,
  waitFor,
} from './support';

jest.setTimeout(30_000);

const ctx = useConformanceEnvironment({ kind: 'time-skipping' });

async function failureOf(promise: Promise<unknown>): Promise<WorkflowFailedError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowFailedError);
  return error as WorkflowFailedError;
}

describe('workflow lifecycle', () => {
  it('cancels a workflow: CancelRequested → Canceled, result throws CancelledFailure', async () => {
    const handle = await ctx.client.workflow.start(waitForeverWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('cancel'),
    });
    await handle.signal(appendSignal, 'before cancel');
    await handle.cancel();
    const error = await failureOf(handle.result());
    expect(error.cause).toBeInstanceOf(CancelledFailure);
    expect((await handle.describe()).status.name).toBe('CANCELLED');
    const types = await historyTypes(handle);
    expectSubsequence(types, [
      'WorkflowExecutionCancelRequested',
      'WorkflowTaskScheduled',
      'WorkflowTaskStarted',
      'WorkflowTaskCompleted',
      'WorkflowExecutionCanceled',
    ]);
    expect(types.at(-1)).toBe('WorkflowExecutionCanceled');
  });

  it('fails a workflow with an ApplicationFailure', async () => {
    const handle = await ctx.client.workflow.start(failingWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('fail'),
      args: ['expected failure'],
    });
    const error = await failureOf(handle.result());
    expect(error.cause).toBeInstanceOf(ApplicationFailure);
    expect(error.cause).toMatchObject({ message: 'expected failure', type: 'ConformanceExpected' });
    expect((await handle.describe()).status.name).toBe('FAILED');
    expect((await historyTypes(handle)).at(-1)).toBe('WorkflowExecutionFailed');
  });

  it('terminates a workflow immediately, with reason', async () => {
    const handle = await ctx.client.workflow.start(waitForeverWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('terminate'),
    });
    await handle.terminate('no longer needed');
    const error = await failureOf(handle.result());
    expect(error.cause).toBeInstanceOf(TerminatedFailure);
    expect((await handle.describe()).status.name).toBe('TERMINATED');
    const events = await historyEvents(handle);
    const last = events.at(-1);
    expect(last && eventTypeName(last)).toBe('WorkflowExecutionTerminated');
    expect(last?.workflowExecutionTerminatedEventAttributes?.reason).toBe('no longer needed');
  });

  it('records a workflow-task failure (plain Error) and keeps the workflow running', async () => {
    const handle = await ctx.client.workflow.start(plainErrorWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('wft-failure'),
    });
    const failed = await waitFor(
      async () => (await historyEvents(handle)).find((e) => eventTypeName(e) === 'WorkflowTaskFailed'),
      { description: 'a WorkflowTaskFailed event' },
    );
    const attributes = failed.workflowTaskFailedEventAttributes;
    expect(attributes?.cause).toBe(
      temporal.api.enums.v1.WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_WORKFLOW_WORKER_UNHANDLED_FAILURE,
    );
    expect(attributes?.failure?.message).toMatch(/plain error in workflow code/);
    expect((await handle.describe()).status.name).toBe('RUNNING');
    await handle.terminate('test over');
  });

  it('retries a failing workflow task: attempt 1 is reported, later silent attempts end by start-to-close timeout', async () => {
    const handle = await ctx.client.workflow.start(plainErrorWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('wft-attempts'),
      workflowTaskTimeout: '1 second',
    });
    // sdk-core answers RespondWorkflowTaskFailed only for attempt 1; only the server's timeout moves later attempts on.
    await waitFor(async () => ((await handle.describe()).raw.pendingWorkflowTask?.attempt ?? 0) >= 3, {
      description: 'workflow task attempt 3',
      timeoutMs: 15_000,
    });
    const types = await historyTypes(handle);
    expect(types.filter((t) => t === 'WorkflowTaskFailed')).toHaveLength(1);
    await handle.terminate('test over');
  });

  it('continues as new twice; result() follows the chain; runs are linked', async () => {
    const handle = await ctx.client.workflow.start(continueAsNewWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('can'),
      args: [2],
    });
    const result = await handle.result();
    expect(result.runIds).toHaveLength(3);
    expect(result.runIds[0]).toBe(handle.firstExecutionRunId);
    expect(new Set(result.runIds).size).toBe(3);
    expect(result.continuedFromExecutionRunId).toBe(result.runIds[1]);
    expect(result.firstExecutionRunId).toBe(result.runIds[0]);
    const firstRun = ctx.client.workflow.getHandle(handle.workflowId, result.runIds[0]);
    expect((await firstRun.describe()).status.name).toBe('CONTINUED_AS_NEW');
    const closing = (await historyEvents(firstRun)).at(-1);
    expect(closing && eventTypeName(closing)).toBe('WorkflowExecutionContinuedAsNew');
    expect(closing?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId).toBe(result.runIds[1]);
    // Without a run id, the handle addresses the latest run.
    expect((await ctx.client.workflow.getHandle(handle.workflowId).describe()).runId).toBe(result.runIds[2]);
  });

  it('describes a running and then a completed workflow', async () => {
    const workflowId = uniqueId('describe');
    const handle = await ctx.client.workflow.start(waitForeverWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId,
      memo: { purpose: 'describe' },
    });
    const running = await handle.describe();
    expect(running).toMatchObject({
      workflowId,
      runId: handle.firstExecutionRunId,
      type: 'waitForeverWorkflow',
      taskQueue: ctx.taskQueue,
    });
    expect(running.status.name).toBe('RUNNING');
    expect(running.closeTime).toBeUndefined();
    expect(running.historyLength).toBeGreaterThanOrEqual(2);
    expect(running.memo).toEqual({ purpose: 'describe' });
    await handle.signal(finishSignal);
    await handle.result();
    const closed = await handle.describe();
    expect(closed.status.name).toBe('COMPLETED');
    expect(closed.closeTime?.getTime()).toBeGreaterThanOrEqual(closed.startTime.getTime());
    expect(closed.historyLength).toBe((await historyEvents(handle)).length);
  });

  it('fetches a complete, contiguous history', async () => {
    const handle = await ctx.client.workflow.start(waitForeverWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('history'),
    });
    await handle.signal(finishSignal);
    await handle.result();
    const events = await historyEvents(handle);
    expect(eventTypeName(events[0]!)).toBe('WorkflowExecutionStarted');
    expect(eventTypeName(events.at(-1)!)).toBe('WorkflowExecutionCompleted');
    const started = events[0]?.workflowExecutionStartedEventAttributes;
    expect(started?.workflowType?.name).toBe('waitForeverWorkflow');
    expect(started?.taskQueue?.name).toBe(ctx.taskQueue);
    expect(started?.originalExecutionRunId).toBe(handle.firstExecutionRunId);
  });

  it('records patched() as a marker', async () => {
    const handle = await ctx.client.workflow.start(patchedWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('patched'),
    });
    await expect(handle.result()).resolves.toBe('new code');
    const marker = (await historyEvents(handle)).find((e) => eventTypeName(e) === 'MarkerRecorded');
    expect(marker?.markerRecordedEventAttributes?.markerName).toBe('core_patch');
  });

  it('gives the workflow the start attributes it needs for workflowInfo()', async () => {
    const workflowId = uniqueId('info');
    const handle = await ctx.client.workflow.start(workflowInfoWorkflow, { taskQueue: ctx.taskQueue, workflowId });
    const info = await handle.result();
    expect(info).toMatchObject({
      workflowId,
      runId: handle.firstExecutionRunId,
      workflowType: 'workflowInfoWorkflow',
      taskQueue: ctx.taskQueue,
      attempt: 1,
    });
    expect(info.parentWorkflowId).toBeUndefined();
    expect(info.historyLength).toBe(3);
    const described = await handle.describe();
    expect(info.startTime).toBe(described.startTime.getTime());
  });

  itWithTimeSkipping('delays the first workflow task by startDelay (virtual time)', async () => {
    const handle = await ctx.client.workflow.start(firstTaskTimeWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('start-delay'),
      startDelay: '1 hour',
    });
    const firstTaskAt = await handle.result();
    const described = await handle.describe();
    expect(firstTaskAt - described.startTime.getTime()).toBeGreaterThanOrEqual(3_600_000);
    expect(described.executionTime?.getTime()).toBe(described.startTime.getTime() + 3_600_000);
    const started = (await historyEvents(handle))[0]?.workflowExecutionStartedEventAttributes;
    expect(Number(started?.firstWorkflowTaskBackoff?.seconds)).toBe(3600);
  });
});

itStillSkipsTime(ctx);
