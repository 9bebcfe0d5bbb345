import type { HistoryEvent } from '../engine/events';
import type { RunState } from '../engine/run-state';

/** What List/Count filter over: one row per run. */
export interface VisibilityRecord {
  namespace: string;
  workflowId: string;
  runId: string;
  workflowType: string;
  taskQueue: string;
  status: number;
  startTime: number;
  executionTime: number;
  closeTime: number;
  historyLength: number;
  parentWorkflowId?: string;
  parentRunId?: string;
  rootWorkflowId: string;
  rootRunId: string;
  firstRunId: string;
  memo: Record<string, unknown>;
  /** Search attribute payloads by name. */
  searchAttributes: Record<string, unknown>;
}

/** A task handed to matching after commit (a durable store keeps these as its transfer queue). */
export interface StoredTask {
  readonly namespace: string;
  readonly queueType: 'workflow' | 'activity';
  readonly queue: string;
  readonly kind: 'wft' | 'activity' | 'query';
  readonly runId: string;
  readonly ref: string;
  readonly attempt: number;
}

/**
 * A cross-run effect one run owes (Temporal's transfer task): recorded in the unit of work that owes it, carried out
 * after that commit in a unit of work that also records it done; a durable store keeps the owed ones and re-executes
 * them at start, so a crash between the two commits loses nothing. `id` is deterministic (one per owing event).
 */
export interface StoredTransfer {
  readonly id: string;
  /**
   * startChild: start the child initiated by event `eventId` of `runId`; childClosed: tell the parent (`target`) that
   * run `runId` closed (`eventId` = the parent's initiated event); signalExternal/cancelExternal: deliver the request
   * initiated by event `eventId` of `runId`; parentClose: apply the parent-close policy of child `eventId` of closed `runId`.
   */
  readonly kind: 'startChild' | 'childClosed' | 'signalExternal' | 'cancelExternal' | 'parentClose';
  /** The run that owes it. */
  readonly runId: string;
  readonly eventId: number;
  /** The execution it acts on (loaded ahead before it runs at start). */
  readonly target: { readonly namespace: string; readonly workflowId: string; readonly runId?: string };
}

/** A transfer owed (`transfer` set) or done (only `id`). */
export interface TransferOp {
  readonly id: string;
  readonly transfer?: StoredTransfer;
}

/**
 * Everything one RPC changed, committed atomically: new events per run, run records (new or updated), the
 * workflow-id → current-run pointers, visibility rows, tasks to dispatch and timers set (`at`) or cleared (no `at`).
 * A durable backend writes this in one transaction; on restart it re-arms timers and re-queues tasks from it.
 */
export interface CommitBatch {
  readonly events: ReadonlyMap<RunState, readonly HistoryEvent[]>;
  readonly runs: ReadonlySet<RunState>;
  readonly currentRuns: ReadonlyArray<{ namespace: string; workflowId: string; runId: string }>;
  readonly visibility: ReadonlyArray<VisibilityRecord>;
  readonly tasks: ReadonlyArray<StoredTask>;
  readonly timers: ReadonlyArray<{ readonly key: string; readonly at?: number }>;
  /** Cross-run effects owed or done, in call order (a durable store writes them in the same transaction). */
  readonly transfers?: ReadonlyArray<TransferOp>;
}

/**
 * Persistence behind the engine. Reads are synchronous against the store's working set (the engine is
 * single-threaded per process); `commit` is the only write.
 */
export interface ExecutionStore {
  /** What GetClusterInfo reports as its persistence and visibility store. */
  readonly kind: 'memory' | 'postgres';
  getRun(runId: string): RunState | undefined;
  currentRunId(namespace: string, workflowId: string): string | undefined;
  commit(batch: CommitBatch): void;
  /**
   * Visibility rows of a namespace, for List/Count matched in memory. A store that queries visibility itself
   * (`QueryableVisibilityStore`, e.g. PostgreSQL) leaves this out.
   */
  visibility?(namespace: string): Iterable<VisibilityRecord>;
}

/** A store whose commits become durable asynchronously: the RPC layer awaits `flush()` before answering. */
export interface DurableExecutionStore extends ExecutionStore {
  /** Resolves when every batch committed so far is durable; rejects if the backend failed. */
  flush(): Promise<void>;
  close(): Promise<void>;
}
