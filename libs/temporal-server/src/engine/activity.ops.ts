import { randomUUID } from 'node:crypto';
import { notFound } from '../errors/server-error';
import { EventType, RetryState, TimeoutType } from '../proto/enums.generated';
import { dur, durMs, ts } from '../util/time';
import { activityMachine, type ActivityAction } from './activity.machine';
import type { Engine } from './engine';
import type { Obj } from './events';
import { decideRetry, normalizeRetryPolicy, retryPolicyProto } from './retry-policy';
import type { ActivityInfo, RunState } from './run-state';
import { decodeToken, encodeToken } from './task-token';
import type { DispatchTask, UnitOfWork } from './unit-of-work';

const key = (k: string, run: RunState, a: ActivityInfo) => `${k}:${run.runId}:${a.scheduledEventId}`;

/** Normalizes activity timeouts like the real server; returns undefined if neither close timeout is set. */
export function normalizeActivityTimeouts(attrs: Obj, runTimeoutMs: number): { s2c: number; s2s: number; stc: number; hb: number } | undefined {
  let s2c = durMs(attrs.scheduleToCloseTimeout as Obj);
  let s2s = durMs(attrs.scheduleToStartTimeout as Obj);
  let stc = durMs(attrs.startToCloseTimeout as Obj);
  let hb = durMs(attrs.heartbeatTimeout as Obj);
  if (!s2c && !stc) return undefined;
  const cap = (v: number, c: number) => (c > 0 && (v === 0 || v > c) ? c : v);
  if (s2c) {
    s2s = s2s ? Math.min(s2s, s2c) : s2c;
    stc = stc ? Math.min(stc, s2c) : s2c;
  } else {
    s2c = runTimeoutMs;
    s2s = s2s || runTimeoutMs;
  }
  s2c = cap(s2c, runTimeoutMs);
  s2s = cap(s2s, runTimeoutMs);
  stc = cap(stc, runTimeoutMs);
  hb = hb ? Math.min(hb, stc) : 0;
  return { s2c, s2s, stc, hb };
}

/** What sdk-core reserves slots for in one workflow task completion (MAX_EAGER_ACTIVITY_RESERVATIONS_PER_WORKFLOW_TASK). */
export const MAX_EAGER_ACTIVITIES = 3;

/**
 * ScheduleActivityTask command → ActivityTaskScheduled + first attempt dispatched. Returns false if attributes are bad.
 * With `eagerFor` (the completing worker's identity) an attempt the worker asked to run eagerly on its own task queue
 * starts at once and is handed back in the completion's answer (`uow.eagerActivities`) instead of going to matching.
 */
export function scheduleActivity(e: Engine, uow: UnitOfWork, run: RunState, attrs: Obj, wftCompletedId: number, eagerFor?: string): boolean {
  const t = normalizeActivityTimeouts(attrs, run.runTimeoutMs);
  const activityId = String(attrs.activityId ?? '');
  if (!t || !activityId || run.activityIds.has(activityId)) return false;
  const retry = normalizeRetryPolicy(attrs.retryPolicy as Obj);
  const taskQueue = String((attrs.taskQueue as Obj | undefined)?.name || run.taskQueue);
  const ev = uow.append(run, EventType.ACTIVITY_TASK_SCHEDULED, {
    activityId,
    activityType: attrs.activityType,
    taskQueue: { name: taskQueue, kind: 1 },
    header: attrs.header,
    input: attrs.input,
    scheduleToCloseTimeout: dur(t.s2c),
    scheduleToStartTimeout: dur(t.s2s),
    startToCloseTimeout: dur(t.stc),
    heartbeatTimeout: dur(t.hb),
    workflowTaskCompletedEventId: wftCompletedId,
    retryPolicy: retryPolicyProto(retry),
    useWorkflowBuildId: attrs.useWorkflowBuildId,
    priority: attrs.priority,
  });
  const a: ActivityInfo = {
    state: 'scheduled', scheduledEventId: ev.eventId, activityId, activityType: String((attrs.activityType as Obj | undefined)?.name ?? ''),
    taskQueue, input: attrs.input, header: attrs.header, scheduleToCloseMs: t.s2c, scheduleToStartMs: t.s2s, startToCloseMs: t.stc,
    heartbeatMs: t.hb, retry, attempt: 1, scheduledTime: uow.now, currentAttemptScheduledTime: uow.now, startedTime: 0,
    startedIdentity: '', heartbeatDetails: undefined, lastHeartbeatTime: 0, lastFailure: undefined, cancelRequested: false, priority: attrs.priority,
  };
  run.activities.set(a.scheduledEventId, a);
  run.activityIds.set(activityId, a.scheduledEventId);
  if (t.s2c > 0) uow.setTimer(key('act-s2c', run, a), uow.now + t.s2c, () => activityTimeout(e, run.runId, a.scheduledEventId, TimeoutType.SCHEDULE_TO_CLOSE, 0));
  const eager = eagerFor !== undefined && attrs.requestEagerExecution === true && e.eagerActivities && taskQueue === run.taskQueue && uow.eagerActivities.length < MAX_EAGER_ACTIVITIES;
  if (eager) {
    markStarted(e, uow, run, a, eagerFor);
    uow.eagerActivities.push({ run, activity: a });
  } else dispatchAttempt(e, uow, run, a);
  return true;
}

