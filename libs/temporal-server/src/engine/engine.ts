import type { VirtualClock } from '../clock/virtual-clock';
import { notFound } from '../errors/server-error';
import { EventType, TaskQueueKind } from '../proto/enums.generated';
import { dur } from '../util/time';
import { protoType } from '../proto/proto-root';
import { Matching, type PollInfo } from '../matching/matching';
import type { NamespaceRegistry } from '../namespaces/namespace-registry';
import type { ExecutionStore } from '../store/execution-store';
import type { Logger } from '../util/logger';
import type { Obj } from './events';
import type { BufferedEvent, RunState } from './run-state';
import { UnitOfWork, type DispatchTask } from './unit-of-work';
import { visibilityRecordOf, visibilityStamp } from './visibility-record';

/** History size limits like Temporal's defaults. */
export const HISTORY_COUNT_WARN = 10_240;
export const HISTORY_COUNT_LIMIT = 51_200;
/** History size limits (bytes) like Temporal's defaults. */
export const HISTORY_SIZE_WARN = 10 * 1024 * 1024;
export const HISTORY_SIZE_LIMIT = 50 * 1024 * 1024;
/** Where Temporal starts suggesting continue-as-new (workflowInfo().continueAsNewSuggested). */
export const SUGGEST_CAN_EVENTS = 4_096;
export const SUGGEST_CAN_BYTES = 4 * 1024 * 1024;

const eventType = protoType('temporal.api.history.v1.HistoryEvent');

export interface EngineDeps {
  readonly clock: VirtualClock;
  readonly store: ExecutionStore;
  readonly namespaces: NamespaceRegistry;
  readonly log: Logger;
  readonly matchingPollTimeoutMs?: number;
}

/** Starts matched tasks; set by the engine facade (breaks the engine ↔ task-ops import cycle). */
export type Starters = Record<DispatchTask['kind'], (e: Engine, task: DispatchTask, poll: PollInfo) => object | null>;

/**
 * The engine core: the unit-of-work runner, run lookup, event emission with buffering, and the commit that
 * applies events, timers, locks, tasks and wake-ups together. Operations live in the `*.ops.ts` files.
 */
export class Engine {
  readonly clock: VirtualClock;
  readonly store: ExecutionStore;
  readonly namespaces: NamespaceRegistry;
  readonly log: Logger;
  readonly matching: Matching;
  /** Hooks run with the unit of work before commit (e.g. schedule a workflow task for runs that want one). */
  scheduleWft: (e: Engine, uow: UnitOfWork, run: RunState, speculative: boolean) => void = () => undefined;
  /** Deliver updates to idle runs in speculative workflow tasks (dropped from history when only rejected). */
  speculativeWorkflowTasks = true;
  /** In-process waiters (not persisted): history long polls, update and query callers. */
  readonly historyWaiters = new Map<string, Set<() => void>>();
  readonly updateWaiters = new Map<string, Set<() => void>>();
  readonly queryWaiters = new Map<string, { runId: string; query: Obj; resolve: (r: Obj) => void; delivered: boolean }>();
  readonly deadStickyQueues = new Set<string>();
  /** Answer RespondWorkflowTaskCompleted with the next task inline when the worker asks for it. */
  inlineWorkflowTasks = true;
  /** Start activities a completing worker asks to run eagerly and hand them back in its answer (saves a poll). */
  eagerActivities = true;

  constructor(deps: EngineDeps, starters: Starters) {
    this.clock = deps.clock;
    this.store = deps.store;
    this.namespaces = deps.namespaces;
    this.log = deps.log;
    this.matching = new Matching((task, poll) => starters[task.kind](this, task, poll), deps.matchingPollTimeoutMs, (err) => this.log.error('starting a task failed', err));
  }

  /** Runs `fn` in a fresh unit of work and commits it; nothing is applied if `fn` throws. */
  tx<T>(fn: (uow: UnitOfWork) => T): T {
    const uow = new UnitOfWork(this.clock.now());
    const result = fn(uow);
    this.commit(uow);
    return result;
  }

  /** The run or NOT_FOUND. */
  run(runId: string): RunState {
    const run = this.store.getRun(runId);
    if (!run) throw notFound(`workflow run ${runId} not found`);
    return run;
  }

  /** Resolves `{workflowId, runId?}` in a namespace: the given run, else the current run of the id. */
  resolve(namespace: string, execution: Obj | undefined): RunState {
    const workflowId = String(execution?.workflowId ?? '');
    const runId = String(execution?.runId ?? '');
    if (runId) {
      const run = this.store.getRun(runId);
      if (!run || run.namespace !== namespace || (workflowId && run.workflowId !== workflowId)) {
        throw notFound(`workflow execution not found for workflow ID "${workflowId}" and run ID "${runId}"`);
      }
      return run;
    }
    const current = this.store.currentRunId(namespace, workflowId);
    const run = current ? this.store.getRun(current) : undefined;
    if (!run) throw notFound(`workflow execution not found for workflow ID "${workflowId}"`);
    return run;
  }

  /** The open run or NOT_FOUND ("workflow execution already completed"). */
  resolveOpen(namespace: string, execution: Obj | undefined): RunState {
    const run = this.resolve(namespace, execution);
    if (run.state !== 'running') throw notFound('workflow execution already completed');
    return run;
  }

  /**
   * Emits an externally caused event: buffered while a workflow task is started, else appended now; either way
   * the run wants a workflow task.
   */
  emit(uow: UnitOfWork, run: RunState, ev: BufferedEvent): void {
    if (run.state !== 'running') return;
    uow.touch(run);
    if (run.wft.state === 'started') run.buffered.push(ev);
    else {
      if (run.wft.state === 'scheduled' && run.wft.speculative) this.persistSpeculative(uow, run);
      writeBuffered(uow, run, ev);
      uow.wantWft.add(run);
    }
  }

