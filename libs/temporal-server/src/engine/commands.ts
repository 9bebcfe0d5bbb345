import { EventType, CommandType as C, WorkflowTaskFailedCause as Cause, RetryState, ContinueAsNewInitiator } from '../proto/enums.generated';
import { unpackAny } from '../proto/proto-root';
import { durMs } from '../util/time';
import { requestCancelActivity, scheduleActivity, normalizeActivityTimeouts } from './activity.ops';
import { initiateChild, initiateExternalCancel, initiateExternalSignal } from './children.ops';
import { closeRun, startCronRun, startRetryRun } from './close-run';
import type { Engine } from './engine';
import type { Obj } from './events';
import { createRun } from './new-run';
import { decideRetry, normalizeRetryPolicy } from './retry-policy';
import type { RunState } from './run-state';
import { validateSearchAttributes } from './start-workflow.ops';
import { cancelTimer, startTimer } from './timer.ops';
import type { UnitOfWork } from './unit-of-work';
import { applyUpdateMessage } from './updates.ops';

/** Commands that close the run. */
export const CLOSING_COMMANDS: ReadonlySet<number> = new Set([C.COMPLETE_WORKFLOW_EXECUTION, C.FAIL_WORKFLOW_EXECUTION, C.CANCEL_WORKFLOW_EXECUTION, C.CONTINUE_AS_NEW_WORKFLOW_EXECUTION]);

const ATTRS: Record<number, string> = {
  [C.SCHEDULE_ACTIVITY_TASK]: 'scheduleActivityTaskCommandAttributes',
  [C.REQUEST_CANCEL_ACTIVITY_TASK]: 'requestCancelActivityTaskCommandAttributes',
  [C.START_TIMER]: 'startTimerCommandAttributes',
  [C.COMPLETE_WORKFLOW_EXECUTION]: 'completeWorkflowExecutionCommandAttributes',
  [C.FAIL_WORKFLOW_EXECUTION]: 'failWorkflowExecutionCommandAttributes',
  [C.CANCEL_TIMER]: 'cancelTimerCommandAttributes',
  [C.CANCEL_WORKFLOW_EXECUTION]: 'cancelWorkflowExecutionCommandAttributes',
  [C.REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION]: 'requestCancelExternalWorkflowExecutionCommandAttributes',
  [C.RECORD_MARKER]: 'recordMarkerCommandAttributes',
  [C.CONTINUE_AS_NEW_WORKFLOW_EXECUTION]: 'continueAsNewWorkflowExecutionCommandAttributes',
  [C.START_CHILD_WORKFLOW_EXECUTION]: 'startChildWorkflowExecutionCommandAttributes',
  [C.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION]: 'signalExternalWorkflowExecutionCommandAttributes',
  [C.UPSERT_WORKFLOW_SEARCH_ATTRIBUTES]: 'upsertWorkflowSearchAttributesCommandAttributes',
  [C.PROTOCOL_MESSAGE]: 'protocolMessageCommandAttributes',
  [C.MODIFY_WORKFLOW_PROPERTIES]: 'modifyWorkflowPropertiesCommandAttributes',
};

export const commandAttrs = (cmd: Obj): Obj => (cmd[ATTRS[Number(cmd.commandType)] ?? ''] as Obj | undefined) ?? {};

