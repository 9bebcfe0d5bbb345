import { activityTimeout, dispatchAttempt, transition } from '../../engine/activity.ops';
import { closeByTimeout } from '../../engine/close-run';
import type { Engine } from '../../engine/engine';
import type { RunState } from '../../engine/run-state';
import { fireTimer } from '../../engine/timer.ops';
import { stickyTimeout, timeoutWorkflowTask } from '../../engine/workflow-task.ops';
import { TimeoutType } from '../../proto/enums.generated';
import type { StoredTask } from '../execution-store';
import type { PostgresExecutionStore } from './postgres.store';
import { parseTimerKey, taskKey, taskStillPending, timerStillArmed } from './validity';

/** What recovery re-armed and re-queued (for logs and tests). */
export interface RecoveryReport {
  timers: number;
  overdueTimers: number;
  tasks: number;
}

/**
 * Rebuilds the in-process parts after a restart: timers still armed go back on the clock (overdue ones fire right
 * away, once — each firing commits the run change that makes its row stale), tasks still waiting go back to matching.
 * Waiters (history long polls, update/query callers) are rebuilt by the clients, which retry their calls.
 */
export function recoverEngine(e: Engine, store: PostgresExecutionStore): RecoveryReport {
  const report: RecoveryReport = { timers: 0, overdueTimers: 0, tasks: 0 };
  const now = e.clock.now();
  for (const t of store.persistedTimers()) {
    const run = store.getRun(t.runId);
    if (!run || !timerStillArmed(run, t.key)) continue;
    const fire = fireFor(e, run, t.key);
    if (!fire) continue;
    e.clock.set(t.key, t.at, fire);
    report.timers++;
    if (t.at <= now) report.overdueTimers++;
  }
  const queued = new Set<string>();
  const add = (task: StoredTask) => {
    const k = taskKey(task);
    if (queued.has(k) || !taskStillPending(store.getRun(task.runId), task)) return;
    queued.add(k);
    e.matching.add(task);
    report.tasks++;
  };
  for (const t of store.persistedTasks()) add(t);
  // Anything pending per run state but missing a task row (defensive; rows are written with the state change).
  for (const run of runningRuns(store)) {
    const w = run.wft;
    if (w.state === 'scheduled') add({ namespace: run.namespace, queueType: 'workflow', queue: w.queue, kind: 'wft', runId: run.runId, ref: String(w.token), attempt: w.attempt });
    for (const a of run.activities.values()) {
      if (a.state === 'scheduled') add({ namespace: run.namespace, queueType: 'activity', queue: a.taskQueue, kind: 'activity', runId: run.runId, ref: String(a.scheduledEventId), attempt: a.attempt });
    }
  }
  return report;
}

function* runningRuns(store: PostgresExecutionStore): Iterable<RunState> {
  for (const run of store.allRuns()) if (run.state === 'running') yield run;
}

/** The timer callback the engine would have registered under `key` (see the `setTimer` calls in engine/). */
function fireFor(e: Engine, run: RunState, key: string): (() => void) | undefined {
  const k = parseTimerKey(key)!;
  const runId = run.runId;
  switch (k.kind) {
    case 'timer':
      return () => e.tx((u) => fireTimer(e, u, runId, k.sub));
    case 'run-timeout':
    case 'exec-timeout':
      return () => e.tx((u) => closeByTimeout(e, u, runId));
    case 'start-backoff':
      return () =>
        e.tx((u) => {
          const r = e.store.getRun(runId);
          if (r) r.awaitingBackoff = false;
          if (r?.state === 'running') {
            u.touch(r);
            u.wantWft.add(r);
          }
        });
    case 'wft-stc': {
      const token = run.wft.token;
      return () => e.tx((u) => timeoutWorkflowTask(e, u, runId, token));
    }
    case 'wft-sticky': {
      const token = run.wft.token;
      return () => e.tx((u) => stickyTimeout(e, u, runId, token));
    }
  }
  const sid = Number(k.sub);
  const a = run.activities.get(sid);
  if (!a) return undefined;
  const attempt = a.attempt;
  switch (k.kind) {
    case 'act-s2c':
      return () => activityTimeout(e, runId, sid, TimeoutType.SCHEDULE_TO_CLOSE, 0);
    case 'act-s2s':
      return () => activityTimeout(e, runId, sid, TimeoutType.SCHEDULE_TO_START, attempt);
    case 'act-stc':
      return () => activityTimeout(e, runId, sid, TimeoutType.START_TO_CLOSE, attempt);
    case 'act-hb':
      return () => activityTimeout(e, runId, sid, TimeoutType.HEARTBEAT, attempt);
    case 'act-retry':
      return () =>
        e.tx((u) => {
          if (run.state !== 'running' || a.state !== 'backoff') return;
          transition(a, 'retryDue');
          dispatchAttempt(e, u, run, a);
        });
  }
  return undefined;
}
