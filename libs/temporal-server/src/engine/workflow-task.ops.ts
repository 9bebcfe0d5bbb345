import { randomUUID } from 'node:crypto';
import { notFound } from '../errors/server-error';
import { EventType, TaskQueueKind, TimeoutType } from '../proto/enums.generated';
import type { PollInfo } from '../matching/matching';
import { dur, ts } from '../util/time';
import { SUGGEST_CAN_BYTES, SUGGEST_CAN_EVENTS, type Engine } from './engine';
import { makeEvent, type HistoryEvent, type Obj } from './events';
import type { RunState } from './run-state';
import { decodeToken, encodeToken } from './task-token';
import type { DispatchTask, UnitOfWork } from './unit-of-work';
import { deliverUpdates, redeliverUpdates } from './updates.ops';
import { workflowTaskMachine } from './workflow-task.machine';
import { pageOfHistory } from './history.ops';

/** Poll answers carry at most this many events; the worker pages the rest with GetWorkflowExecutionHistory. */
export const POLL_PAGE_SIZE = 1000;

/**
 * Schedules the run's workflow task (at most one): on the sticky queue when the run is sticky to a live worker,
 * else the normal queue. Attempt ≥ 2 is transient: no WorkflowTaskScheduled event is written.
 */
export function scheduleWorkflowTask(e: Engine, uow: UnitOfWork, run: RunState, speculative = false): void {
  const w = run.wft;
  w.state = workflowTaskMachine.next(w.state, 'schedule');
  uow.touch(run);
  // Sticky only to a live worker: a dead queue, or one nobody polled for 10 s, goes straight to the normal queue.
  if (run.sticky && (e.deadStickyQueues.has(run.sticky.queue) || !e.matching.hasRecentPoller(run.namespace, 'workflow', run.sticky.queue, 10_000))) run.sticky = undefined;
  w.sticky = !!run.sticky;
  w.queue = run.sticky?.queue ?? run.taskQueue;
  w.scheduledTime = uow.now;
  w.token++;
  w.transientEvents = [];
  w.speculative = speculative && w.attempt === 1;
  if (w.attempt > 1 || w.speculative) w.scheduledEventId = 0;
  else {
    w.scheduledEventId = uow.append(run, EventType.WORKFLOW_TASK_SCHEDULED, {
      taskQueue: taskQueueOf(run),
      startToCloseTimeout: dur(run.workflowTaskTimeoutMs),
      attempt: w.attempt,
    }).eventId;
  }
  enqueue(e, uow, run);
}

function taskQueueOf(run: RunState): Obj {
  return run.wft.sticky ? { name: run.wft.queue, kind: TaskQueueKind.STICKY, normalName: run.taskQueue } : { name: run.taskQueue, kind: TaskQueueKind.NORMAL };
}

function enqueue(e: Engine, uow: UnitOfWork, run: RunState): void {
  const w = run.wft;
  uow.dispatch({ namespace: run.namespace, queueType: 'workflow', queue: w.queue, kind: 'wft', runId: run.runId, ref: String(w.token), attempt: w.attempt });
  if (w.sticky && run.sticky) {
    const token = w.token;
    uow.setTimer(`wft-sticky:${run.runId}`, uow.now + run.sticky.scheduleToStartMs, () => e.tx((u) => stickyTimeout(e, u, run.runId, token)));
  }
}

/** No sticky poller took the task in time: move it to the normal queue (full history), attempt unchanged. */
export function stickyTimeout(e: Engine, uow: UnitOfWork, runId: string, token: number): void {
  const run = e.store.getRun(runId);
  if (!run || run.state !== 'running' || run.wft.state !== 'scheduled' || run.wft.token !== token || !run.wft.sticky) return;
  rerouteToNormal(e, uow, run);
}

/** Clears stickiness and re-enqueues a scheduled task on the normal queue. */
export function rerouteToNormal(e: Engine, uow: UnitOfWork, run: RunState): void {
  const w = run.wft;
  w.state = workflowTaskMachine.next(w.state, 'stickyTimeout');
  run.sticky = undefined;
  w.sticky = false;
  w.queue = run.taskQueue;
  w.token++;
  uow.touch(run);
  uow.clearTimer(`wft-sticky:${run.runId}`);
  enqueue(e, uow, run);
}