/** Checks a completion's commands before anything is applied; returns a failure cause + message, or undefined. */
export function validateCommands(e: Engine, run: RunState, commands: Obj[]): { cause: number; message: string } | undefined {
  for (const cmd of commands) {
    const t = Number(cmd.commandType);
    const a = commandAttrs(cmd);
    if (!(t in ATTRS)) return { cause: Cause.UNHANDLED_COMMAND, message: `unsupported command type ${t}` };
    try {
      if (t === C.UPSERT_WORKFLOW_SEARCH_ATTRIBUTES) validateSearchAttributes(e, run.namespace, (a.searchAttributes as Obj | undefined)?.indexedFields as Record<string, unknown>);
      if (t === C.START_CHILD_WORKFLOW_EXECUTION || t === C.CONTINUE_AS_NEW_WORKFLOW_EXECUTION) {
        validateSearchAttributes(e, String(a.namespace || run.namespace), (a.searchAttributes as Obj | undefined)?.indexedFields as Record<string, unknown>);
      }
    } catch (err) {
      return { cause: Cause.BAD_SEARCH_ATTRIBUTES, message: (err as Error).message };
    }
    if (t === C.SCHEDULE_ACTIVITY_TASK && (!normalizeActivityTimeouts(a, run.runTimeoutMs) || !a.activityId)) {
      return { cause: Cause.BAD_SCHEDULE_ACTIVITY_ATTRIBUTES, message: 'ScheduleToCloseTimeout or StartToCloseTimeout is required' };
    }
  }
  return undefined;
}

/** Applies one command of a completion, appending its events (ids referencing the WorkflowTaskCompleted event). */
export function applyCommand(e: Engine, uow: UnitOfWork, run: RunState, cmd: Obj, completedId: number, identity: string, messages: Map<string, Obj>): void {
  const t = Number(cmd.commandType);
  const a = commandAttrs(cmd);
  const wtc = { workflowTaskCompletedEventId: completedId };
  let ok = true;
  switch (t) {
    case C.SCHEDULE_ACTIVITY_TASK: ok = scheduleActivity(e, uow, run, a, completedId, identity); break;
    case C.REQUEST_CANCEL_ACTIVITY_TASK: ok = requestCancelActivity(e, uow, run, Number(a.scheduledEventId), completedId); break;
    case C.START_TIMER: ok = startTimer(e, uow, run, a, completedId); break;
    case C.CANCEL_TIMER: ok = cancelTimer(e, uow, run, a, completedId, identity); break;
    case C.RECORD_MARKER: uow.append(run, EventType.MARKER_RECORDED, { ...a, ...wtc }); break;
    case C.UPSERT_WORKFLOW_SEARCH_ATTRIBUTES: {
      const fields = ((a.searchAttributes as Obj | undefined)?.indexedFields as Record<string, unknown>) ?? {};
      uow.append(run, EventType.UPSERT_WORKFLOW_SEARCH_ATTRIBUTES, { searchAttributes: a.searchAttributes, ...wtc });
      merge(run.searchAttributes, fields);
      run.visibilityRevision = (run.visibilityRevision ?? 0) + 1;
      break;
    }
    case C.MODIFY_WORKFLOW_PROPERTIES: {
      const fields = ((a.upsertedMemo as Obj | undefined)?.fields as Record<string, unknown>) ?? {};
      uow.append(run, EventType.WORKFLOW_PROPERTIES_MODIFIED, { upsertedMemo: a.upsertedMemo, ...wtc });
      merge(run.memo, fields);
      run.visibilityRevision = (run.visibilityRevision ?? 0) + 1;
      break;
    }
    case C.START_CHILD_WORKFLOW_EXECUTION: ok = initiateChild(e, uow, run, a, completedId); break;
    case C.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION: ok = initiateExternalSignal(e, uow, run, a, completedId); break;
    case C.REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION: ok = initiateExternalCancel(e, uow, run, a, completedId); break;
    case C.PROTOCOL_MESSAGE: {
      const id = String(a.messageId ?? '');
      const msg = messages.get(id);
      if (msg) {
        messages.delete(id);
        applyMessage(e, uow, run, msg);
      }
      break;
    }
    case C.COMPLETE_WORKFLOW_EXECUTION: {
      const newExecutionRunId = startCronRun(e, uow, run, { lastCompletionResult: a.result });
      closeRun(e, uow, run, 'complete', EventType.WORKFLOW_EXECUTION_COMPLETED, { result: a.result, newExecutionRunId, ...wtc });
      break;
    }
    case C.CANCEL_WORKFLOW_EXECUTION:
      closeRun(e, uow, run, 'cancel', EventType.WORKFLOW_EXECUTION_CANCELED, { details: a.details, ...wtc });
      break;
    case C.FAIL_WORKFLOW_EXECUTION: {
      const d = decideRetry(run.retry, run.attempt, a.failure as Obj, uow.now, run.executionExpirationTime);
      const newExecutionRunId = d.retry ? startRetryRun(e, uow, run, a.failure, d.delayMs) : startCronRun(e, uow, run, { continuedFailure: a.failure });
      closeRun(e, uow, run, 'fail', EventType.WORKFLOW_EXECUTION_FAILED, {
        failure: a.failure, retryState: d.retry ? RetryState.IN_PROGRESS : d.retryState, newExecutionRunId, ...wtc,
      });
      break;
    }
    case C.CONTINUE_AS_NEW_WORKFLOW_EXECUTION: continueAsNew(e, uow, run, a, wtc); break;
  }
  if (!ok) e.log.warn(`command ${t} of ${run.workflowId}/${run.runId} was not applicable and was ignored`);
}