export function dispatchAttempt(e: Engine, uow: UnitOfWork, run: RunState, a: ActivityInfo): void {
  a.currentAttemptScheduledTime = uow.now;
  uow.touch(run);
  uow.dispatch({ namespace: run.namespace, queueType: 'activity', queue: a.taskQueue, kind: 'activity', runId: run.runId, ref: String(a.scheduledEventId), attempt: a.attempt });
  if (a.scheduleToStartMs > 0) {
    const attempt = a.attempt;
    uow.setTimer(key('act-s2s', run, a), uow.now + a.scheduleToStartMs, () => activityTimeout(e, run.runId, a.scheduledEventId, TimeoutType.SCHEDULE_TO_START, attempt));
  }
}

/** Matching starter: scheduled → started, answered with the task. */
export function startActivityTask(e: Engine, task: DispatchTask, identity: string): object | null {
  const run = e.store.getRun(task.runId);
  const a = run?.activities.get(Number(task.ref));
  if (!run || run.state !== 'running' || !a || a.state !== 'scheduled' || a.attempt !== task.attempt) return null;
  e.tx((uow) => markStarted(e, uow, run, a, identity));
  return activityTaskFor(run, a);
}

/** scheduled → started for `identity`: the start-to-close (and heartbeat) clock runs from now. */
function markStarted(e: Engine, uow: UnitOfWork, run: RunState, a: ActivityInfo, identity: string): void {
  transition(a, 'start');
  uow.touch(run);
  a.startedTime = uow.now;
  a.startedIdentity = identity;
  a.lastHeartbeatTime = uow.now;
  uow.clearTimer(key('act-s2s', run, a));
  const attempt = a.attempt;
  uow.setTimer(key('act-stc', run, a), uow.now + a.startToCloseMs, () => activityTimeout(e, run.runId, a.scheduledEventId, TimeoutType.START_TO_CLOSE, attempt));
  if (a.heartbeatMs > 0) armHeartbeat(e, uow, run, a);
}

/** The PollActivityTaskQueueResponse of a started attempt (every field the TS worker requires). */
export function activityTaskFor(run: RunState, a: ActivityInfo): Obj {
  return {
    taskToken: encodeToken({ kind: 'a', runId: run.runId, scheduledEventId: a.scheduledEventId, attempt: a.attempt }),
    workflowNamespace: run.namespace,
    workflowType: { name: run.workflowType },
    workflowExecution: { workflowId: run.workflowId, runId: run.runId },
    activityType: { name: a.activityType },
    activityId: a.activityId,
    header: a.header,
    input: a.input,
    heartbeatDetails: a.heartbeatDetails,
    scheduledTime: ts(a.scheduledTime),
    currentAttemptScheduledTime: ts(a.currentAttemptScheduledTime),
    startedTime: ts(a.startedTime),
    attempt: a.attempt,
    scheduleToCloseTimeout: dur(a.scheduleToCloseMs),
    startToCloseTimeout: dur(a.startToCloseMs),
    heartbeatTimeout: dur(a.heartbeatMs),
    retryPolicy: retryPolicyProto(a.retry),
    priority: a.priority,
  };
}

