import { CancelledFailure, ChildWorkflowFailure, WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import {
  CancellationScope,
  ParentClosePolicy,
  condition,
  executeChild,
  isCancellation,
  sleep,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import { waitForeverWorkflow, workflowInfoWorkflow } from './lifecycle.workflows';

/** Runs a child to completion and returns its workflowInfo as seen by the child. */
export async function parentWorkflow(
  childWorkflowId: string,
): Promise<Awaited<ReturnType<typeof workflowInfoWorkflow>>> {
  return executeChild(workflowInfoWorkflow, { workflowId: childWorkflowId });
}

/** Starts a long-running child with a parent-close policy and completes at once. */
export async function abandoningParentWorkflow(
  childWorkflowId: string,
  policy: 'TERMINATE' | 'REQUEST_CANCEL' | 'ABANDON',
): Promise<string> {
  const child = await startChild(waitForeverWorkflow, {
    workflowId: childWorkflowId,
    parentClosePolicy: ParentClosePolicy[policy],
  });
  return child.firstExecutionRunId;
}

/** Tries to start a child whose id is already running; returns what happened. */
export async function duplicateChildWorkflow(childWorkflowId: string): Promise<string> {
  try {
    await startChild(waitForeverWorkflow, { workflowId: childWorkflowId });
    return 'started';
  } catch (e) {
    return e instanceof WorkflowExecutionAlreadyStartedError
      ? `already started: ${e.workflowId}`
      : `other: ${String(e as Error)}`;
  }
}

/** Reports the parent the child sees (used to check parent fields of the started event). */
export async function childSeesParentWorkflow(childWorkflowId: string): Promise<{ parent?: string; self: string }> {
  const childInfo = await executeChild(workflowInfoWorkflow, { workflowId: childWorkflowId });
  return { parent: childInfo.parentWorkflowId, self: workflowInfo().workflowId };
}

/** Starts a child and cancels it through a cancellation scope; returns how the child ended for the parent. */
export async function cancellingParentWorkflow(childWorkflowId: string): Promise<string> {
  const scope = new CancellationScope();
  const child = scope.run(() => executeChild(waitForeverWorkflow, { workflowId: childWorkflowId }));
  await sleep('1 second');
  scope.cancel();
  try {
    await child;
    return 'child completed';
  } catch (e) {
    if (e instanceof ChildWorkflowFailure && e.cause instanceof CancelledFailure) return 'child cancelled';
    return isCancellation(e) ? 'cancelled' : `other: ${String(e as Error)}`;
  }
}

/** Starts a child with the default parent-close policy, then waits forever (to be terminated). */
export async function waitingParentWorkflow(childWorkflowId: string): Promise<void> {
  await startChild(waitForeverWorkflow, { workflowId: childWorkflowId });
  await condition(() => false);
}
