import { WorkflowExecutionStatus } from '../proto/enums.generated';
import type { VisibilityRecord } from '../store/execution-store';
import type { RunState } from './run-state';
import type { ExecutionState } from './workflow-execution.machine';

/** Run state → WorkflowExecutionStatus. */
export const STATUS_OF: Readonly<Record<ExecutionState, number>> = {
  running: WorkflowExecutionStatus.RUNNING,
  completed: WorkflowExecutionStatus.COMPLETED,
  failed: WorkflowExecutionStatus.FAILED,
  canceled: WorkflowExecutionStatus.CANCELED,
  terminated: WorkflowExecutionStatus.TERMINATED,
  continuedAsNew: WorkflowExecutionStatus.CONTINUED_AS_NEW,
  timedOut: WorkflowExecutionStatus.TIMED_OUT,
};

/** The visibility row of a run (synchronously maintained at every commit). */
export function visibilityRecordOf(run: RunState): VisibilityRecord {
  return {
    namespace: run.namespace,
    workflowId: run.workflowId,
    runId: run.runId,
    workflowType: run.workflowType,
    taskQueue: run.taskQueue,
    status: STATUS_OF[run.state],
    startTime: run.startTime,
    executionTime: run.executionTime,
    closeTime: run.closeTime,
    historyLength: run.nextEventId - 1,
    parentWorkflowId: run.parent?.workflowId,
    parentRunId: run.parent?.runId,
    rootWorkflowId: run.root.workflowId,
    rootRunId: run.root.runId,
    firstRunId: run.firstRunId,
    memo: run.memo,
    searchAttributes: run.searchAttributes,
  };
}
