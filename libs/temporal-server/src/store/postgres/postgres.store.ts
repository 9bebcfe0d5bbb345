import type { HistoryEvent } from '../../engine/events';
import type { RunState } from '../../engine/run-state';
import type { CommitBatch, ExecutionStore, StoredTask, VisibilityRecord } from '../execution-store';
import { decodeJson, encodeJson } from './json-codec';
import { MIGRATIONS } from './migrations';
import { connectPg, ident, type PgClient } from './pg-client';
import { parseTimerKey, taskKey, taskStillPending, timerStillArmed } from './validity';

type Stmt = readonly [text: string, params: unknown[]];

export interface PostgresStoreOptions {
  /** Schema holding the tables (created if missing), default `temporal`. */
  schema?: string;
  /** Called when a transaction fails (the store then refuses further flushes). */
  onError?: (err: Error) => void;
}

/** A persisted timer as found at start (re-armed by recovery). */
export interface PersistedTimer {
  readonly key: string;
  readonly runId: string;
  readonly at: number;
}

/**
 * PostgreSQL-backed ExecutionStore. The engine reads a synchronous working set (every run is loaded at start);
 * `commit` applies the batch to the working set and queues it as one transaction; `flush()` resolves once every
 * batch queued so far is committed (the RPC layer awaits it before answering). Batches queued while a transaction
 * is in flight are committed together (group commit), so each batch is still all-or-nothing.
 */
export class PostgresExecutionStore implements ExecutionStore {
  private readonly runs = new Map<string, RunState>();
  private readonly current = new Map<string, string>();
  private readonly vis = new Map<string, Map<string, VisibilityRecord>>();
  /** Persisted timers and tasks by run (mirrors the tables, used to prune stale rows). */
  private readonly timersByRun = new Map<string, Map<string, number>>();
  private readonly tasksByRun = new Map<string, Map<string, StoredTask>>();
  private readonly queue: Stmt[][] = [];
  private enqueued = 0;
  private committed = 0;
  private draining = false;
  private failure: Error | undefined;
  private waiters: Array<{ seq: number; resolve: () => void; reject: (e: Error) => void }> = [];
  private readonly s: string;

  private constructor(
    private readonly client: PgClient,
    schema: string,
    private readonly onError: (err: Error) => void,
  ) {
    this.s = ident(schema);
  }

