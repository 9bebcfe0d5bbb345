import { activityTimeout, dispatchAttempt, transition } from '../../engine/activity.ops';
import { runTransfer } from '../../engine/children.ops';
import { closeByTimeout } from '../../engine/close-run';
import type { Engine } from '../../engine/engine';
import { fireTimer } from '../../engine/timer.ops';
import { stickyTimeout, timeoutWorkflowTask } from '../../engine/workflow-task.ops';
import { TimeoutType } from '../../proto/enums.generated';
import type { PostgresExecutionStore } from './postgres.store';
import { parseTimerKey, taskKey, taskStillPending, timerStillArmed } from './validity';

/** What recovery re-queued (for logs and tests); timers come back through the timer loop as they come due. */
export interface RecoveryReport {
  tasks: number;
}

/**
 * Rebuilds the in-process parts after a restart: tasks still waiting go back to matching (the store loaded their
 * runs). Timers are re-armed by the timer loop from the `timers` table as they come due (overdue ones first, in
 * batches); waiters (history long polls, update/query callers) are rebuilt by the clients, which retry their calls.
 */
export function recoverEngine(e: Engine, store: PostgresExecutionStore): RecoveryReport {
  const report: RecoveryReport = { tasks: 0 };
  const queued = new Set<string>();
  for (const task of store.persistedTasks()) {
    const k = taskKey(task);
    if (queued.has(k) || !taskStillPending(store.getRun(task.runId), task)) continue;
    queued.add(k);
    e.matching.add(task);
    report.tasks++;
  }
  return report;
}

/** Owed transfers re-executed per step (their runs are loaded together first). */
const TRANSFER_BATCH = 500;

/**
 * Re-executes the cross-run effects still owed after a crash (child starts, child closes → parents, external signals
 * and cancels, parent-close policies: the rows of the `transfers` table). Each is carried out as after a commit and
 * recorded done with its effect; one that already took effect is recognised by the runs' state and only recorded done.
 * The runs they touch are loaded first (owing run, target by run id or current run of its workflow id). Returns how
 * many were carried out.
 */
export async function recoverTransfers(e: Engine, store: PostgresExecutionStore): Promise<number> {
  const owed = await store.pendingTransfers();
  let done = 0;
  for (let i = 0; i < owed.length; i += TRANSFER_BATCH) {
    const batch = owed.slice(i, i + TRANSFER_BATCH);
    await store.ensureResident(batch.flatMap((t) => (t.target.runId ? [t.runId, t.target.runId] : [t.runId])));
    const byNamespace = new Map<string, string[]>();
    for (const t of batch) {
      if (t.target.runId || !t.target.workflowId) continue;
      let ids = byNamespace.get(t.target.namespace);
      if (!ids) byNamespace.set(t.target.namespace, (ids = []));
      ids.push(t.target.workflowId);
    }
    for (const [namespace, workflowIds] of byNamespace) await store.prefetch(namespace, workflowIds, []);
    for (const t of batch) {
      try {
        runTransfer(e, t);
        done++;
      } catch (err) {
        // Stays owed: tried again at the next start.
        e.log.error(`re-executing transfer ${t.id} failed`, err);
      }
    }
  }
  return done;
}

/**
 * The callback for a persisted timer `key`, equivalent to the one the engine registered (see the `setTimer` calls in
 * engine/). It reads the run when it fires (the run may have left memory meanwhile) and does nothing if the run no
 * longer waits for that timer.
 */
export function fireFor(e: Engine, key: string): (() => void) | undefined {
  const k = parseTimerKey(key);
  if (!k) return undefined;
  const runId = k.runId;
  const sid = Number(k.sub);
  const act = (type: number) => () => {
    const a = e.store.getRun(runId)?.activities.get(sid);
    if (a) activityTimeout(e, runId, sid, type, a.attempt);
  };
  const fire: Record<string, () => void> = {
    timer: () => e.tx((u) => fireTimer(e, u, runId, k.sub)),
    'run-timeout': () => e.tx((u) => closeByTimeout(e, u, runId)),
    'exec-timeout': () => e.tx((u) => closeByTimeout(e, u, runId)),
    'start-backoff': () =>
      e.tx((u) => {
        const r = e.store.getRun(runId);
        if (r) r.awaitingBackoff = false;
        if (r?.state === 'running') {
          u.touch(r);
          u.wantWft.add(r);
        }
      }),
    'wft-stc': () => e.tx((u) => timeoutWorkflowTask(e, u, runId, e.run(runId).wft.token)),
    'wft-sticky': () => e.tx((u) => stickyTimeout(e, u, runId, e.run(runId).wft.token)),
    'act-s2c': () => activityTimeout(e, runId, sid, TimeoutType.SCHEDULE_TO_CLOSE, 0),
    'act-s2s': act(TimeoutType.SCHEDULE_TO_START),
    'act-stc': act(TimeoutType.START_TO_CLOSE),
    'act-hb': act(TimeoutType.HEARTBEAT),
    'act-retry': () =>
      e.tx((u) => {
        const run = e.run(runId);
        const a = run.activities.get(sid);
        if (run.state !== 'running' || a?.state !== 'backoff') return;
        transition(a, 'retryDue');
        dispatchAttempt(e, u, run, a);
      }),
  };
  const f = fire[k.kind];
  if (!f) return undefined;
  return () => {
    if (timerStillArmed(e.store.getRun(runId), key)) f();
  };
}