/** Applies an update protocol message. */
export function applyMessage(e: Engine, uow: UnitOfWork, run: RunState, msg: Obj): void {
  const body = unpackAny(msg.body as { type_url?: string; value?: Uint8Array });
  if (body) applyUpdateMessage(e, uow, run, msg, body);
}

function merge(target: Record<string, unknown>, fields: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(fields)) {
    const data = (v as Obj | null)?.data as Uint8Array | undefined;
    const text = data ? Buffer.from(data).toString() : '';
    if (!v || !data || data.length === 0 || text === 'null' || text === '[]') delete target[k];
    else target[k] = v;
  }
}

function continueAsNew(e: Engine, uow: UnitOfWork, run: RunState, a: Obj, wtc: Obj): void {
  const workflowType = String((a.workflowType as Obj | undefined)?.name || run.workflowType);
  const taskQueue = String((a.taskQueue as Obj | undefined)?.name || run.taskQueue);
  const memo = ((a.memo as Obj | undefined)?.fields as Record<string, unknown>) ?? run.memo;
  const sa = ((a.searchAttributes as Obj | undefined)?.indexedFields as Record<string, unknown>) ?? run.searchAttributes;
  const next = createRun(e, uow, {
    namespace: run.namespace,
    workflowId: run.workflowId,
    workflowType,
    taskQueue,
    input: a.input,
    header: a.header ?? run.started.header,
    runTimeoutMs: durMs(a.workflowRunTimeout as Obj) || run.runTimeoutMs,
    executionTimeoutMs: run.executionTimeoutMs,
    taskTimeoutMs: durMs(a.workflowTaskTimeout as Obj) || run.workflowTaskTimeoutMs,
    retry: a.retryPolicy ? normalizeRetryPolicy(a.retryPolicy as Obj) : run.retry,
    cronSchedule: (a.cronSchedule as string) || run.cronSchedule,
    memo,
    searchAttributes: sa,
    parent: run.parent,
    root: run.root,
    firstRunId: run.firstRunId,
    expirationTime: run.executionExpirationTime,
    backoffMs: durMs(a.backoffStartInterval as Obj),
    continuedExecutionRunId: run.runId,
    initiator: Number(a.initiator ?? 0) || ContinueAsNewInitiator.WORKFLOW,
    continuedFailure: a.failure,
    lastCompletionResult: a.lastCompletionResult,
  });
  run.nextRunId = next.runId;
  closeRun(e, uow, run, 'continueAsNew', EventType.WORKFLOW_EXECUTION_CONTINUED_AS_NEW, {
    newExecutionRunId: next.runId,
    workflowType: { name: workflowType },
    taskQueue: { name: taskQueue, kind: 1 },
    input: a.input,
    workflowRunTimeout: a.workflowRunTimeout,
    workflowTaskTimeout: a.workflowTaskTimeout,
    backoffStartInterval: a.backoffStartInterval,
    initiator: Number(a.initiator ?? 0) || ContinueAsNewInitiator.WORKFLOW,
    failure: a.failure,
    lastCompletionResult: a.lastCompletionResult,
    header: a.header,
    memo: a.memo,
    searchAttributes: a.searchAttributes,
    ...wtc,
  });
}
