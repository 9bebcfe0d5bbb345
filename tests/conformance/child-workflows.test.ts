// Child workflows (protocol §7.6): result and parent fields, already-started children, parent-close policies.
import { WorkflowFailedError } from '@temporalio/client';
import {
  abandoningParentWorkflow,
  cancellingParentWorkflow,
  duplicateChildWorkflow,
  parentWorkflow,
  waitForeverWorkflow,
  waitingParentWorkflow,
} from './workflows';
import {
  eventTypeName,
  expectSubsequence,
  historyEvents,
  historyTypes,
  itStillSkipsTime,
  uniqueId,
  useConformanceEnvironment,
  waitFor,
} from './support';

jest.setTimeout(30_000);

const ctx = useConformanceEnvironment({ kind: 'time-skipping' });

describe('child workflows', () => {
  it('runs a child to completion; the child sees its parent; parent history records the child', async () => {
    const parentId = uniqueId('parent');
    const childId = uniqueId('child');
    const handle = await ctx.client.workflow.start(parentWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: parentId,
      args: [childId],
    });
    const childInfo = await handle.result();
    expect(childInfo).toMatchObject({
      workflowId: childId,
      parentWorkflowId: parentId,
      workflowType: 'workflowInfoWorkflow',
    });
    expectSubsequence(await historyTypes(handle), [
      'StartChildWorkflowExecutionInitiated',
      'ChildWorkflowExecutionStarted',
      'ChildWorkflowExecutionCompleted',
      'WorkflowExecutionCompleted',
    ]);
    const child = await ctx.client.workflow.getHandle(childId).describe();
    expect(child.parentExecution?.workflowId).toBe(parentId);
    expect(child.status.name).toBe('COMPLETED');
    const childStarted = (await historyEvents(ctx.client.workflow.getHandle(childId)))[0]
      ?.workflowExecutionStartedEventAttributes;
    expect(childStarted?.parentWorkflowExecution?.workflowId).toBe(parentId);
  });

  it('fails to start a child whose id is already running (StartChildWorkflowExecutionFailed)', async () => {
    const childId = uniqueId('busy-child');
    const existing = await ctx.client.workflow.start(waitForeverWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: childId,
    });
    const parent = await ctx.client.workflow.start(duplicateChildWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('dup-parent'),
      args: [childId],
    });
    await expect(parent.result()).resolves.toBe(`already started: ${childId}`);
    const failed = (await historyEvents(parent)).find((e) => eventTypeName(e) === 'StartChildWorkflowExecutionFailed');
    expect(failed).toBeDefined();
    await existing.terminate();
  });

  it.each([
    ['TERMINATE', 'TERMINATED'],
    ['REQUEST_CANCEL', 'CANCELLED'],
  ] as const)('applies parent-close policy %s to a running child (child ends %s)', async (policy, childStatus) => {
    const childId = uniqueId(`child-${policy.toLowerCase()}`);
    const parent = await ctx.client.workflow.start(abandoningParentWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId(`parent-${policy.toLowerCase()}`),
      args: [childId, policy],
    });
    await parent.result();
    const child = ctx.client.workflow.getHandle(childId);
    await waitFor(async () => (await child.describe()).status.name === childStatus, {
      description: `child ${childStatus}`,
    });
    await expect(child.result()).rejects.toBeInstanceOf(WorkflowFailedError);
  });

  it('leaves the child running with parent-close policy ABANDON', async () => {
    const childId = uniqueId('child-abandon');
    const parent = await ctx.client.workflow.start(abandoningParentWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('parent-abandon'),
      args: [childId, 'ABANDON'],
    });
    await parent.result();
    const child = ctx.client.workflow.getHandle(childId);
    expect((await child.describe()).status.name).toBe('RUNNING');
    await child.terminate('cleanup');
  });

  it('cancels a child from the parent (RequestCancelExternal, child only)', async () => {
    const childId = uniqueId('cancelled-child');
    const parent = await ctx.client.workflow.start(cancellingParentWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('cancelling-parent'),
      args: [childId],
    });
    await expect(parent.result()).resolves.toBe('child cancelled');
    expectSubsequence(await historyTypes(parent), [
      'ChildWorkflowExecutionStarted',
      'RequestCancelExternalWorkflowExecutionInitiated',
      'ExternalWorkflowExecutionCancelRequested',
      'ChildWorkflowExecutionCanceled',
    ]);
    expect((await ctx.client.workflow.getHandle(childId).describe()).status.name).toBe('CANCELLED');
  });

  it('terminates the children of a terminated parent (default policy TERMINATE)', async () => {
    const childId = uniqueId('orphan');
    const parent = await ctx.client.workflow.start(waitingParentWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('terminated-parent'),
      args: [childId],
    });
    const child = ctx.client.workflow.getHandle(childId);
    await waitFor(async () => (await child.describe()).status.name === 'RUNNING', { description: 'child running' });
    await parent.terminate('parent goes');
    await waitFor(async () => (await child.describe()).status.name === 'TERMINATED', {
      description: 'child terminated',
    });
  });
});

itStillSkipsTime(ctx);
