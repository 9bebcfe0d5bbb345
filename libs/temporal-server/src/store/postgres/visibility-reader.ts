import { decodePayload } from '../../visibility/payload-values';
import type { VisibilityQuery } from '../../visibility/query';
import type { VisibilityCount, VisibilityPage } from '../../visibility/visibility-store';
import type { VisibilityRecord } from '../execution-store';
import { decodeJson, encodeJson } from './json-codec';
import type { PgClient, PgQueryResult } from './pg-client';
import {
  afterSql,
  decodePageToken,
  encodePageToken,
  orderBySql,
  searchAttributeColumn,
  sortKeys,
  SqlParams,
  whereSql,
  type KeyValue,
  type SortKey,
} from './visibility-sql';

/** The slice of `pg.Pool` the reader uses. */
interface PgPool {
  query<R>(text: string, params?: unknown[]): Promise<PgQueryResult<R>>;
  end(): Promise<void>;
  on(event: 'error', fn: (err: Error) => void): void;
}

/** Concurrent List/Count RPCs share this many connections. */
const READ_CONNECTIONS = 2;

/**
 * List/Count in SQL over `{schema}.visibility`. Reads use connections of their own (the store's connection is
 * inside group-commit transactions), opened on first use.
 */
export class PostgresVisibilityReader {
  private pool: PgPool | undefined;

  constructor(
    private readonly url: string,
    /** Quoted schema name. */
    private readonly s: string,
  ) {}

  async list(namespace: string, query: VisibilityQuery, pageSize: number, pageToken?: Uint8Array): Promise<VisibilityPage> {
    const st = listStatement(this.s, namespace, query, pageSize, pageToken);
    const rows = (await this.query<Record<string, unknown> & { data: object }>(st.text, st.params)).rows;
    const page = rows.slice(0, pageSize);
    const last = page[page.length - 1];
    return {
      records: page.map((r) => decodeJson<VisibilityRecord>(r.data)),
      nextPageToken:
        rows.length > pageSize && last ? encodePageToken(st.keys.map((_, i) => (last[`k${i}`] ?? null) as KeyValue)) : undefined,
    };
  }

  async count(namespace: string, query: VisibilityQuery): Promise<VisibilityCount> {
    const st = countStatement(this.s, namespace, query);
    const rows = (await this.query<Record<string, unknown> & { n: number }>(st.text, st.params)).rows;
    if (!query.groupBy.length) return { count: rows[0]?.n ?? 0, groups: [] };
    const groups = rows.map((row) => ({ values: query.groupBy.map((_, i) => (row[`g${i}`] ?? null) as KeyValue), count: row.n }));
    return { count: groups.reduce((sum, g) => sum + g.count, 0), groups };
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.end().catch(() => undefined);
  }

  private query<R>(text: string, params: readonly unknown[]): Promise<PgQueryResult<R>> {
    if (!this.pool) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const pg = require('pg') as { Pool: new (cfg: { connectionString: string; application_name: string; max: number }) => PgPool };
      this.pool = new pg.Pool({ connectionString: this.url, application_name: 'dondoc-temporal-visibility', max: READ_CONNECTIONS });
      // An idle connection that drops is replaced on the next query (its RPC fails alone); the store's commit
      // connection, not this one, decides whether the server can go on.
      this.pool.on('error', () => undefined);
    }
    return this.pool.query<R>(text, [...params]);
  }
}

/** A statement with its parameters. */
export interface Statement {
  readonly text: string;
  readonly params: readonly unknown[];
}

/**
 * One List page: rows after the page token in the query's order, one more than `pageSize` (to know whether a next
 * page exists); each row has `data` and its sort key as `k0…kn` (see `keys`).
 */
export function listStatement(
  s: string,
  namespace: string,
  query: VisibilityQuery,
  pageSize: number,
  pageToken?: Uint8Array,
): Statement & { keys: SortKey[] } {
  const keys = sortKeys(query);
  const p = new SqlParams();
  let where = whereSql(namespace, query, p, `${s}.visibility_ranges`);
  if (pageToken) where += ` AND ${afterSql(keys, decodePageToken(pageToken, keys.length), p)}`;
  const limit = p.add(pageSize + 1);
  const text =
    `SELECT data, ${keys.map((k, i) => `${k.sql} AS k${i}`).join(', ')} FROM ${s}.visibility ` +
    `WHERE ${where} ORDER BY ${orderBySql(keys)} LIMIT ${limit}`;
  return { text, params: p.values, keys };
}

