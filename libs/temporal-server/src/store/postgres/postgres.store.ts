import { attrsOf, type HistoryEvent } from '../../engine/events';
import type { RunState } from '../../engine/run-state';
import type { VisibilityQuery } from '../../visibility/query';
import type { QueryableVisibilityStore, VisibilityCount, VisibilityPage } from '../../visibility/visibility-store';
import type { CommitBatch, ExecutionStore, StoredTask, StoredTransfer } from '../execution-store';
import { CommitPlan } from './commit-plan';
import { decodeJson, encodeJson } from './json-codec';
import { MIGRATIONS } from './migrations';
import { connectPg, ident, type PgClient, type PgQueryResult } from './pg-client';
import { SyncReader } from './sync-reader';
import { pendingTransfersQuery, transferOf, transferStatements } from './transfers';
import { parseTimerKey, taskKey, taskStillPending, timerStillArmed } from './validity';
import { backfillVisibility, PostgresVisibilityReader, visibilityRowParams } from './visibility-reader';

/** A run row with its history and its timer and task rows, as {@link runSelect} returns it. */
interface RunRow {
  run_id: string;
  data: object;
  events: object[];
  timers: Array<[string, number]>;
  tasks: Array<{ run_id: string; kind: string; ref: string; namespace: string; queue_type: string; queue: string; attempt: number }>;
}

/** Idle runs kept in memory by default (least recently used leave first). */
export const DEFAULT_RESIDENT_RUNS = 1000;
/** Runs looked at per eviction pass at most. */
const EVICTION_SCAN = 1_000;
/** Runs read per query when loading ahead. */
const LOAD_BATCH = 500;

export interface PostgresStoreOptions {
  /** Schema holding the tables (created if missing), default `temporal`. */
  schema?: string;
  /** Called when a transaction fails (the store then refuses further flushes; the server exits so recovery runs). */
  onError?: (err: Error) => void;
  /** How many idle runs stay in memory (default {@link DEFAULT_RESIDENT_RUNS}); busy runs always stay. */
  residentRuns?: number;
}

/** A persisted timer as found at start (re-armed by recovery). */
export interface PersistedTimer {
  readonly key: string;
  readonly runId: string;
  readonly at: number;
}

/**
 * PostgreSQL-backed ExecutionStore. The engine reads a synchronous working set: a bounded set of resident runs (with
 * their history), least recently used first out; a run leaves only when nothing in memory refers to it and its
 * changes are committed (see {@link evictable}). Callers preload what they will touch ({@link ensureResident},
 * {@link prefetch}); a miss is read through synchronously. `commit` applies the batch to the working set and queues
 * it as one transaction; `flush()` resolves once every batch queued so far is committed (the RPC layer awaits it
 * before answering). Batches queued while a transaction is in flight are committed together (group commit), so
 * each batch is still all-or-nothing.
 */
export class PostgresExecutionStore implements ExecutionStore, QueryableVisibilityStore {
  readonly kind = 'postgres';
  /** Resident runs in least-recently-used order (oldest first). */
  private readonly runs = new Map<string, RunState>();
  /** Current-run pointers known in memory; `null` = known to have none. */
  private readonly current = new Map<string, string | null>();
  /**
   * Pointer reads in flight, each with the keys it asked for and those dropped from `current` meanwhile. A read never
   * overwrites a known pointer (a commit's is newer), and it skips a key dropped while it ran: that pointer may have
   * been set by a commit and evicted since, and the older read would install what the commit replaced.
   */
  private readonly pointerReads = new Set<{ keys: ReadonlySet<string>; dropped: Set<string> }>();
  /** List/Count in SQL, on a connection of its own (set by `open`). */
  private vis!: PostgresVisibilityReader;
  /** Persisted timers and tasks of resident runs (mirror the tables, used to prune stale rows). */
  private readonly timersByRun = new Map<string, Map<string, number>>();
  private readonly tasksByRun = new Map<string, Map<string, StoredTask>>();
  /** Sequence number of the last batch that changed a run (it may not leave memory before that batch commits). */
  private readonly dirty = new Map<string, number>();
  /** Runs being loaded ahead; `stale` when the run was loaded or evicted meanwhile (the answer is then dropped). */
  private readonly loading = new Map<string, { stale: boolean; done: Promise<void> }>();
  /** Whether something outside the run state still refers to a run (waiters, clock); set by the server. */
  isPinned: (run: RunState) => boolean = () => false;
  private readonly residentCap: number;
  private evictionQueued = false;
  private currentSweepAt: number;
  private readChain: Promise<void> = Promise.resolve();
  /** The writes of the batches committed since the last transaction started, merged (see commit-plan.ts). */
  private plan = new CommitPlan();
  private enqueued = 0;
  private committed = 0;
  private draining = false;
  private failure: Error | undefined;
  private waiters: Array<{ seq: number; resolve: () => void; reject: (e: Error) => void }> = [];
  private readonly s: string;

