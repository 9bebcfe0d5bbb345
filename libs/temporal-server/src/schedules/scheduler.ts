import type { Engine } from '../engine/engine';
import type { Obj } from '../engine/events';
import { terminateWorkflow, cancelWorkflow } from '../engine/signals.ops';
import { startWorkflow } from '../engine/start-workflow.ops';
import { ServerError } from '../errors/server-error';
import { durMs } from '../util/time';
import { recordOutcome } from './last-completion';
import { decideOverlap, effectivePolicy, OverlapPolicy } from './overlap-policy';
import { startRequestFor } from './schedule-action';
import { actionsBetween, jitterSeed, nextAction } from './schedule-jitter';
import type { BufferedStart, ScheduleRecord, StartedRun } from './schedule-record';
import { compileSpec, type CompiledSpec } from './schedule-spec';
import type { ScheduleStore } from './schedule-store';

/** Temporal's defaults: catch up on anything missed within a year, never on less than 10 s. */
const DEFAULT_CATCHUP_MS = 365 * 86_400_000;
const MIN_CATCHUP_MS = 10_000;
const RECENT_ACTIONS = 10;
/** Spec times handled per evaluation (a schedule down for long only counts this many as missed). */
const MAX_TIMES_PER_PASS = 1000;

/** A schedule in the working set: its record and its compiled spec. */
export interface LiveSchedule {
  rec: ScheduleRecord;
  spec: CompiledSpec;
}

export const scheduleKey = (namespace: string, scheduleId: string): string => `${namespace}\0${scheduleId}`;

/** The schedule's jitter seed. */
export const seedOf = (rec: ScheduleRecord): string => jitterSeed(rec.namespace, rec.scheduleId);

/**
 * Runs schedules on the engine: one clock timer per schedule at its next action time (virtual time, so time
 * skipping fires them at the exact instants), overlap policies over the workflows it started (watched through
 * the engine's history wake-ups), and a write to the schedule store after every change.
 */
export class Scheduler {
  readonly live = new Map<string, LiveSchedule>();
  private stopped = false;

  constructor(
    readonly e: Engine,
    readonly store: ScheduleStore,
  ) {}

  /** Loads every stored schedule, re-watches its running workflows and catches up on times missed while down. */
  async recover(): Promise<number> {
    const recs = await this.store.loadAll();
    for (const rec of recs) {
      const s: LiveSchedule = { rec, spec: compileSpec(rec.schedule.spec as Obj) };
      this.live.set(scheduleKey(rec.namespace, rec.scheduleId), s);
      // Runs that closed before the crash let their outcome reach the next start.
      for (const r of this.alive(s)) this.watch(s, r.workflowId);
      this.evaluate(s);
    }
    return recs.length;
  }

  stop(): void {
    this.stopped = true;
    for (const s of this.live.values()) this.e.clock.clear(this.timerKey(s.rec));
  }

  /** Writes a schedule; failures are logged (the RPC paths await the returned promise). */
  persist(s: LiveSchedule): Promise<void> {
    return this.store.save(s.rec).catch((err: unknown) => {
      this.e.log.error(`schedule store: saving ${s.rec.scheduleId} failed`, err);
      throw err;
    });
  }

  /** Handles every spec time due (jitter included) up to now, drains the buffer and arms the timer for the next. */
  evaluate(s: LiveSchedule): void {
    const now = this.e.clock.now();
    const rec = s.rec;
    const st = state(rec);
    const catchup = catchupWindowMs(rec);
    const due = actionsBetween(s.spec, seedOf(rec), rec.processedUntil, now, MAX_TIMES_PER_PASS);
    for (const t of due) {
      // Like Temporal: an update re-reads the spec from the last handled time (to keep a time whose jittered
      // instant is still ahead) but does not start the new spec's times that were due before the update.
      if (t.actual < rec.updateTime) continue;
      if (st.paused) continue;
      if (st.limitedActions && Number(st.remainingActions ?? 0) <= 0) continue;
      if (now - t.actual > catchup) {
        rec.missedCatchupWindow++;
        continue;
      }
      this.enqueue(s, { nominal: t.nominal, actual: t.actual, overlap: schedulePolicy(rec), manual: false });
    }
    // A pass cut short by the limit gives up on the rest (a schedule down for long counts that many as missed).
    if (due.length >= MAX_TIMES_PER_PASS) rec.processedUntil = Math.max(rec.processedUntil, now);
    else if (due.length) rec.processedUntil = Math.max(rec.processedUntil, due[due.length - 1]!.actual);
    this.drain(s);
    this.arm(s);
  }

