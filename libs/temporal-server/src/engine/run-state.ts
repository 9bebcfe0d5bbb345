import type { ActivityState } from './activity.machine';
import type { ChildState } from './child-workflow.machine';
import type { HistoryEvent, Obj } from './events';
import type { ExternalCancelState } from './external-cancel.machine';
import type { ExternalSignalState } from './external-signal.machine';
import type { TimerState } from './timer.machine';
import type { UpdateState } from './update.machine';
import type { ExecutionState } from './workflow-execution.machine';
import type { WorkflowTaskState } from './workflow-task.machine';

/** Retry policy with defaults applied (ms). */
export interface RetryPolicy {
  initialIntervalMs: number;
  backoffCoefficient: number;
  maximumIntervalMs: number;
  maximumAttempts: number;
  nonRetryableErrorTypes: string[];
}

/**
 * An event draft held while a workflow task is started. `started` (an ActivityTaskStarted written lazily) is
 * appended first and its id injected as `startedEventId` into `attrs`.
 */
export interface BufferedEvent {
  eventType: number;
  attrs: Obj;
  /** Activity/child completions are flushed after the other buffered events. */
  completion: boolean;
  started?: { eventType: number; attrs: Obj };
}

export interface WorkflowTaskInfo {
  state: WorkflowTaskState;
  attempt: number;
  scheduledEventId: number;
  startedEventId: number;
  scheduledTime: number;
  startedTime: number;
  /** Bumped on every start; part of the task token so stale completions get NOT_FOUND. */
  token: number;
  /** Queue the task was put on (sticky queue name when sticky). */
  queue: string;
  sticky: boolean;
  /** Attempt ≥ 2: Scheduled/Started events exist only in poll answers until the task completes. */
  transientEvents: HistoryEvent[];
  /**
   * Scheduled only to deliver updates to an otherwise idle run: its events stay transient and are dropped if the
   * worker only rejects (the response then carries resetHistoryEventId), like the real server's speculative task.
   */
  speculative: boolean;
  /** Attached queries and update ids delivered with the started task. */
  deliveredQueries: string[];
  deliveredUpdates: string[];
}

export interface ActivityInfo {
  state: ActivityState;
  scheduledEventId: number;
  activityId: string;
  activityType: string;
  taskQueue: string;
  input: unknown;
  header: unknown;
  scheduleToCloseMs: number;
  scheduleToStartMs: number;
  startToCloseMs: number;
  heartbeatMs: number;
  retry: RetryPolicy;
  attempt: number;
  scheduledTime: number;
  currentAttemptScheduledTime: number;
  startedTime: number;
  startedIdentity: string;
  heartbeatDetails: unknown;
  lastHeartbeatTime: number;
  lastFailure: unknown;
  cancelRequested: boolean;
  priority?: unknown;
}

export interface TimerInfo {
  state: TimerState;
  startedEventId: number;
}

export interface ChildInfo {
  state: ChildState;
  initiatedEventId: number;
  startedEventId: number;
  namespace: string;
  workflowId: string;
  runId: string;
  workflowType: string;
  parentClosePolicy: number;
}

export interface ExternalSignalInfo {
  state: ExternalSignalState;
}

export interface ExternalCancelInfo {
  state: ExternalCancelState;
}

export interface UpdateInfo {
  state: UpdateState;
  updateId: string;
  /** The run the update lives on (changes if it moves to the next run of a continue-as-new). */
  runId: string;
  request: Obj;
  acceptedEventId: number;
  outcome?: Obj;
}

export interface PendingQuery {
  id: string;
  query: Obj;
}

/** Everything the server knows about one run; the in-memory store keeps these objects, a durable store rows. */
export interface RunState {
  namespace: string;
  workflowId: string;
  runId: string;
  firstRunId: string;
  state: ExecutionState;
  workflowType: string;
  taskQueue: string;
  history: HistoryEvent[];
  nextEventId: number;
  /** Externally caused events that arrived while a workflow task was started; written on completion. */
  buffered: BufferedEvent[];
  wft: WorkflowTaskInfo;
  /** Started id of the last completed workflow task (0 if none). */
  lastCompletedStartedId: number;
  activities: Map<number, ActivityInfo>;
  activityIds: Map<string, number>;
  timers: Map<string, TimerInfo>;
  children: Map<number, ChildInfo>;
  externalSignals: Map<number, ExternalSignalInfo>;
  externalCancels: Map<number, ExternalCancelInfo>;
  updates: Map<string, UpdateInfo>;
  pendingQueries: Map<string, PendingQuery>;
  memo: Record<string, unknown>;
  searchAttributes: Record<string, unknown>;
  /** The WorkflowExecutionStarted attributes (inherited by continue-as-new / retry / cron). */
  started: Obj;
  runTimeoutMs: number;
  executionTimeoutMs: number;
  workflowTaskTimeoutMs: number;
  retry?: RetryPolicy;
  cronSchedule: string;
  attempt: number;
  /** Epoch ms; 0 = none. */
  executionExpirationTime: number;
  startTime: number;
  executionTime: number;
  closeTime: number;
  requestIds: Set<string>;
  parent?: { namespace: string; workflowId: string; runId: string; initiatedEventId: number };
  root: { workflowId: string; runId: string };
  sticky?: { queue: string; scheduleToStartMs: number };
  cancelRequested: boolean;
  /** The first workflow task waits for a start delay / retry or cron backoff: nothing schedules it earlier. */
  awaitingBackoff: boolean;
  /** Time-skipping locks currently held on behalf of this run. */
  locksHeld: number;
  /** The next run of the chain (continue-as-new, retry, cron). */
  nextRunId?: string;
  historySizeBytes: number;
  /** Bumped when memo or search attributes change (what, with state and times, the visibility row shows). */
  visibilityRevision?: number;
  /** {@link visibilityStamp} of the row last written: unchanged → no visibility write (history length alone moves). */
  visibilityStamp?: string;
}