  private constructor(
    private readonly client: PgClient,
    /** Second connection for loads, so reads never queue behind (or inside) a commit transaction. */
    private readonly reader: PgClient,
    private readonly sync: SyncReader,
    schema: string,
    private readonly onError: (err: Error) => void,
    residentRuns: number,
  ) {
    this.s = ident(schema);
    this.residentCap = residentRuns;
    this.currentSweepAt = 2 * residentRuns + 1000;
  }

  /** Connects, migrates the schema idempotently and loads the working set. */
  static async open(url: string, opts: PostgresStoreOptions = {}): Promise<PostgresExecutionStore> {
    const client = await connectPg(url, 'dondoc-temporal');
    client.on('error', (err) => opts.onError?.(err));
    let reader: PgClient | undefined;
    let sync: SyncReader | undefined;
    try {
      reader = await connectPg(url, 'dondoc-temporal-loader');
      reader.on('error', (err) => opts.onError?.(err));
      sync = new SyncReader(url);
      const store = new PostgresExecutionStore(client, reader, sync, opts.schema ?? 'temporal', opts.onError ?? (() => undefined), opts.residentRuns ?? DEFAULT_RESIDENT_RUNS);
      await store.migrate();
      await backfillVisibility(client, store.s);
      store.vis = new PostgresVisibilityReader(url, store.s);
      await store.load();
      return store;
    } catch (err) {
      await client.end().catch(() => undefined);
      await reader?.end().catch(() => undefined);
      await sync?.close().catch(() => undefined);
      throw err;
    }
  }