/** Count (`n`), or with GROUP BY one row per group (`g0…gn`, `n`), largest first. */
export function countStatement(s: string, namespace: string, query: VisibilityQuery): Statement {
  const p = new SqlParams();
  const where = whereSql(namespace, query, p, `${s}.visibility_ranges`);
  if (!query.groupBy.length) return { text: `SELECT count(*)::int AS n FROM ${s}.visibility WHERE ${where}`, params: p.values };
  const groupKeys = query.groupBy.map((attribute) => sortKeys({ filter: null, orderBy: [{ attribute, direction: 'asc' }], groupBy: [] })[0]!);
  const cols = groupKeys.map((k, i) => `${k.sql} AS g${i}`).join(', ');
  const text =
    `SELECT ${cols}, count(*)::int AS n FROM ${s}.visibility WHERE ${where} ` +
    `GROUP BY ${groupKeys.map((_, i) => i + 1).join(', ')} ORDER BY n DESC`;
  return { text, params: p.values };
}

/** A run's search attributes decoded from their payloads. */
function decodedSearchAttributes(v: VisibilityRecord): Record<string, unknown> {
  const decoded: Record<string, unknown> = {};
  for (const [k, payload] of Object.entries(v.searchAttributes)) decoded[k] = decodePayload(payload);
  return decoded;
}

/**
 * Fills `search_attributes` of rows written before migration 20 (their payloads are only in `data`); runs once per
 * schema, recorded as version 21 in `schema_migrations`.
 */
export async function backfillVisibility(c: PgClient, s: string): Promise<void> {
  const marked = async (): Promise<boolean> =>
    (await c.query(`SELECT 1 FROM ${s}.schema_migrations WHERE version = 21`)).rows.length > 0;
  if (await marked()) return;
  await c.query('BEGIN');
  try {
    await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`dondoc-temporal:${s}`]);
    if (!(await marked())) {
      const rows = await c.query<{ namespace: string; run_id: string; data: object }>(
        `SELECT namespace, run_id, data FROM ${s}.visibility WHERE data->'searchAttributes' <> '{}'::jsonb`,
      );
      for (const r of rows.rows) {
        const column = searchAttributeColumn(decodedSearchAttributes(decodeJson<VisibilityRecord>(r.data)));
        await c.query(`UPDATE ${s}.visibility SET search_attributes = $3::jsonb WHERE namespace = $1 AND run_id = $2`, [
          r.namespace,
          r.run_id,
          JSON.stringify(column),
        ]);
      }
      await c.query(`INSERT INTO ${s}.schema_migrations (version, name) VALUES (21, 'visibility-search-attributes-backfill')`);
    }
    await c.query('COMMIT');
  } catch (err) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/** Parameters of the visibility upsert (`$1`…`$14`, see {@link VISIBILITY_UPSERT}). */
export function visibilityRowParams(v: VisibilityRecord): unknown[] {
  return [
    v.namespace,
    v.runId,
    v.workflowId,
    v.workflowType,
    v.status,
    v.startTime,
    v.closeTime || null,
    encodeJson(v),
    v.taskQueue,
    v.executionTime ?? null,
    v.historyLength,
    v.parentWorkflowId ?? null,
    v.rootWorkflowId ?? null,
    JSON.stringify(searchAttributeColumn(decodedSearchAttributes(v))),
  ];
}

/** Upsert of one visibility row (`{schema}` replaced by the store); parameters from {@link visibilityRowParams}. */
export const VISIBILITY_UPSERT = `INSERT INTO {schema}.visibility (namespace, run_id, workflow_id, workflow_type, status, start_time, close_time, data,
  task_queue, execution_time, history_length, parent_workflow_id, root_workflow_id, search_attributes)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, $13, $14::jsonb)
ON CONFLICT (namespace, run_id) DO UPDATE SET status = EXCLUDED.status, close_time = EXCLUDED.close_time, data = EXCLUDED.data,
  execution_time = EXCLUDED.execution_time, history_length = EXCLUDED.history_length, search_attributes = EXCLUDED.search_attributes`;