  /** Connects, migrates the schema idempotently and loads the working set. */
  static async open(url: string, opts: PostgresStoreOptions = {}): Promise<PostgresExecutionStore> {
    const client = await connectPg(url, 'dondoc-temporal');
    client.on('error', (err) => opts.onError?.(err));
    const store = new PostgresExecutionStore(client, opts.schema ?? 'temporal', opts.onError ?? (() => undefined));
    try {
      await store.migrate();
      await store.load();
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    return store;
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

  private async load(): Promise<void> {
    const c = this.client;
    for (const r of (await c.query<{ data: object }>(`SELECT data FROM ${this.s}.runs`)).rows) {
      const run = decodeJson<RunState>(r.data);
      run.history = [];
      run.locksHeld = 0;
      this.runs.set(run.runId, run);
    }
    const events = await c.query<{ run_id: string; data: object }>(`SELECT run_id, data FROM ${this.s}.history_events ORDER BY run_id, event_id`);
    for (const r of events.rows) this.runs.get(r.run_id)?.history.push(decodeJson<HistoryEvent>(r.data));
    for (const r of (await c.query<{ namespace: string; workflow_id: string; run_id: string }>(`SELECT namespace, workflow_id, run_id FROM ${this.s}.current_runs`)).rows) {
      this.current.set(`${r.namespace}\0${r.workflow_id}`, r.run_id);
    }
    for (const r of (await c.query<{ data: object }>(`SELECT data FROM ${this.s}.visibility`)).rows) this.putVisibility(decodeJson<VisibilityRecord>(r.data));
    for (const r of (await c.query<{ key: string; run_id: string; due_at: string }>(`SELECT key, run_id, due_at FROM ${this.s}.timers ORDER BY due_at`)).rows) {
      this.byRun(this.timersByRun, r.run_id).set(r.key, Number(r.due_at));
    }
    const tasks = await c.query<{ run_id: string; kind: string; ref: string; namespace: string; queue_type: string; queue: string; attempt: number }>(`SELECT * FROM ${this.s}.tasks`);
    for (const r of tasks.rows) {
      const t: StoredTask = { namespace: r.namespace, queueType: r.queue_type as StoredTask['queueType'], queue: r.queue, kind: r.kind as StoredTask['kind'], runId: r.run_id, ref: r.ref, attempt: Number(r.attempt) };
      this.byRun(this.tasksByRun, t.runId).set(taskKey(t), t);
    }
  }

  getRun(runId: string): RunState | undefined {
    return this.runs.get(runId);
  }

  currentRunId(namespace: string, workflowId: string): string | undefined {
    return this.current.get(`${namespace}\0${workflowId}`);
  }

  visibility(namespace: string): Iterable<VisibilityRecord> {
    return this.vis.get(namespace)?.values() ?? [];
  }

  /** Every run of the working set. */
  allRuns(): Iterable<RunState> {
    return this.runs.values();
  }

  /** Timers persisted at start (recovery re-arms the ones still armed). */
  persistedTimers(): PersistedTimer[] {
    const out: PersistedTimer[] = [];
    for (const [runId, m] of this.timersByRun) for (const [key, at] of m) out.push({ key, runId, at });
    return out.sort((a, b) => a.at - b.at);
  }

  /** Tasks persisted at start. */
  persistedTasks(): StoredTask[] {
    return [...this.tasksByRun.values()].flatMap((m) => [...m.values()]);
  }

  commit(batch: CommitBatch): void {
    const s = this.s;
    const stmts: Stmt[] = [];
    const touched = new Set<RunState>(batch.runs);
    for (const run of batch.events.keys()) touched.add(run);
    for (const run of batch.runs) this.runs.set(run.runId, run);
    for (const [run, events] of batch.events) {
      if (!events.length) continue;
      for (const e of events) run.history.push(e);
      stmts.push([
        `INSERT INTO ${s}.history_events (run_id, event_id, data) SELECT $1, e, d FROM unnest($2::bigint[], $3::jsonb[]) AS t(e, d)`,
        [run.runId, events.map((e) => e.eventId), events.map((e) => encodeJson(e))],
      ]);
    }
    for (const run of touched) {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { history, ...rest } = run;
      stmts.push([
        `INSERT INTO ${s}.runs (run_id, namespace, workflow_id, state, data) VALUES ($1, $2, $3, $4, $5::jsonb)
         ON CONFLICT (run_id) DO UPDATE SET state = EXCLUDED.state, data = EXCLUDED.data, updated_at = now()`,
        [run.runId, run.namespace, run.workflowId, run.state, encodeJson(rest)],
      ]);
    }
    for (const c of batch.currentRuns) {
      this.current.set(`${c.namespace}\0${c.workflowId}`, c.runId);
      stmts.push([
        `INSERT INTO ${s}.current_runs (namespace, workflow_id, run_id) VALUES ($1, $2, $3) ON CONFLICT (namespace, workflow_id) DO UPDATE SET run_id = EXCLUDED.run_id`,
        [c.namespace, c.workflowId, c.runId],
      ]);
    }
    for (const v of batch.visibility) {
      this.putVisibility(v);
      stmts.push([
        `INSERT INTO ${s}.visibility (namespace, run_id, workflow_id, workflow_type, status, start_time, close_time, data) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
         ON CONFLICT (namespace, run_id) DO UPDATE SET status = EXCLUDED.status, close_time = EXCLUDED.close_time, data = EXCLUDED.data`,
        [v.namespace, v.runId, v.workflowId, v.workflowType, v.status, Math.round(v.startTime), Math.round(v.closeTime), encodeJson(v)],
      ]);
    }
    for (const t of batch.timers) {
      const k = parseTimerKey(t.key);
      if (!k) continue;
      if (t.at !== undefined) {
        this.byRun(this.timersByRun, k.runId).set(t.key, t.at);
        stmts.push([`INSERT INTO ${s}.timers (key, run_id, due_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET due_at = EXCLUDED.due_at`, [t.key, k.runId, Math.round(t.at)]]);
      } else if (this.timersByRun.get(k.runId)?.delete(t.key)) {
        stmts.push([`DELETE FROM ${s}.timers WHERE key = $1`, [t.key]]);
      }
    }
    for (const t of batch.tasks) {
      if (t.kind === 'query') continue;
      this.byRun(this.tasksByRun, t.runId).set(taskKey(t), t);
      stmts.push([
        `INSERT INTO ${s}.tasks (run_id, kind, ref, namespace, queue_type, queue, attempt) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (run_id, kind, ref) DO UPDATE SET queue = EXCLUDED.queue, queue_type = EXCLUDED.queue_type, attempt = EXCLUDED.attempt`,
        [t.runId, t.kind, t.ref, t.namespace, t.queueType, t.queue, t.attempt],
      ]);
    }
    // Fired, cleared or superseded timers and started tasks leave the tables in the same transaction.
    for (const run of touched) {
      const timers = this.timersByRun.get(run.runId);
      const stale = timers ? [...timers.keys()].filter((key) => !timerStillArmed(run, key)) : [];
      for (const key of stale) timers!.delete(key);
      if (stale.length) stmts.push([`DELETE FROM ${s}.timers WHERE key = ANY($1::text[])`, [stale]]);
      const tasks = this.tasksByRun.get(run.runId);
      const done = tasks ? [...tasks.entries()].filter(([, t]) => !taskStillPending(run, t)) : [];
      for (const [key, t] of done) {
        tasks!.delete(key);
        stmts.push([`DELETE FROM ${s}.tasks WHERE run_id = $1 AND kind = $2 AND ref = $3`, [t.runId, t.kind, t.ref]]);
      }
    }
    if (stmts.length) this.enqueue(stmts);
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
  }

  private enqueue(stmts: Stmt[]): void {
    this.queue.push(stmts);
    this.enqueued++;
    if (!this.draining) void this.drain();
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.length && !this.failure) {
        const group = this.queue.splice(0);
        const upTo = this.committed + group.length;
        try {
          await this.client.query('BEGIN');
          for (const stmts of group) for (const [text, params] of stmts) await this.client.query(text, params);
          await this.client.query('COMMIT');
        } catch (err) {
          await this.client.query('ROLLBACK').catch(() => undefined);
          this.failure = err instanceof Error ? err : new Error(String(err));
          this.onError(this.failure);
          for (const w of this.waiters.splice(0)) w.reject(this.failure);
          return;
        }
        this.committed = upTo;
        const ready = this.waiters.filter((w) => w.seq <= upTo);
        this.waiters = this.waiters.filter((w) => w.seq > upTo);
        for (const w of ready) w.resolve();
      }
    } finally {
      this.draining = false;
    }
  }

  private putVisibility(v: VisibilityRecord): void {
    let ns = this.vis.get(v.namespace);
    if (!ns) this.vis.set(v.namespace, (ns = new Map()));
    ns.set(v.runId, v);
  }

  private byRun<V>(m: Map<string, Map<string, V>>, runId: string): Map<string, V> {
    let inner = m.get(runId);
    if (!inner) m.set(runId, (inner = new Map()));
    return inner;
  }
}