function armHeartbeat(e: Engine, uow: UnitOfWork, run: RunState, a: ActivityInfo): void {
  const attempt = a.attempt;
  uow.setTimer(key('act-hb', run, a), uow.now + a.heartbeatMs, () => activityTimeout(e, run.runId, a.scheduledEventId, TimeoutType.HEARTBEAT, attempt));
}

export function transition(a: ActivityInfo, action: ActivityAction): void {
  a.state = activityMachine.next(a.state, action);
}

/** The started attempt a token refers to, or NOT_FOUND. */
function byToken(e: Engine, token: unknown): { run: RunState; a: ActivityInfo } {
  const t = decodeToken(token);
  if (t.kind !== 'a') throw notFound('not an activity task token');
  const run = e.store.getRun(t.runId);
  const a = run?.activities.get(t.scheduledEventId);
  if (!run || run.state !== 'running' || !a || a.state !== 'started' || a.attempt !== t.attempt) throw notFound('activity task not found');
  return { run, a };
}

function clearAttemptTimers(uow: UnitOfWork, run: RunState, a: ActivityInfo): void {
  for (const k of ['act-s2s', 'act-stc', 'act-hb']) uow.clearTimer(key(k, run, a));
}

function startedDraft(a: ActivityInfo): { eventType: number; attrs: Obj } {
  return {
    eventType: EventType.ACTIVITY_TASK_STARTED,
    attrs: { scheduledEventId: a.scheduledEventId, identity: a.startedIdentity, requestId: randomUUID(), attempt: a.attempt, lastFailure: a.lastFailure },
  };
}

/** Final close of an activity: timers cleared, close event emitted (buffered if a workflow task is started). */
function closeActivity(e: Engine, uow: UnitOfWork, run: RunState, a: ActivityInfo, eventType: number, attrs: Obj, withStarted: boolean): void {
  clearAttemptTimers(uow, run, a);
  uow.clearTimer(key('act-s2c', run, a));
  uow.clearTimer(key('act-retry', run, a));
  a.state = 'closed';
  e.emit(uow, run, { eventType, attrs: { ...attrs, scheduledEventId: a.scheduledEventId, startedEventId: 0 }, completion: true, started: withStarted ? startedDraft(a) : undefined });
  // A closed activity stays in the run (its id and a late cancel request still resolve) but without its payloads:
  // the run record is written at every change, and a plan's workflow runs many activities over years.
  a.input = undefined;
  a.header = undefined;
  a.heartbeatDetails = undefined;
  a.lastFailure = undefined;
}

export function respondActivityCompleted(e: Engine, req: Obj): void {
  e.tx((uow) => {
    const { run, a } = byToken(e, req.taskToken);
    transition(a, 'complete');
    closeActivity(e, uow, run, a, EventType.ACTIVITY_TASK_COMPLETED, { result: req.result, identity: req.identity }, true);
  });
}

export function respondActivityCanceled(e: Engine, req: Obj): void {
  e.tx((uow) => {
    const { run, a } = byToken(e, req.taskToken);
    transition(a, 'cancel');
    closeActivity(e, uow, run, a, EventType.ACTIVITY_TASK_CANCELED, { details: req.details, identity: req.identity, latestCancelRequestedEventId: 0 }, true);
  });
}

export function respondActivityFailed(e: Engine, req: Obj): void {
  e.tx((uow) => {
    const { run, a } = byToken(e, req.taskToken);
    if (req.lastHeartbeatDetails) a.heartbeatDetails = req.lastHeartbeatDetails;
    failAttempt(e, uow, run, a, req.failure as Obj, EventType.ACTIVITY_TASK_FAILED, { failure: req.failure, identity: req.identity });
  });
}

