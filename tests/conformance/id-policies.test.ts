// Workflow id reuse and conflict policies, request-id dedup (protocol §6.1).
import { WorkflowExecutionAlreadyStartedError, WorkflowFailedError } from '@temporalio/client';
import { collectWorkflow, failingWorkflow, messagesWorkflow } from './workflows';
import { appendSignal, finishSignal } from './workflows/definitions';
import { itStillSkipsTime, uniqueId, useConformanceEnvironment } from './support';

jest.setTimeout(30_000);

const ctx = useConformanceEnvironment({ kind: 'time-skipping' });

async function completeRun(workflowId: string): Promise<string> {
  const handle = await ctx.client.workflow.start(collectWorkflow, { taskQueue: ctx.taskQueue, workflowId, args: [1] });
  await handle.signal(appendSignal, 'done');
  await handle.result();
  return handle.firstExecutionRunId;
}

async function failRun(workflowId: string): Promise<string> {
  const handle = await ctx.client.workflow.start(failingWorkflow, {
    taskQueue: ctx.taskQueue,
    workflowId,
    args: ['x'],
  });
  await expect(handle.result()).rejects.toBeInstanceOf(WorkflowFailedError);
  return handle.firstExecutionRunId;
}

describe('workflow id reuse policy (closed runs)', () => {
  it('ALLOW_DUPLICATE (default) starts a new run after a completed one', async () => {
    const workflowId = uniqueId('reuse-allow');
    const first = await completeRun(workflowId);
    const second = await completeRun(workflowId);
    expect(second).not.toBe(first);
  });

  it('REJECT_DUPLICATE refuses any reuse', async () => {
    const workflowId = uniqueId('reuse-reject');
    await completeRun(workflowId);
    await expect(
      ctx.client.workflow.start(collectWorkflow, {
        taskQueue: ctx.taskQueue,
        workflowId,
        args: [1],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      }),
    ).rejects.toBeInstanceOf(WorkflowExecutionAlreadyStartedError);
  });

  it('ALLOW_DUPLICATE_FAILED_ONLY reuses after a failure but not after a completion', async () => {
    const completedId = uniqueId('reuse-failed-only-completed');
    await completeRun(completedId);
    await expect(
      ctx.client.workflow.start(collectWorkflow, {
        taskQueue: ctx.taskQueue,
        workflowId: completedId,
        args: [1],
        workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY',
      }),
    ).rejects.toBeInstanceOf(WorkflowExecutionAlreadyStartedError);

    const failedId = uniqueId('reuse-failed-only-failed');
    const failedRun = await failRun(failedId);
    const again = await ctx.client.workflow.start(collectWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: failedId,
      args: [1],
      workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY',
    });
    expect(again.firstExecutionRunId).not.toBe(failedRun);
    await again.terminate();
  });
});

describe('workflow id conflict policy (running run)', () => {
  it('FAIL (default) rejects a second start', async () => {
    const workflowId = uniqueId('conflict-fail');
    const running = await ctx.client.workflow.start(messagesWorkflow, { taskQueue: ctx.taskQueue, workflowId });
    await expect(
      ctx.client.workflow.start(messagesWorkflow, {
        taskQueue: ctx.taskQueue,
        workflowId,
        workflowIdConflictPolicy: 'FAIL',
      }),
    ).rejects.toBeInstanceOf(WorkflowExecutionAlreadyStartedError);
    await running.terminate();
  });

  it('USE_EXISTING returns the running run', async () => {
    const workflowId = uniqueId('conflict-use-existing');
    const running = await ctx.client.workflow.start(messagesWorkflow, { taskQueue: ctx.taskQueue, workflowId });
    const again = await ctx.client.workflow.start(messagesWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId,
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    expect(again.firstExecutionRunId).toBe(running.firstExecutionRunId);
    await again.signal(finishSignal);
    await expect(running.result()).resolves.toEqual([]);
  });

  it('TERMINATE_EXISTING terminates the running run and starts a new one', async () => {
    const workflowId = uniqueId('conflict-terminate');
    const running = await ctx.client.workflow.start(messagesWorkflow, { taskQueue: ctx.taskQueue, workflowId });
    const replacement = await ctx.client.workflow.start(messagesWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId,
      workflowIdConflictPolicy: 'TERMINATE_EXISTING',
    });
    expect(replacement.firstExecutionRunId).not.toBe(running.firstExecutionRunId);
    const old = ctx.client.workflow.getHandle(workflowId, running.firstExecutionRunId);
    expect((await old.describe()).status.name).toBe('TERMINATED');
    expect((await replacement.describe()).status.name).toBe('RUNNING');
    await replacement.terminate();
  });
});

describe('request id', () => {
  it('deduplicates StartWorkflowExecution retries with the same requestId', async () => {
    const workflowId = uniqueId('request-id');
    const request = {
      namespace: ctx.env.namespace ?? 'default',
      workflowId,
      workflowType: { name: 'messagesWorkflow' },
      taskQueue: { name: ctx.taskQueue },
      identity: 'conformance',
      requestId: `req-${workflowId}`,
    };
    const first = await ctx.client.workflowService.startWorkflowExecution(request);
    const retry = await ctx.client.workflowService.startWorkflowExecution(request);
    expect(retry.runId).toBe(first.runId);
    await ctx.client.workflow.getHandle(workflowId).terminate();
  });
});

itStillSkipsTime(ctx);
