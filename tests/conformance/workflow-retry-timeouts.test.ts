// Workflow retry policy and run / execution timeouts (protocol §6.1, §7.5), in virtual time.
import { WorkflowFailedError } from '@temporalio/client';
import { ApplicationFailure, TimeoutFailure } from '@temporalio/common';
import { failUntilAttemptWorkflow, firstTaskTimeWorkflow, sleepThenReturnWorkflow } from './workflows';
import { eventTypeName, historyEvents, itWithTimeSkipping, uniqueId, useConformanceEnvironment } from './support';

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

describe('workflow retry', () => {
  itWithTimeSkipping(
    'retries a failed workflow as new runs until it succeeds; result() follows the chain',
    async () => {
      const handle = await ctx.client.workflow.start(failUntilAttemptWorkflow, {
        taskQueue: ctx.taskQueue,
        workflowId: uniqueId('workflow-retry'),
        args: [3],
        retry: { initialInterval: '1 minute', backoffCoefficient: 2, maximumAttempts: 5 },
      });
      const result = await handle.result();
      expect(result.attempt).toBe(3);
      expect(result.firstExecutionRunId).toBe(handle.firstExecutionRunId);
      expect(result.runId).not.toBe(handle.firstExecutionRunId);
      const firstRun = ctx.client.workflow.getHandle(handle.workflowId, handle.firstExecutionRunId);
      expect((await firstRun.describe()).status.name).toBe('FAILED');
      const closing = (await historyEvents(firstRun)).at(-1);
      expect(closing && eventTypeName(closing)).toBe('WorkflowExecutionFailed');
      expect(closing?.workflowExecutionFailedEventAttributes?.newExecutionRunId).toBeTruthy();
      const lastRun = await historyEvents(ctx.client.workflow.getHandle(handle.workflowId, result.runId));
      const started = lastRun[0]?.workflowExecutionStartedEventAttributes;
      expect(started?.attempt).toBe(3);
      expect(started?.firstExecutionRunId).toBe(handle.firstExecutionRunId);
    },
  );

  it('gives up after maximumAttempts with the last failure', async () => {
    const handle = await ctx.client.workflow.start(failUntilAttemptWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('workflow-retry-exhausted'),
      args: [10],
      retry: { initialInterval: '1 second', maximumAttempts: 2 },
    });
    const error = await failureOf(handle.result());
    expect(error.cause).toBeInstanceOf(ApplicationFailure);
    expect(error.cause?.message).toBe('workflow attempt 2 failed');
  });
});

describe('workflow timeouts', () => {
  itWithTimeSkipping('times out a run after workflowRunTimeout', async () => {
    const handle = await ctx.client.workflow.start(sleepThenReturnWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('run-timeout'),
      args: ['1 day'],
      workflowRunTimeout: '1 hour',
    });
    const error = await failureOf(handle.result());
    expect(error.cause).toBeInstanceOf(TimeoutFailure);
    expect((await handle.describe()).status.name).toBe('TIMED_OUT');
    const closing = (await historyEvents(handle)).at(-1);
    expect(closing && eventTypeName(closing)).toBe('WorkflowExecutionTimedOut');
  });

  itWithTimeSkipping('times out an execution after workflowExecutionTimeout', async () => {
    const handle = await ctx.client.workflow.start(sleepThenReturnWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('execution-timeout'),
      args: ['30 days'],
      workflowExecutionTimeout: '2 days',
    });
    const error = await failureOf(handle.result());
    expect(error.cause).toBeInstanceOf(TimeoutFailure);
    expect((await handle.describe()).status.name).toBe('TIMED_OUT');
  });

  itWithTimeSkipping('lets a workflow that finishes in time complete', async () => {
    const handle = await ctx.client.workflow.start(sleepThenReturnWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('in-time'),
      args: ['1 hour'],
      workflowRunTimeout: '1 day',
    });
    await expect(handle.result()).resolves.toBe('slept');
  });
});

describe('cron', () => {
  const HOUR = 3_600_000;

  itWithTimeSkipping(
    'runs a cron workflow at each scheduled time; every run closes with newExecutionRunId',
    async () => {
      const handle = await ctx.client.workflow.start(firstTaskTimeWorkflow, {
        taskQueue: ctx.taskQueue,
        workflowId: uniqueId('cron'),
        cronSchedule: '0 * * * *',
      });
      await ctx.env.sleep('3 hours');
      const firstRun = ctx.client.workflow.getHandle(handle.workflowId, handle.firstExecutionRunId, {
        followRuns: false,
      });
      const firstTaskAt = await firstRun.result();
      // The first task waited for the next full hour (firstWorkflowTaskBackoff), not for "now".
      expect(firstTaskAt % HOUR).toBeLessThan(60_000);
      const closing = (await historyEvents(firstRun)).at(-1);
      expect(closing && eventTypeName(closing)).toBe('WorkflowExecutionCompleted');
      const nextRunId = closing?.workflowExecutionCompletedEventAttributes?.newExecutionRunId;
      expect(nextRunId).toBeTruthy();
      const secondTaskAt = await ctx.client.workflow
        .getHandle(handle.workflowId, nextRunId ?? undefined, { followRuns: false })
        .result();
      expect(secondTaskAt - firstTaskAt).toBeGreaterThanOrEqual(HOUR - 60_000);
      expect(secondTaskAt - firstTaskAt).toBeLessThan(HOUR + 60_000);
      await ctx.client.workflow.getHandle(handle.workflowId).terminate('cron test over');
    },
  );
});
