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

/**
 * What the visibility row of a run depends on besides its history length. Like Temporal, the row is written when the
 * run starts, changes status, closes or upserts memo/search attributes — not at every event (a running run's listed
 * history length is the one of its last such write; DescribeWorkflowExecution has the live figure).
 */
export function visibilityStamp(run: RunState): string {
  return `${run.state}|${run.executionTime}|${run.closeTime}|${run.visibilityRevision ?? 0}`;
}
