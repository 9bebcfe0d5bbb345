/**
 * The writes of a commit group (the batches queued while the previous transaction was in flight), merged per table
 * and sent as ONE statement: a data-modifying CTE per table, each a multi-row `unnest` of parameter arrays. Rows
 * keyed by a primary key keep only their last state in the group (a later batch overrides an earlier one; a timer
 * set then cleared ends deleted, cleared then set ends upserted), so no statement touches a row twice. History
 * events are append-only: inserted in the order they were committed (a duplicate still fails the whole group).
 * A statement outside a transaction block is atomic, so the group stays all-or-nothing in one round trip; statements
 * added with {@link CommitPlan.raw} run after it in the same transaction (`BEGIN … COMMIT`).
 */
export type Stmt = readonly [text: string, params: unknown[]];

export interface RunRowWrite {
  runId: string;
  namespace: string;
  workflowId: string;
  state: string;
  /** The run record as JSON text (history excluded). */
  data: string;
}

export interface TaskRowWrite {
  runId: string;
  kind: string;
  ref: string;
  namespace: string;
  queueType: string;
  queue: string;
  attempt: number;
}

/** Visibility row parameters in the order of `visibilityRowParams` (`$1`…`$14` of `VISIBILITY_UPSERT`). */
export type VisibilityRowParams = readonly unknown[];

export class CommitPlan {
  /** Batches merged into this plan. */
  batches = 0;
  private readonly events: Array<[runId: string, eventId: number, data: string]> = [];
  private readonly runs = new Map<string, RunRowWrite>();
  private readonly current = new Map<string, [namespace: string, workflowId: string, runId: string]>();
  private readonly visibility = new Map<string, VisibilityRowParams>();
  /** Timer key → due time (upsert) or `null` (delete); the last write of the group wins. */
  private readonly timers = new Map<string, { runId: string; at: number } | null>();
  /** Task key → row to upsert or to delete; the last write of the group wins. */
  private readonly tasks = new Map<string, { row: Pick<TaskRowWrite, 'runId' | 'kind' | 'ref'> & Partial<TaskRowWrite>; keep: boolean }>();
  private readonly extra: Stmt[] = [];

  get empty(): boolean {
    return !this.events.length && !this.runs.size && !this.current.size && !this.visibility.size && !this.timers.size && !this.tasks.size && !this.extra.length;
  }

  event(runId: string, eventId: number, data: string): void {
    this.events.push([runId, eventId, data]);
  }

  run(row: RunRowWrite): void {
    this.runs.set(row.runId, row);
  }

  currentRun(namespace: string, workflowId: string, runId: string): void {
    this.current.set(`${namespace}\0${workflowId}`, [namespace, workflowId, runId]);
  }

  visibilityRow(params: VisibilityRowParams): void {
    this.visibility.set(`${String(params[0])}\0${String(params[1])}`, params);
  }

  setTimer(key: string, runId: string, at: number): void {
    this.timers.set(key, { runId, at });
  }

  clearTimer(key: string): void {
    this.timers.set(key, null);
  }

  setTask(t: TaskRowWrite): void {
    this.tasks.set(taskRowKey(t), { row: t, keep: true });
  }

  clearTask(t: Pick<TaskRowWrite, 'runId' | 'kind' | 'ref'>): void {
    this.tasks.set(taskRowKey(t), { row: t, keep: false });
  }

  /** A statement of its own, run after the merged table writes in the same transaction, in the order added. */
  raw(text: string, params: unknown[]): void {
    this.extra.push([text, params]);
  }