  /** Takes an action subject to overlap: joins the buffer or counts as skipped. */
  enqueue(s: LiveSchedule, b: BufferedStart): void {
    const rec = s.rec;
    if (decideOverlap(b.overlap, this.alive(s).length, rec.buffer.length) === 'skip') {
      rec.overlapSkipped++;
      return;
    }
    rec.buffer.push(b);
    const st = state(rec);
    if (!b.manual && st.limitedActions) st.remainingActions = Math.max(0, Number(st.remainingActions ?? 0) - 1);
  }

  /** Starts buffered actions whose turn has come; CANCEL_OTHER/TERMINATE_OTHER stop what runs first. */
  drain(s: LiveSchedule): void {
    const rec = s.rec;
    while (rec.buffer.length) {
      const head = rec.buffer[0]!;
      const alive = this.alive(s);
      if (alive.length && head.overlap !== OverlapPolicy.ALLOW_ALL) {
        if (head.overlap === OverlapPolicy.TERMINATE_OTHER) {
          for (const r of alive) this.tryOp(() => terminateWorkflow(this.e, rec.namespace, { workflowExecution: { workflowId: r.workflowId }, reason: 'terminated by schedule overlap policy', identity: 'temporal-scheduler' }));
          // Terminated runs close at once; one that could not be terminated keeps the action waiting.
          if (!this.alive(s).length) continue;
        }
        if (head.overlap === OverlapPolicy.CANCEL_OTHER) {
          for (const r of alive) {
            const run = this.currentRun(rec.namespace, r.workflowId);
            if (run && !run.cancelRequested) this.tryOp(() => cancelWorkflow(this.e, rec.namespace, { workflowExecution: { workflowId: r.workflowId }, reason: 'canceled by schedule overlap policy', identity: 'temporal-scheduler' }));
          }
        }
        return;
      }
      rec.buffer.shift();
      this.start(s, head);
    }
  }

  /** Re-arms the schedule's timer at its next (jittered) spec time; none when the spec has no more times. */
  arm(s: LiveSchedule): void {
    const key = this.timerKey(s.rec);
    if (this.stopped) return;
    const next = nextAction(s.spec, seedOf(s.rec), s.rec.processedUntil);
    if (next === undefined) {
      this.e.clock.clear(key);
      return;
    }
    this.e.clock.set(key, next.actual, () => {
      if (this.live.get(scheduleKey(s.rec.namespace, s.rec.scheduleId)) !== s) return;
      this.evaluate(s);
      void this.persist(s).catch(() => undefined);
    });
  }

  /** Stops the schedule's timer (deleted schedules). */
  disarm(s: LiveSchedule): void {
    this.e.clock.clear(this.timerKey(s.rec));
  }

  /**
   * Workflows this schedule started that still run (following continue-as-new and retries by workflow id). The
   * ones found closed leave the list, their outcome kept for the next start.
   */
  alive(s: LiveSchedule): StartedRun[] {
    const still: StartedRun[] = [];
    for (const r of s.rec.running) {
      const run = this.currentRun(s.rec.namespace, r.workflowId);
      if (run?.state === 'running') still.push(r);
      else if (run && !r.allowAll) recordOutcome(s.rec, run);
    }
    s.rec.running = still;
    return still;
  }

