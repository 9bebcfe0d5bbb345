import type { Obj } from '../engine/events';

/** A started action, as recentActions reports it. */
export interface ActionResult {
  /** When it was due by the schedule, jitter included (Temporal's ScheduleActionResult.schedule_time). */
  scheduleTime: number;
  /** When the workflow really started. */
  actualTime: number;
  workflowId: string;
  runId: string;
}

/** An action waiting for its turn under a BUFFER_* / CANCEL_OTHER overlap policy. */
export interface BufferedStart {
  /** Nominal (scheduled) time, epoch ms. */
  nominal: number;
  /** When it was due (epoch ms): the nominal time plus jitter for spec times and backfills, the time of a trigger. */
  actual: number;
  overlap: number;
  /** Trigger/backfill: not counted against remainingActions and not skipped while paused. */
  manual: boolean;
}

/** A workflow the schedule started that may still run. */
export interface StartedRun {
  workflowId: string;
  runId: string;
  /** Started under ALLOW_ALL: like Temporal, such runs neither receive nor update the last completion result. */
  allowAll?: boolean;
}

/**
 * Everything a schedule keeps, in plain JSON-able values: what the client sent (`schedule` with the canonical
 * spec), the counters of `info`, the workflows it started that still run, the overlap buffer, the outcome of the
 * last run passed to the next, and the high-water mark of processed spec times (a restart resumes from it,
 * applying the catch-up window).
 */
export interface ScheduleRecord {
  namespace: string;
  scheduleId: string;
  /** temporal.api.schedule.v1.Schedule (spec canonical, action, policies, state). */
  schedule: Obj;
  memo?: Obj;
  searchAttributes?: Obj;
  conflictToken: number;
  /** Request id of the CreateSchedule call (a retried create is answered, not refused). */
  createRequestId?: string;
  createTime: number;
  updateTime: number;
  actionCount: number;
  missedCatchupWindow: number;
  overlapSkipped: number;
  bufferDropped: number;
  recentActions: ActionResult[];
  running: StartedRun[];
  buffer: BufferedStart[];
  /**
   * Spec times are searched after this instant (epoch ms): the jittered time of the last one handled (or the
   * creation time). A time whose nominal instant is before it but whose jittered one is not yet due stays ahead.
   */
  processedUntil: number;
  /** temporal.api.common.v1.Payloads of the last scheduled run that completed (kept across failures). */
  lastCompletionResult?: Obj;
  /** temporal.api.failure.v1.Failure of the last scheduled run if it failed after that success. */
  continuedFailure?: Obj;
}