  /** A real event arrived for a run whose scheduled task was speculative: the task becomes an ordinary one. */
  persistSpeculative(uow: UnitOfWork, run: RunState): void {
    const w = run.wft;
    w.speculative = false;
    w.scheduledEventId = uow.append(run, EventType.WORKFLOW_TASK_SCHEDULED, {
      taskQueue: w.sticky ? { name: w.queue, kind: TaskQueueKind.STICKY, normalName: run.taskQueue } : { name: run.taskQueue, kind: TaskQueueKind.NORMAL },
      startToCloseTimeout: dur(run.workflowTaskTimeoutMs),
      attempt: w.attempt,
    }).eventId;
  }

  /** Writes buffered events (non-completions first, as Temporal does) after a task completes/fails/times out. */
  flushBuffered(uow: UnitOfWork, run: RunState): void {
    const b = run.buffered;
    if (!b.length) return;
    run.buffered = [];
    for (const ev of b) if (!ev.completion) writeBuffered(uow, run, ev);
    for (const ev of b) if (ev.completion) writeBuffered(uow, run, ev);
    uow.wantWft.add(run);
  }

  private commit(uow: UnitOfWork): void {
    {
      for (const run of uow.wantWft) {
        if (run.state === 'running' && run.wft.state === 'none' && !run.awaitingBackoff) {
          this.scheduleWft(this, uow, run, this.speculativeWorkflowTasks && uow.speculativeWft.has(run) && run.lastCompletedStartedId > 0);
        }
      }
      const lockDeltas: number[] = [];
      for (const [run, events] of uow.events) {
        const before = run.historySizeBytes;
        for (const ev of events) run.historySizeBytes += eventType.encode(ev).len;
        if (before < HISTORY_SIZE_WARN && run.historySizeBytes >= HISTORY_SIZE_WARN) this.log.warn(`history of ${run.workflowId}/${run.runId} passed ${HISTORY_SIZE_WARN} bytes`);
      }
      for (const run of uow.runs) {
        const want = run.state === 'running' ? desiredLocks(run) : 0;
        if (want !== run.locksHeld) {
          lockDeltas.push(want - run.locksHeld);
          run.locksHeld = want;
        }
        const count = run.nextEventId - 1;
        const added = uow.events.get(run)?.length ?? 0;
        if (count >= HISTORY_COUNT_WARN && count - added < HISTORY_COUNT_WARN) this.log.warn(`history of ${run.workflowId}/${run.runId} passed ${HISTORY_COUNT_WARN} events`);
        const stamp = visibilityStamp(run);
        if (run.visibilityStamp !== stamp) {
          run.visibilityStamp = stamp;
          uow.visibility.set(run.runId, visibilityRecordOf(run));
        }
      }
      this.store.commit({
        events: uow.events,
        runs: uow.runs,
        currentRuns: uow.currentRuns,
        visibility: [...uow.visibility.values()],
        tasks: uow.tasks,
        timers: uow.timerOps.map((t) => ({ key: t.key, at: t.at })),
        transfers: uow.transfers,
      });
      const up = lockDeltas.filter((d) => d > 0).reduce((a, b) => a + b, 0);
      this.clock.adjustLocks(up);
      for (const op of uow.timerOps) {
        if (op.fire) this.clock.set(op.key, op.at, op.fire);
        else this.clock.clear(op.key);
      }
      for (const t of uow.tasks) {
        if (t.kind === 'wft' && uow.inlineWft.size && [...uow.inlineWft].some((r) => r.runId === t.runId)) continue;
        this.matching.add(t);
      }
      for (const fn of uow.afterCommit) {
        // After-commit work (child starts, external signals, wake-ups) runs in its own unit of work; a failure there
        // must not fail the RPC whose changes are already committed.
        try {
          fn();
        } catch (err) {
          this.log.error('after-commit step failed', err);
        }
      }
      for (const run of uow.events.keys()) wake(this.historyWaiters, run.runId);
      this.clock.adjustLocks(lockDeltas.filter((d) => d < 0).reduce((a, b) => a + b, 0));
    }
  }
}

/** Locks a run holds in time-skipping mode: its workflow task, and each activity attempt in flight. */
export function desiredLocks(run: RunState): number {
  let n = run.wft.state === 'none' ? 0 : 1;
  for (const a of run.activities.values()) if (a.state === 'scheduled' || a.state === 'started') n++;
  return n;
}

function writeBuffered(uow: UnitOfWork, run: RunState, ev: BufferedEvent): void {
  let attrs = ev.attrs;
  if (ev.started) {
    const s = uow.append(run, ev.started.eventType, ev.started.attrs);
    attrs = { ...attrs, startedEventId: s.eventId };
  }
  uow.append(run, ev.eventType, attrs);
}

/** Calls and clears every waiter registered under `key`. */
export function wake(waiters: Map<string, Set<() => void>>, key: string): void {
  const set = waiters.get(key);
  if (!set) return;
  waiters.delete(key);
  for (const fn of set) fn();
}

/** Waits until `wake(key)` or `timeoutMs` or abort; resolves true if woken. */
export function waitFor(waiters: Map<string, Set<() => void>>, key: string, timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    let set = waiters.get(key);
    if (!set) waiters.set(key, (set = new Set()));
    const done = (woken: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      waiters.get(key)?.delete(fn);
      resolve(woken);
    };
    const fn = () => done(true);
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(false), timeoutMs);
    timer.unref?.();
    if (signal?.aborted) return done(false);
    signal?.addEventListener('abort', onAbort);
    set.add(fn);
  });
}
