import type { StoredTask, TransferOp, VisibilityRecord } from '../store/execution-store';
import { makeEvent, type HistoryEvent, type Obj } from './events';
import type { ActivityInfo, RunState } from './run-state';

/**
 * A task for matching, enqueued after commit. `ref` — wft: task token seq at scheduling; activity:
 * scheduledEventId; query: query id.
 */
export type DispatchTask = StoredTask;

export interface TimerRequest {
  key: string;
  at: number;
  fire: () => void;
}

/**
 * The request-scoped transaction: one per RPC (or timer firing). Collects new events, touched runs, tasks to
 * dispatch, timers to set/clear and after-commit callbacks; the engine applies them together at commit.
 */
export class UnitOfWork {
  readonly events = new Map<RunState, HistoryEvent[]>();
  readonly runs = new Set<RunState>();
  readonly currentRuns: Array<{ namespace: string; workflowId: string; runId: string }> = [];
  readonly tasks: DispatchTask[] = [];
  /** Timer sets and clears in call order (a clear is a request without `fire`). */
  readonly timerOps: Array<TimerRequest | { key: string; at?: undefined; fire?: undefined }> = [];
  /** Runs that need a workflow task once this unit of work is done. */
  readonly wantWft = new Set<RunState>();
  /** Runs that want a workflow task only to deliver an update (candidates for a speculative task). */
  readonly speculativeWft = new Set<RunState>();
  readonly afterCommit: Array<() => void> = [];
  /** Cross-run effects recorded as owed or done in this unit of work (see transfers.ops.ts). */
  readonly transfers: TransferOp[] = [];
  /** Runs whose next workflow task is handed back inline (RespondWorkflowTaskCompleted.returnNewWorkflowTask), not queued. */
  readonly inlineWft = new Set<RunState>();
  /** Activity attempts started eagerly for the completing worker, answered in RespondWorkflowTaskCompletedResponse. */
  readonly eagerActivities: Array<{ run: RunState; activity: ActivityInfo }> = [];
  readonly visibility = new Map<string, VisibilityRecord>();

  constructor(readonly now: number) {}

  /** Appends an event to a run with the next id (written to the store at commit). */
  append(run: RunState, eventType: number, attrs: Obj): HistoryEvent {
    const e = makeEvent(run.nextEventId++, this.now, eventType, attrs);
    let list = this.events.get(run);
    if (!list) this.events.set(run, (list = []));
    list.push(e);
    this.runs.add(run);
    return e;
  }

  /** Appends a prebuilt event (a transient workflow-task event being made durable); its id must be the next one. */
  appendBuilt(run: RunState, e: HistoryEvent): void {
    run.nextEventId = e.eventId + 1;
    let list = this.events.get(run);
    if (!list) this.events.set(run, (list = []));
    list.push(e);
    this.runs.add(run);
  }

  touch(run: RunState): void {
    this.runs.add(run);
  }

  dispatch(task: DispatchTask): void {
    this.tasks.push(task);
  }

  setTimer(key: string, at: number, fire: () => void): void {
    this.timerOps.push({ key, at, fire });
  }

  clearTimer(key: string): void {
    this.timerOps.push({ key });
  }

  after(fn: () => void): void {
    this.afterCommit.push(fn);
  }

  /** Events of `run` appended in this unit of work so far. */
  pending(run: RunState): readonly HistoryEvent[] {
    return this.events.get(run) ?? [];
  }
}
