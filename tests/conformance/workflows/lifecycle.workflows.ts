import { ApplicationFailure, condition, continueAsNew, patched, sleep, workflowInfo } from '@temporalio/workflow';
import type { Duration } from '@temporalio/common';
import { registerMessageHandlers } from './message-handlers';

/** Fails the workflow with a non-retryable ApplicationFailure. */
export async function failingWorkflow(message: string): Promise<never> {
  throw ApplicationFailure.nonRetryable(message, 'ConformanceExpected');
}

/** Throws a plain Error: the worker fails the workflow task (not the workflow), again on every attempt. */
export async function plainErrorWorkflow(): Promise<never> {
  throw new Error('plain error in workflow code');
}

/** Waits until cancelled (or for `finish`); handlers registered so it can be signalled/queried. */
export async function waitForeverWorkflow(): Promise<string[]> {
  const { state, finished } = registerMessageHandlers();
  await condition(finished);
  return state;
}

/** Continues as new `remaining` times; returns the run ids of every run, oldest first, and the final info. */
export async function continueAsNewWorkflow(
  remaining: number,
  runIds: string[] = [],
): Promise<{ runIds: string[]; continuedFromExecutionRunId?: string; firstExecutionRunId: string }> {
  const info = workflowInfo();
  const seen = [...runIds, info.runId];
  if (remaining > 0) await continueAsNew<typeof continueAsNewWorkflow>(remaining - 1, seen);
  return {
    runIds: seen,
    continuedFromExecutionRunId: info.continuedFromExecutionRunId,
    firstExecutionRunId: info.firstExecutionRunId,
  };
}

/** Uses `patched()` (a MarkerRecorded event in new histories). */
export async function patchedWorkflow(): Promise<string> {
  return patched('conformance-patch') ? 'new code' : 'old code';
}

/** Fails (retryably) until its workflow attempt reaches `succeedOnAttempt`; returns attempt info. */
export async function failUntilAttemptWorkflow(
  succeedOnAttempt: number,
): Promise<{ attempt: number; firstExecutionRunId: string; runId: string }> {
  const { attempt, firstExecutionRunId, runId } = workflowInfo();
  if (attempt < succeedOnAttempt)
    throw ApplicationFailure.retryable(`workflow attempt ${attempt} failed`, 'ConformanceRetry');
  return { attempt, firstExecutionRunId, runId };
}

/** Sleeps for `duration` (used with run/execution timeouts shorter than that). */
export async function sleepThenReturnWorkflow(duration: Duration): Promise<string> {
  await sleep(duration);
  return 'slept';
}

/** Reports what the worker received in the InitializeWorkflow activation. */
export async function workflowInfoWorkflow(): Promise<{
  workflowId: string;
  runId: string;
  workflowType: string;
  taskQueue: string;
  attempt: number;
  historyLength: number;
  startTime: number;
  parentWorkflowId?: string;
}> {
  const info = workflowInfo();
  return {
    workflowId: info.workflowId,
    runId: info.runId,
    workflowType: info.workflowType,
    taskQueue: info.taskQueue,
    attempt: info.attempt,
    historyLength: info.historyLength,
    startTime: info.startTime.getTime(),
    parentWorkflowId: info.parent?.workflowId,
  };
}

/** Reports the workflow clock at its first task (after any start delay). */
export async function firstTaskTimeWorkflow(): Promise<number> {
  return Date.now();
}