  private async migrate(): Promise<void> {
    const c = this.client;
    await c.query('BEGIN');
    try {
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`dondoc-temporal:${this.s}`]);
      await c.query(`CREATE SCHEMA IF NOT EXISTS ${this.s}`);
      await c.query(`CREATE TABLE IF NOT EXISTS ${this.s}.schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const done = new Set((await c.query<{ version: number }>(`SELECT version FROM ${this.s}.schema_migrations`)).rows.map((r) => Number(r.version)));
      for (const m of MIGRATIONS) {
        if (done.has(m.version)) continue;
        await c.query(m.sql.split('{schema}').join(this.s));
        await c.query(`INSERT INTO ${this.s}.schema_migrations (version, name) VALUES ($1, $2)`, [m.version, m.name]);
      }
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    }
  }

  /**
   * What a restart needs in memory: the runs with tasks waiting for a poller (recovery re-queues them). Idle runs,
   * their histories and their timers stay in the tables (the timer loop reads timers as they come due).
   */
  private async load(): Promise<void> {
    const c = this.client;
    const withTasks = await c.query<{ run_id: string }>(`SELECT DISTINCT run_id FROM ${this.s}.tasks`);
    await this.ensureResident(withTasks.rows.map((r) => r.run_id));
  }

  /** A run and everything the store keeps with it; `WHERE` on `r` is appended by the caller. */
  private runSelect(): string {
    const s = this.s;
    return `SELECT r.run_id, r.data,
      COALESCE((SELECT jsonb_agg(h.data ORDER BY h.event_id) FROM ${s}.history_events h WHERE h.run_id = r.run_id), '[]'::jsonb) AS events,
      COALESCE((SELECT jsonb_agg(jsonb_build_array(t.key, t.due_at)) FROM ${s}.timers t WHERE t.run_id = r.run_id), '[]'::jsonb) AS timers,
      COALESCE((SELECT jsonb_agg(to_jsonb(k)) FROM ${s}.tasks k WHERE k.run_id = r.run_id), '[]'::jsonb) AS tasks
      FROM ${s}.runs r`;
  }

  /** A query on the loader connection, one at a time (pg no longer wants callers to queue on a busy client). */
  private read<R>(text: string, params: unknown[]): Promise<PgQueryResult<R>> {
    const res = this.readChain.then(() => this.reader.query<R>(text, params));
    this.readChain = res.then(
      () => undefined,
      () => undefined,
    );
    return res;
  }

  /** The run, from the working set or read through from the tables (a closed run too). */
  getRun(runId: string): RunState | undefined {
    const run = this.runs.get(runId);
    if (run) {
      // Most recently used goes last.
      this.runs.delete(runId);
      this.runs.set(runId, run);
      return run;
    }
    const row = this.sync.query<RunRow>(`${this.runSelect()} WHERE r.run_id = $1`, [runId])[0];
    if (!row) return undefined;
    this.scheduleEviction();
    return this.install(row);
  }

  currentRunId(namespace: string, workflowId: string): string | undefined {
    const k = `${namespace}\0${workflowId}`;
    const known = this.current.get(k);
    if (known !== undefined) return known ?? undefined;
    const row = this.sync.query<{ run_id: string }>(`SELECT run_id FROM ${this.s}.current_runs WHERE namespace = $1 AND workflow_id = $2`, [namespace, workflowId])[0];
    this.current.set(k, row?.run_id ?? null);
    return row?.run_id;
  }

  /** Loads the runs not in memory yet (with history, timer and task rows) in a few queries. */
  async ensureResident(runIds: Iterable<string>): Promise<void> {
    const want: string[] = [];
    const pending: Array<Promise<void>> = [];
    for (const id of new Set(runIds)) {
      if (this.runs.has(id)) continue;
      const l = this.loading.get(id);
      if (l) pending.push(l.done);
      else want.push(id);
    }
    for (let i = 0; i < want.length; i += LOAD_BATCH) {
      const ids = want.slice(i, i + LOAD_BATCH);
      const entries = new Map<string, { stale: boolean; done: Promise<void> }>();
      const done = this.read<RunRow>(`${this.runSelect()} WHERE r.run_id = ANY($1::text[])`, [ids]).then((res) => {
        const rows = new Map(res.rows.map((r) => [r.run_id, r]));
        for (const [id, entry] of entries) {
          if (this.loading.get(id) === entry) this.loading.delete(id);
          const row = rows.get(id);
          // Loaded synchronously or evicted meanwhile: this answer may be older than the working set.
          if (row && !entry.stale && !this.runs.has(id)) this.install(row);
        }
      });
      for (const id of ids) {
        const entry = { stale: false, done };
        entries.set(id, entry);
        this.loading.set(id, entry);
      }
      pending.push(done);
    }
    await Promise.all(pending);
    this.scheduleEviction();
  }

  /** Loads ahead what a request names: current-run pointers of workflow ids and the runs (see prefetch.ts). */
  async prefetch(namespace: string, workflowIds: readonly string[], runIds: readonly string[]): Promise<void> {
    const ids = [...runIds];
    const unknown = [...new Set(workflowIds)].filter((w) => !this.current.has(`${namespace}\0${w}`));
    if (unknown.length) {
      const read = { keys: new Set(unknown.map((w) => `${namespace}\0${w}`)), dropped: new Set<string>() };
      this.pointerReads.add(read);
      let res: PgQueryResult<{ workflow_id: string; run_id: string }>;
      try {
        res = await this.read<{ workflow_id: string; run_id: string }>(`SELECT workflow_id, run_id FROM ${this.s}.current_runs WHERE namespace = $1 AND workflow_id = ANY($2::text[])`, [namespace, unknown]);
      } finally {
        this.pointerReads.delete(read);
      }
      const found = new Map(res.rows.map((r) => [r.workflow_id, r.run_id]));
      for (const w of unknown) {
        const k = `${namespace}\0${w}`;
        if (!this.current.has(k) && !read.dropped.has(k)) this.current.set(k, found.get(w) ?? null);
      }
      ids.push(...found.values());
    }
    for (const w of workflowIds) {
      const id = this.current.get(`${namespace}\0${w}`);
      if (id) ids.push(id);
    }
    if (ids.length) await this.ensureResident(ids);
  }

  /** The run if it is in memory (no read, no change to the eviction order). */
  peekRun(runId: string): RunState | undefined {
    return this.runs.get(runId);
  }

  /** The current run of a workflow id if the pointer is in memory (no read). */
  knownCurrentRunId(namespace: string, workflowId: string): string | undefined {
    return this.current.get(`${namespace}\0${workflowId}`) ?? undefined;
  }

  /** Number of runs in memory (for tests and the benchmark). */
  get residentCount(): number {
    return this.runs.size;
  }

  /** Timers after `after` (in (due, key) order) due before `before`, at most `limit`, from the `timers_due_key_idx` index. */
  async dueTimers(after: { at: number; key: string }, before: number, limit: number): Promise<PersistedTimer[]> {
    const res = await this.read<{ key: string; run_id: string; due_at: string }>(
      `SELECT key, run_id, due_at FROM ${this.s}.timers WHERE (due_at, key) > ($1::bigint, $2::text) AND due_at < $3::bigint ORDER BY due_at, key LIMIT $4`,
      [Math.max(-1, Math.floor(after.at)), after.key, Math.min(Number.MAX_SAFE_INTEGER, Math.ceil(before)), limit],
    );
    return res.rows.map((r) => ({ key: r.key, runId: r.run_id, at: Number(r.due_at) }));
  }

  private install(row: RunRow): RunState {
    const run = decodeJson<RunState>(row.data);
    run.history = row.events.map((e) => decodeJson<HistoryEvent>(e));
    run.started ??= run.history[0] ? attrsOf(run.history[0]) : {};
    run.locksHeld = 0;
    const loading = this.loading.get(run.runId);
    if (loading) loading.stale = true;
    this.runs.set(run.runId, run);
    this.timersByRun.set(run.runId, new Map(row.timers.map(([key, at]) => [key, Number(at)])));
    const tasks = new Map<string, StoredTask>();
    for (const r of row.tasks) {
      const t: StoredTask = { namespace: r.namespace, queueType: r.queue_type as StoredTask['queueType'], queue: r.queue, kind: r.kind as StoredTask['kind'], runId: r.run_id, ref: r.ref, attempt: Number(r.attempt) };
      tasks.set(taskKey(t), t);
    }
    this.tasksByRun.set(run.runId, tasks);
    return run;
  }

  /**
   * Whether a run may leave memory: its changes are committed and nothing refers to it — no workflow task or
   * activity attempt in flight or queued, no update or query waiting, no time-skipping lock, no waiter or timer of
   * the server's ({@link isPinned}).
   */
  private evictable(run: RunState): boolean {
    const d = this.dirty.get(run.runId);
    if (d !== undefined) {
      if (d > this.committed) return false;
      this.dirty.delete(run.runId);
    }
    if (run.locksHeld > 0 || run.wft.state !== 'none' || run.buffered.length || run.pendingQueries.size) return false;
    for (const a of run.activities.values()) if (a.state === 'scheduled' || a.state === 'started') return false;
    for (const u of run.updates.values()) if (u.state === 'admitted' || u.state === 'requested' || u.state === 'accepted') return false;
    return !this.isPinned(run);
  }

  /** Evicts once the current synchronous step is over (never in the middle of a unit of work). */
  private scheduleEviction(): void {
    if (this.evictionQueued || this.runs.size <= this.residentCap) return;
    this.evictionQueued = true;
    setImmediate(() => {
      this.evictionQueued = false;
      this.evictIdle();
    });
  }

  /** Drops idle runs beyond the cap, least recently used first; busy ones move to the back of the line. */
  private evictIdle(): void {
    // Bounded work per call: with many busy runs (e.g. tasks waiting for a worker) each call rotates a slice of them.
    let budget = Math.min(this.runs.size, EVICTION_SCAN);
    for (const [id, run] of this.runs) {
      if (this.runs.size <= this.residentCap || budget-- <= 0) break;
      this.runs.delete(id);
      if (this.evictable(run)) this.forget(run);
      else this.runs.set(id, run);
    }
    // Pointers of runs no longer in memory are read again when needed (swept when the map doubled: amortised O(1)).
    if (this.current.size > this.currentSweepAt) {
      for (const [k, id] of this.current) if (id === null || !this.runs.has(id)) this.dropPointer(k);
      this.currentSweepAt = Math.max(2 * this.residentCap + 1000, 2 * this.current.size);
    }
  }

  private forget(run: RunState): void {
    this.timersByRun.delete(run.runId);
    this.tasksByRun.delete(run.runId);
    this.dirty.delete(run.runId);
    const loading = this.loading.get(run.runId);
    if (loading) loading.stale = true;
    const k = `${run.namespace}\0${run.workflowId}`;
    if (this.current.get(k) === run.runId) this.dropPointer(k);
  }

  private dropPointer(k: string): void {
    this.current.delete(k);
    for (const read of this.pointerReads) if (read.keys.has(k)) read.dropped.add(k);
  }

  /** List in SQL, after every batch committed so far is durable (what the engine has done is visible). */
  async listVisibility(namespace: string, query: VisibilityQuery, pageSize: number, pageToken?: Uint8Array): Promise<VisibilityPage> {
    await this.flush();
    return this.vis.list(namespace, query, pageSize, pageToken);
  }

  /** Count in SQL, after every batch committed so far is durable. */
  async countVisibility(namespace: string, query: VisibilityQuery): Promise<VisibilityCount> {
    await this.flush();
    return this.vis.count(namespace, query);
  }

  /** Task rows of the runs in memory (at start: every task row; recovery re-queues them). */
  persistedTasks(): StoredTask[] {
    return [...this.tasksByRun.values()].flatMap((m) => [...m.values()]);
  }

  commit(batch: CommitBatch): void {
    // Every write goes into the open plan, merged per table with what earlier batches of the same group wrote.
    const plan = this.plan;
    let writes = false;
    const touched = new Set<RunState>(batch.runs);
    for (const run of batch.events.keys()) touched.add(run);
    for (const run of touched) {
      if (this.runs.has(run.runId)) continue;
      // A new run: nothing persisted yet.
      this.runs.set(run.runId, run);
      this.timersByRun.set(run.runId, new Map());
      this.tasksByRun.set(run.runId, new Map());
    }
    for (const [run, events] of batch.events) {
      for (const e of events) {
        run.history.push(e);
        plan.event(run.runId, e.eventId, encodeJson(e));
        writes = true;
      }
    }
    for (const run of touched) {
      // The history has its own table, and `started` is its first event's attributes (rebuilt by `install`): written
      // with every change of the run, it would be most of the row.
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { history, started, ...rest } = run;
      plan.run({ runId: run.runId, namespace: run.namespace, workflowId: run.workflowId, state: run.state, data: encodeJson(rest) });
      writes = true;
    }
    for (const c of batch.currentRuns) {
      this.current.set(`${c.namespace}\0${c.workflowId}`, c.runId);
      plan.currentRun(c.namespace, c.workflowId, c.runId);
      writes = true;
    }
    for (const v of batch.visibility) {
      plan.visibilityRow(visibilityRowParams(v));
      writes = true;
    }
    for (const t of batch.timers) {
      const k = parseTimerKey(t.key);
      if (!k) continue;
      if (t.at !== undefined) {
        this.mirror(this.timersByRun, k.runId).set(t.key, t.at);
        plan.setTimer(t.key, k.runId, t.at);
        writes = true;
      } else if (this.timersByRun.get(k.runId)?.delete(t.key) ?? true) {
        plan.clearTimer(t.key);
        writes = true;
      }
    }
    for (const t of batch.tasks) {
      if (t.kind === 'query') continue;
      this.mirror(this.tasksByRun, t.runId).set(taskKey(t), t);
      plan.setTask(t);
      writes = true;
    }
    // Fired, cleared or superseded timers and started tasks leave the tables in the same transaction.
    for (const run of touched) {
      const timers = this.timersByRun.get(run.runId);
      const stale = timers ? [...timers.keys()].filter((key) => !timerStillArmed(run, key)) : [];
      for (const key of stale) {
        timers!.delete(key);
        plan.clearTimer(key);
        writes = true;
      }
      const tasks = this.tasksByRun.get(run.runId);
      const done = tasks ? [...tasks.entries()].filter(([, t]) => !taskStillPending(run, t)) : [];
      for (const [key, t] of done) {
        tasks!.delete(key);
        plan.clearTask(t);
        writes = true;
      }
    }
    // Owed cross-run effects (transfers.ts): written in order after the merged writes, in the same transaction.
    for (const [text, params] of transferStatements(this.s, batch.transfers)) {
      plan.raw(text, params);
      writes = true;
    }
    if (!writes) return;
    this.enqueue();
    for (const run of touched) this.dirty.set(run.runId, this.enqueued);
    for (const t of batch.timers) {
      const runId = parseTimerKey(t.key)?.runId;
      if (runId && this.runs.has(runId)) this.dirty.set(runId, this.enqueued);
    }
  }

  /** Resolves once every batch committed so far is durable; rejects if a transaction failed. */
  flush(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.committed >= this.enqueued) return Promise.resolve();
    const seq = this.enqueued;
    return new Promise((resolve, reject) => this.waiters.push({ seq, resolve, reject }));
  }

  /** Flushes and disconnects. */
  async close(): Promise<void> {
    await this.flush().catch(() => undefined);
    await this.client.end().catch(() => undefined);
    await this.reader.end().catch(() => undefined);
    await this.sync.close().catch(() => undefined);
    await this.vis?.close();
  }

  private enqueue(): void {
    this.plan.batches++;
    this.enqueued++;
    if (!this.draining) void this.drain();
  }

  /**
   * Commits the open plan as one transaction while batches keep arriving (group commit): the merged writes are one
   * statement (atomic on its own); raw statements of the plan, if any, join it inside `BEGIN … COMMIT`.
   */
  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.plan.batches && !this.failure) {
        const plan = this.plan;
        this.plan = new CommitPlan();
        const upTo = this.committed + plan.batches;
        const stmts = plan.statements(this.s);
        const wrap = stmts.length > 1;
        try {
          if (wrap) await this.client.query('BEGIN');
          for (const [text, params] of stmts) await this.client.query(text, params);
          if (wrap) await this.client.query('COMMIT');
        } catch (err) {
          if (wrap) await this.client.query('ROLLBACK').catch(() => undefined);
          this.failure = err instanceof Error ? err : new Error(String(err));
          this.onError(this.failure);
          for (const w of this.waiters.splice(0)) w.reject(this.failure);
          return;
        }
        this.committed = upTo;
        const ready = this.waiters.filter((w) => w.seq <= upTo);
        this.waiters = this.waiters.filter((w) => w.seq > upTo);
        for (const w of ready) w.resolve();
        this.evictIdle();
      }
    } finally {
      this.draining = false;
    }
  }

  /** Cross-run effects still owed (at start: what recovery re-executes), oldest first. */
  async pendingTransfers(): Promise<StoredTransfer[]> {
    return (await this.read<{ data: unknown }>(pendingTransfersQuery(this.s), [])).rows.map(transferOf);
  }

  /** The mirror of a run's rows (runs in a batch are resident, so it exists; a fresh one otherwise). */
  private mirror<V>(m: Map<string, Map<string, V>>, runId: string): Map<string, V> {
    let inner = m.get(runId);
    if (!inner) m.set(runId, (inner = new Map()));
    return inner;
  }
}
