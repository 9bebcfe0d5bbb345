import { attrsOf, type Obj } from '../engine/events';
import type { RunState } from '../engine/run-state';
import type { ScheduleRecord } from './schedule-record';

/**
 * Folds a closed scheduled run into what the next start receives, as Temporal's scheduler does: a completion
 * becomes the last completion result and clears the failure; a failure is kept next to the last success; a
 * cancel, terminate or timeout changes neither.
 */
export function recordOutcome(rec: ScheduleRecord, run: RunState): void {
  if (run.state !== 'completed' && run.state !== 'failed') return;
  const close = run.history[run.history.length - 1];
  const attrs = close ? attrsOf(close) : {};
  if (run.state === 'completed') {
    if (!attrs.result) return;
    rec.lastCompletionResult = attrs.result as Obj;
    delete rec.continuedFailure;
  } else if (attrs.failure) {
    rec.continuedFailure = attrs.failure as Obj;
  }
}