  private start(s: LiveSchedule, b: BufferedStart): void {
    const rec = s.rec;
    const sw = (rec.schedule.action as Obj).startWorkflow as Obj;
    const requestId = `schedule:${rec.scheduleId}:${b.nominal}:${rec.actionCount}`;
    const allowAll = b.overlap === OverlapPolicy.ALLOW_ALL;
    // Temporal passes the previous outcome to every start except ALLOW_ALL ones (which may overlap anything).
    const carry = allowAll ? {} : { lastCompletionResult: rec.lastCompletionResult, continuedFailure: rec.continuedFailure };
    try {
      const req = startRequestFor(sw, rec.scheduleId, b.nominal, requestId);
      const runId = String(startWorkflow(this.e, rec.namespace, req, carry).runId);
      const workflowId = String(req.workflowId);
      rec.actionCount++;
      rec.running.push(allowAll ? { workflowId, runId, allowAll } : { workflowId, runId });
      rec.recentActions.push({ scheduleTime: b.actual, actualTime: this.e.clock.now(), workflowId, runId });
      if (rec.recentActions.length > RECENT_ACTIONS) rec.recentActions.splice(0, rec.recentActions.length - RECENT_ACTIONS);
      this.watch(s, workflowId);
    } catch (err) {
      // E.g. a workflow with that id still runs (two triggers in one second under ALLOW_ALL): Temporal skips too.
      if (!(err instanceof ServerError)) throw err;
      rec.overlapSkipped++;
      this.e.log.warn(`schedule ${rec.scheduleId}: start failed: ${err.message}`);
    }
  }

  /** Calls back when the workflow's current run changes; on close the buffer may move and pauseOnFailure applies. */
  private watch(s: LiveSchedule, workflowId: string): void {
    const run = this.currentRun(s.rec.namespace, workflowId);
    if (!run || run.state !== 'running' || this.stopped) return;
    let set = this.e.historyWaiters.get(run.runId);
    if (!set) this.e.historyWaiters.set(run.runId, (set = new Set()));
    // Woken inside the engine's commit: act right after it, in a unit of work of our own.
    set.add(() => queueMicrotask(() => this.onRunChanged(s, workflowId)));
  }

  private onRunChanged(s: LiveSchedule, workflowId: string): void {
    if (this.stopped || this.live.get(scheduleKey(s.rec.namespace, s.rec.scheduleId)) !== s) return;
    const run = this.currentRun(s.rec.namespace, workflowId);
    if (run?.state === 'running') return this.watch(s, workflowId);
    if (!s.rec.running.some((r) => r.workflowId === workflowId)) return;
    const policies = (s.rec.schedule.policies as Obj | undefined) ?? {};
    if (policies.pauseOnFailure && run && (run.state === 'failed' || run.state === 'timedOut')) {
      const st = state(s.rec);
      st.paused = true;
      st.notes = `Schedule paused due to workflow failure: ${workflowId}: ${run.state === 'failed' ? 'Failed' : 'TimedOut'}`;
    }
    this.alive(s);
    this.drain(s);
    void this.persist(s).catch(() => undefined);
  }

  private currentRun(namespace: string, workflowId: string) {
    const id = this.e.store.currentRunId(namespace, workflowId);
    return id ? this.e.store.getRun(id) : undefined;
  }

  private tryOp(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      if (!(err instanceof ServerError)) throw err;
    }
  }

  private timerKey(rec: ScheduleRecord): string {
    return `schedule:${rec.namespace}:${rec.scheduleId}`;
  }
}

/** The schedule's `state` message (created on demand). */
export function state(rec: ScheduleRecord): Obj {
  return ((rec.schedule.state as Obj | undefined) ??= {});
}

export function schedulePolicy(rec: ScheduleRecord): number {
  return effectivePolicy(((rec.schedule.policies as Obj | undefined) ?? {}).overlapPolicy);
}

export function catchupWindowMs(rec: ScheduleRecord): number {
  const ms = durMs(((rec.schedule.policies as Obj | undefined) ?? {}).catchupWindow as Obj);
  return ms ? Math.max(ms, MIN_CATCHUP_MS) : DEFAULT_CATCHUP_MS;
}
