import type { Obj } from '../engine/events';

/** A started action, as recentActions reports it. */
export interface ActionResult {
  scheduleTime: number;
  actualTime: number;
  workflowId: string;
  runId: string;
}

/** An action waiting for its turn under a BUFFER_* / CANCEL_OTHER overlap policy. */
export interface BufferedStart {
  /** Nominal (scheduled) time, epoch ms. */
  nominal: number;
  /** When it was due (epoch ms); equals nominal for spec times, "now" for triggers. */
  actual: number;
  overlap: number;
  /** Trigger/backfill: not counted against remainingActions and not skipped while paused. */
  manual: boolean;
}

/**
 * Everything a schedule keeps, in plain JSON-able values: what the client sent (`schedule` with the canonical
 * spec), the counters of `info`, the workflows it started that still run, the overlap buffer and the high-water
 * mark of processed spec times (a restart resumes from it, applying the catch-up window).
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
  running: Array<{ workflowId: string; runId: string }>;
  buffer: BufferedStart[];
  /** Every spec time ≤ this (epoch ms) has been handled. */
  processedUntil: number;
}
