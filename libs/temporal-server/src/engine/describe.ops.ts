import { PendingActivityState, PendingWorkflowTaskState } from '../proto/enums.generated';
import { dur, ts } from '../util/time';
import type { Engine } from './engine';
import type { Obj } from './events';
import type { RunState } from './run-state';
import { STATUS_OF } from './visibility-record';

/** WorkflowExecutionInfo of a run (describe and list). */
export function executionInfo(run: RunState): Obj {
  return {
    execution: { workflowId: run.workflowId, runId: run.runId },
    type: { name: run.workflowType },
    startTime: ts(run.startTime),
    closeTime: run.closeTime ? ts(run.closeTime) : undefined,
    status: STATUS_OF[run.state],
    historyLength: run.nextEventId - 1,
    executionTime: ts(run.executionTime),
    memo: { fields: run.memo },
    searchAttributes: { indexedFields: run.searchAttributes },
    taskQueue: run.taskQueue,
    parentNamespaceId: run.parent?.namespace,
    parentExecution: run.parent ? { workflowId: run.parent.workflowId, runId: run.parent.runId } : undefined,
    rootExecution: run.root,
    firstRunId: run.firstRunId,
    stateTransitionCount: run.nextEventId - 1,
    historySizeBytes: run.historySizeBytes,
    executionDuration: run.closeTime ? dur(run.closeTime - run.executionTime) : undefined,
  };
}

/** DescribeWorkflowExecution. */
export function describeWorkflow(e: Engine, namespace: string, req: Obj): Obj {
  const run = e.resolve(namespace, req.execution as Obj);
  const pendingActivities = [...run.activities.values()]
    .filter((a) => a.state !== 'closed')
    .map((a) => ({
      activityId: a.activityId,
      activityType: { name: a.activityType },
      state: a.cancelRequested ? PendingActivityState.CANCEL_REQUESTED : a.state === 'started' ? PendingActivityState.STARTED : PendingActivityState.SCHEDULED,
      heartbeatDetails: a.heartbeatDetails,
      lastHeartbeatTime: a.lastHeartbeatTime ? ts(a.lastHeartbeatTime) : undefined,
      lastStartedTime: a.startedTime ? ts(a.startedTime) : undefined,
      attempt: a.attempt,
      maximumAttempts: a.retry.maximumAttempts,
      scheduledTime: ts(a.currentAttemptScheduledTime),
      expirationTime: a.scheduleToCloseMs ? ts(a.scheduledTime + a.scheduleToCloseMs) : undefined,
      lastFailure: a.lastFailure,
      lastWorkerIdentity: a.startedIdentity,
    }));
  const pendingChildren = [...run.children.values()]
    .filter((c) => c.state === 'started' || c.state === 'initiated')
    .map((c) => ({ workflowId: c.workflowId, runId: c.runId, workflowTypeName: c.workflowType, initiatedId: c.initiatedEventId, parentClosePolicy: c.parentClosePolicy }));
  const w = run.wft;
  return {
    executionConfig: {
      taskQueue: { name: run.taskQueue, kind: 1 },
      workflowExecutionTimeout: dur(run.executionTimeoutMs),
      workflowRunTimeout: dur(run.runTimeoutMs),
      defaultWorkflowTaskTimeout: dur(run.workflowTaskTimeoutMs),
    },
    workflowExecutionInfo: executionInfo(run),
    pendingActivities,
    pendingChildren,
    pendingWorkflowTask:
      run.state === 'running' && w.state !== 'none'
        ? {
            state: w.state === 'started' ? PendingWorkflowTaskState.STARTED : PendingWorkflowTaskState.SCHEDULED,
            scheduledTime: ts(w.scheduledTime),
            startedTime: w.state === 'started' ? ts(w.startedTime) : undefined,
            attempt: w.attempt,
          }
        : undefined,
  };
}