/** A failed or timed-out attempt: back off and retry, or close with the final event. */
function failAttempt(e: Engine, uow: UnitOfWork, run: RunState, a: ActivityInfo, failure: Obj, eventType: number, attrs: Obj): void {
  const deadline = a.scheduleToCloseMs > 0 ? a.scheduledTime + a.scheduleToCloseMs : 0;
  const d = a.cancelRequested ? ({ retry: false, retryState: RetryState.NON_RETRYABLE_FAILURE } as const) : decideRetry(a.retry, a.attempt, failure, uow.now, deadline);
  if (!d.retry) {
    transition(a, 'fail');
    closeActivity(e, uow, run, a, eventType, { ...attrs, retryState: d.retryState }, true);
    return;
  }
  transition(a, 'retry');
  clearAttemptTimers(uow, run, a);
  uow.touch(run);
  a.lastFailure = failure;
  // Like the real server, the attempt number moves on when the retry is scheduled (describe shows attempt 2 in backoff).
  a.attempt++;
  a.currentAttemptScheduledTime = uow.now + d.delayMs;
  uow.setTimer(key('act-retry', run, a), uow.now + d.delayMs, () =>
    e.tx((u) => {
      if (run.state !== 'running' || a.state !== 'backoff') return;
      transition(a, 'retryDue');
      dispatchAttempt(e, u, run, a);
    }),
  );
}

/** Activity timeout timers (per attempt: START_TO_CLOSE, HEARTBEAT, SCHEDULE_TO_START; whole activity: SCHEDULE_TO_CLOSE). */
export function activityTimeout(e: Engine, runId: string, scheduledEventId: number, type: number, attempt: number): void {
  e.tx((uow) => {
    const run = e.store.getRun(runId);
    const a = run?.activities.get(scheduledEventId);
    if (!run || run.state !== 'running' || !a || a.state === 'closed') return;
    if (type !== TimeoutType.SCHEDULE_TO_CLOSE && a.attempt !== attempt) return;
    // Schedule-to-start and schedule-to-close expiring together: report SCHEDULE_TO_START (cross-SDK feature tests).
    if (type === TimeoutType.SCHEDULE_TO_CLOSE && a.state === 'scheduled' && a.scheduleToStartMs > 0 && a.currentAttemptScheduledTime + a.scheduleToStartMs <= uow.now) {
      type = TimeoutType.SCHEDULE_TO_START;
    }
    const failure: Obj = {
      message: `activity ${['', 'StartToClose', 'ScheduleToStart', 'ScheduleToClose', 'Heartbeat'][type]} timeout`,
      timeoutFailureInfo: { timeoutType: type, lastHeartbeatDetails: a.heartbeatDetails },
    };
    const timedOut = { failure };
    if (type === TimeoutType.START_TO_CLOSE || type === TimeoutType.HEARTBEAT) {
      if (a.state !== 'started') return;
      failAttempt(e, uow, run, a, failure, EventType.ACTIVITY_TASK_TIMED_OUT, timedOut);
      return;
    }
    const wasStarted = a.state === 'started';
    transition(a, 'timeout');
    const retryState = type === TimeoutType.SCHEDULE_TO_START ? RetryState.NON_RETRYABLE_FAILURE : RetryState.TIMEOUT;
    closeActivity(e, uow, run, a, EventType.ACTIVITY_TASK_TIMED_OUT, { ...timedOut, retryState }, wasStarted);
  });
}

/** RecordActivityTaskHeartbeat: store details, re-arm the heartbeat timer, report cancellation. */
export function recordHeartbeat(e: Engine, req: Obj): Obj {
  return e.tx((uow) => {
    const { run, a } = byToken(e, req.taskToken);
    transition(a, 'heartbeat');
    uow.touch(run);
    if (req.details) a.heartbeatDetails = req.details;
    a.lastHeartbeatTime = uow.now;
    if (a.heartbeatMs > 0) armHeartbeat(e, uow, run, a);
    return { cancelRequested: a.cancelRequested, activityPaused: false, activityReset: false };
  });
}

/** RequestCancelActivityTask command: cancel at once if not started, else flag it for the next heartbeat. */
export function requestCancelActivity(e: Engine, uow: UnitOfWork, run: RunState, scheduledEventId: number, wftCompletedId: number): boolean {
  const a = run.activities.get(scheduledEventId);
  if (!a) return false;
  const req = uow.append(run, EventType.ACTIVITY_TASK_CANCEL_REQUESTED, { scheduledEventId, workflowTaskCompletedEventId: wftCompletedId });
  if (a.state === 'closed') return true;
  if (a.state === 'started') {
    transition(a, 'requestCancel');
    a.cancelRequested = true;
    return true;
  }
  transition(a, 'requestCancel');
  closeActivity(e, uow, run, a, EventType.ACTIVITY_TASK_CANCELED, { latestCancelRequestedEventId: req.eventId, identity: '' }, false);
  return true;
}