  /**
   * The statements of the transaction: the merged writes as one statement, then the raw ones. When there are raw
   * statements the caller wraps them in `BEGIN … COMMIT`; a single statement is its own transaction.
   */
  statements(schema: string, visibilityColumns: VisibilityColumns = VISIBILITY_COLUMNS): Stmt[] {
    const s = schema;
    const params: unknown[] = [];
    /**
     * The rows of one parameter per column, zipped: `ROWS FROM (unnest($n::type[]), …)`. A jsonb column whose values
     * are all JSON texts is sent as ONE JSON array spliced from them (`jsonb_array_elements`), not as a text[] literal:
     * that would escape every quote of every document on the way out and parse an array literal on the way in.
     */
    const unnest = (...cols: Array<[values: unknown[], type: string]>): string =>
      `ROWS FROM (${cols
        .map(([values, type]) => {
          if (type === 'jsonb' && values.every((v) => typeof v === 'string')) {
            params.push(`[${values.join(',')}]`);
            return `jsonb_array_elements($${params.length}::jsonb)`;
          }
          params.push(values);
          return `unnest($${params.length}::${type}[])`;
        })
        .join(', ')})`;
    const ctes: string[] = [];
    if (this.events.length) {
      const ev = this.events;
      ctes.push(
        `INSERT INTO ${s}.history_events (run_id, event_id, data)
         SELECT r, e, d FROM ${unnest([col(ev, 0), 'text'], [col(ev, 1), 'bigint'], [col(ev, 2), 'jsonb'])} WITH ORDINALITY AS t(r, e, d, n) ORDER BY n`,
      );
    }
    if (this.runs.size) {
      const rows = [...this.runs.values()];
      const cols: Array<[unknown[], string]> = [
        [rows.map((r) => r.runId), 'text'],
        [rows.map((r) => r.namespace), 'text'],
        [rows.map((r) => r.workflowId), 'text'],
        [rows.map((r) => r.state), 'text'],
        [rows.map((r) => r.data), 'jsonb'],
      ];
      ctes.push(
        `INSERT INTO ${s}.runs (run_id, namespace, workflow_id, state, data) SELECT * FROM ${unnest(...cols)}
         ON CONFLICT (run_id) DO UPDATE SET state = EXCLUDED.state, data = EXCLUDED.data, updated_at = now()`,
      );
    }
    if (this.current.size) {
      const rows = [...this.current.values()];
      ctes.push(
        `INSERT INTO ${s}.current_runs (namespace, workflow_id, run_id) SELECT * FROM ${unnest([col(rows, 0), 'text'], [col(rows, 1), 'text'], [col(rows, 2), 'text'])}
         ON CONFLICT (namespace, workflow_id) DO UPDATE SET run_id = EXCLUDED.run_id`,
      );
    }
    if (this.visibility.size) {
      const rows = [...this.visibility.values()];
      const cols = visibilityColumns.map(([, type], i): [unknown[], string] => [col(rows, i), type]);
      ctes.push(
        `INSERT INTO ${s}.visibility (${visibilityColumns.map(([name]) => name).join(', ')}) SELECT * FROM ${unnest(...cols)}
         ON CONFLICT (namespace, run_id) DO UPDATE SET status = EXCLUDED.status, close_time = EXCLUDED.close_time, data = EXCLUDED.data,
         execution_time = EXCLUDED.execution_time, history_length = EXCLUDED.history_length, search_attributes = EXCLUDED.search_attributes`,
      );
    }
    const timerSet: Array<[string, string, number]> = [];
    const timerGone: string[] = [];
    for (const [key, t] of this.timers) {
      if (t) timerSet.push([key, t.runId, Math.round(t.at)]);
      else timerGone.push(key);
    }
    if (timerSet.length) {
      ctes.push(
        `INSERT INTO ${s}.timers (key, run_id, due_at) SELECT * FROM ${unnest([col(timerSet, 0), 'text'], [col(timerSet, 1), 'text'], [col(timerSet, 2), 'bigint'])}
         ON CONFLICT (key) DO UPDATE SET due_at = EXCLUDED.due_at`,
      );
    }
    if (timerGone.length) {
      params.push(timerGone);
      ctes.push(`DELETE FROM ${s}.timers WHERE key = ANY($${params.length}::text[])`);
    }
    const taskSet: TaskRowWrite[] = [];
    const taskGone: Array<Pick<TaskRowWrite, 'runId' | 'kind' | 'ref'>> = [];
    for (const { row, keep } of this.tasks.values()) {
      if (keep) taskSet.push(row as TaskRowWrite);
      else taskGone.push(row);
    }
    if (taskSet.length) {
      const cols: Array<[unknown[], string]> = [
        [taskSet.map((t) => t.runId), 'text'],
        [taskSet.map((t) => t.kind), 'text'],
        [taskSet.map((t) => t.ref), 'text'],
        [taskSet.map((t) => t.namespace), 'text'],
        [taskSet.map((t) => t.queueType), 'text'],
        [taskSet.map((t) => t.queue), 'text'],
        [taskSet.map((t) => t.attempt), 'integer'],
      ];
      ctes.push(
        `INSERT INTO ${s}.tasks (run_id, kind, ref, namespace, queue_type, queue, attempt) SELECT * FROM ${unnest(...cols)}
         ON CONFLICT (run_id, kind, ref) DO UPDATE SET queue = EXCLUDED.queue, queue_type = EXCLUDED.queue_type, attempt = EXCLUDED.attempt`,
      );
    }
    if (taskGone.length) {
      const cols: Array<[unknown[], string]> = [
        [taskGone.map((t) => t.runId), 'text'],
        [taskGone.map((t) => t.kind), 'text'],
        [taskGone.map((t) => t.ref), 'text'],
      ];
      ctes.push(`DELETE FROM ${s}.tasks k USING ${unnest(...cols)} AS d(r, k, f) WHERE k.run_id = d.r AND k.kind = d.k AND k.ref = d.f`);
    }
    const out: Stmt[] = [];
    if (ctes.length === 1) out.push([ctes[0]!, params]);
    else if (ctes.length) out.push([`WITH ${ctes.map((c, i) => `w${i} AS (${c})`).join(',\n')}\nSELECT 1`, params]);
    out.push(...this.extra);
    return out;
  }
}

/** Columns of the visibility upsert with their array element types, in `visibilityRowParams` order. */
export type VisibilityColumns = ReadonlyArray<readonly [name: string, type: string]>;
export const VISIBILITY_COLUMNS: VisibilityColumns = [
  ['namespace', 'text'],
  ['run_id', 'text'],
  ['workflow_id', 'text'],
  ['workflow_type', 'text'],
  ['status', 'integer'],
  ['start_time', 'double precision'],
  ['close_time', 'double precision'],
  ['data', 'jsonb'],
  ['task_queue', 'text'],
  ['execution_time', 'double precision'],
  ['history_length', 'bigint'],
  ['parent_workflow_id', 'text'],
  ['root_workflow_id', 'text'],
  ['search_attributes', 'jsonb'],
];

function taskRowKey(t: Pick<TaskRowWrite, 'runId' | 'kind' | 'ref'>): string {
  return `${t.runId}\0${t.kind}\0${t.ref}`;
}

function col<T extends readonly unknown[], I extends number>(rows: readonly T[], i: I): Array<T[I]> {
  return rows.map((r) => r[i]);
}