/** Matching starter: scheduled → started, WorkflowTaskStarted written (or kept transient), answer built after commit. */
export function startWorkflowTask(e: Engine, task: DispatchTask, poll: PollInfo): object | null {
  const run = e.store.getRun(task.runId);
  if (!run || run.state !== 'running' || run.wft.state !== 'scheduled' || String(run.wft.token) !== task.ref) return null;
  const w = run.wft;
  const { updates, queries } = e.tx((uow) => {
    w.state = workflowTaskMachine.next(w.state, 'start');
    uow.touch(run);
    w.startedTime = uow.now;
    uow.clearTimer(`wft-sticky:${run.runId}`);
    const startedAttrs = {
      identity: poll.identity,
      requestId: randomUUID(),
      historySizeBytes: run.historySizeBytes,
      suggestContinueAsNew: run.nextEventId > SUGGEST_CAN_EVENTS || run.historySizeBytes > SUGGEST_CAN_BYTES,
    };
    if (w.attempt > 1 || w.speculative) {
      const scheduled = makeEvent(run.nextEventId, w.scheduledTime, EventType.WORKFLOW_TASK_SCHEDULED, {
        taskQueue: taskQueueOf(run), startToCloseTimeout: dur(run.workflowTaskTimeoutMs), attempt: w.attempt,
      });
      const started = makeEvent(run.nextEventId + 1, uow.now, EventType.WORKFLOW_TASK_STARTED, { scheduledEventId: scheduled.eventId, ...startedAttrs });
      w.transientEvents = [scheduled, started];
      w.scheduledEventId = scheduled.eventId;
      w.startedEventId = started.eventId;
    } else {
      w.startedEventId = uow.append(run, EventType.WORKFLOW_TASK_STARTED, { scheduledEventId: w.scheduledEventId, ...startedAttrs }).eventId;
    }
    const token = w.token;
    uow.setTimer(`wft-stc:${run.runId}`, uow.now + run.workflowTaskTimeoutMs, () => e.tx((u) => timeoutWorkflowTask(e, u, run.runId, token)));
    w.deliveredQueries = [...run.pendingQueries.keys()];
    const queries: Record<string, Obj> = {};
    for (const q of run.pendingQueries.values()) queries[q.id] = q.query;
    run.pendingQueries.clear();
    return { updates: deliverUpdates(run), queries };
  });
  const from = w.sticky ? run.lastCompletedStartedId + 1 : 1;
  const page = pageOfHistory(run, from, w.startedEventId, POLL_PAGE_SIZE);
  return {
    taskToken: encodeToken({ kind: 'w', runId: run.runId, token: w.token }),
    workflowExecution: { workflowId: run.workflowId, runId: run.runId },
    workflowType: { name: run.workflowType },
    previousStartedEventId: run.lastCompletedStartedId,
    startedEventId: w.startedEventId,
    attempt: w.attempt,
    history: { events: page.events },
    nextPageToken: page.nextPageToken,
    workflowExecutionTaskQueue: { name: run.taskQueue, kind: TaskQueueKind.NORMAL },
    scheduledTime: ts(w.scheduledTime),
    startedTime: ts(w.startedTime),
    queries,
    messages: updates.map((u) => ({
      id: `${u.updateId}/request`,
      protocolInstanceId: u.updateId,
      eventId: w.startedEventId - 1,
      body: { type_url: 'type.googleapis.com/temporal.api.update.v1.Request', value: u.encodedRequest },
    })),
  };
}

/** The started task a token refers to, or NOT_FOUND (stale, duplicate, or the run closed meanwhile). */
export function startedTaskByToken(e: Engine, token: unknown): RunState {
  const t = decodeToken(token);
  if (t.kind !== 'w') throw notFound('not a workflow task token');
  const run = e.store.getRun(t.runId);
  if (!run || run.state !== 'running' || run.wft.state !== 'started' || run.wft.token !== t.token) throw notFound('Workflow task not found.');
  return run;
}

/** Ends a started task without completing it (failure or timeout): next attempt on the normal queue, buffered events flushed. */
export function endAttempt(e: Engine, uow: UnitOfWork, run: RunState, eventType: number, attrs: Obj, action: 'fail' | 'timeout', nextAttempt: number): void {
  const w = run.wft;
  w.state = workflowTaskMachine.next(w.state, action);
  uow.touch(run);
  uow.clearTimer(`wft-stc:${run.runId}`);
  // A failed speculative task becomes an ordinary one: its Scheduled/Started events are written before the failure.
  if (w.speculative) for (const ev of w.transientEvents) uow.appendBuilt(run, ev);
  w.speculative = false;
  if (w.attempt === 1) uow.append(run, eventType, { scheduledEventId: w.scheduledEventId, startedEventId: w.startedEventId, ...attrs });
  w.transientEvents = [];
  w.attempt = nextAttempt;
  run.sticky = undefined;
  // Queries and updates the worker never answered ride the next task.
  for (const id of w.deliveredQueries) {
    const q = e.queryWaiters.get(id);
    if (q) run.pendingQueries.set(id, { id, query: q.query });
  }
  w.deliveredQueries = [];
  redeliverUpdates(run);
  e.flushBuffered(uow, run);
  uow.wantWft.add(run);
}

/** Start-to-close timeout of a started workflow task (mandatory: the worker reports failures of attempt 1 only). */
export function timeoutWorkflowTask(e: Engine, uow: UnitOfWork, runId: string, token: number): void {
  const run = e.store.getRun(runId);
  if (!run || run.state !== 'running' || run.wft.state !== 'started' || run.wft.token !== token) return;
  endAttempt(e, uow, run, EventType.WORKFLOW_TASK_TIMED_OUT, { timeoutType: TimeoutType.START_TO_CLOSE }, 'timeout', run.wft.attempt + 1);
}

/** RespondWorkflowTaskFailed. */
export function failWorkflowTask(e: Engine, req: Obj): void {
  e.tx((uow) => {
    const run = startedTaskByToken(e, req.taskToken);
    endAttempt(e, uow, run, EventType.WORKFLOW_TASK_FAILED, { cause: req.cause, failure: req.failure, identity: req.identity, binaryChecksum: req.binaryChecksum }, 'fail', run.wft.attempt + 1);
  });
}

/** Transient events of a started task, to append to history served for it. */
export function transientTail(run: RunState): HistoryEvent[] {
  return run.wft.state === 'started' ? run.wft.transientEvents : [];
}
