// List/Count pushed down to SQL on the durable store: the same answers as the in-memory matcher, keyset pages that
// stay stable while workflows start, and index use for the common filters on a few thousand rows.
import { randomBytes } from 'node:crypto';
import { encodeJson } from '../../libs/temporal-server/src/store/postgres/json-codec';
import { MIGRATIONS } from '../../libs/temporal-server/src/store/postgres/migrations';
import { PostgresExecutionStore } from '../../libs/temporal-server/src/store/postgres/postgres.store';
import { listStatement } from '../../libs/temporal-server/src/store/postgres/visibility-reader';
import type { CommitBatch, VisibilityRecord } from '../../libs/temporal-server/src/store/execution-store';
import { toQueryRecord } from '../../libs/temporal-server/src/visibility/list-workflows';
import {
  compareByOrder,
  groupValuesOf,
  matchesQuery,
  parseVisibilityQuery,
  type SearchAttributeType,
  type VisibilityQuery,
} from '../../libs/temporal-server/src/visibility/query';
import { TEST_POSTGRES_URL_ENV } from '../../libs/testing/src/postgres/test-postgres.env';

jest.setTimeout(120_000);

interface Pg {
  connect(): Promise<void>;
  query(q: string, p?: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
  end(): Promise<void>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Client: PgClient } = require('pg') as { Client: new (o: { connectionString: string }) => Pg };

const ATTRIBUTES = new Map<string, SearchAttributeType>([
  ['Unit', 'Keyword'],
  ['Title', 'Text'],
  ['Priority', 'Int'],
  ['Amount', 'Double'],
  ['Urgent', 'Bool'],
  ['DueAt', 'Datetime'],
  ['Tags', 'KeywordList'],
]);
const T0 = Date.UTC(2026, 0, 5, 1, 0, 0);
const UNITS = ['Văn phòng', 'Tài chính', 'VHXH', 'Địa chính'];
const TITLES = ['Kế hoạch phòng chống thiên tai', 'Báo cáo 6 tháng', 'Kế hoạch chuyển đổi số năm 2026'];
const TAGS = [['a'], ['a', 'b'], [], ['c', 'b']];

/** A json/plain payload with the typed SDK's `type` metadata. */
function payload(value: unknown, type: SearchAttributeType): object {
  return {
    metadata: { encoding: Buffer.from('json/plain'), type: Buffer.from(type) },
    data: Buffer.from(JSON.stringify(value)),
  };
}

/** A deterministic pseudo-random stream (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` visibility rows of varied shapes: ties on start time, running and closed, attributes present or absent. */
function records(namespace: string, n: number, seed: number, prefix = 'wf'): VisibilityRecord[] {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const startTime = T0 + Math.floor(r() * 40) * 60_000; // many runs share a start minute
    const status = r() < 0.3 ? 1 : 2 + Math.floor(r() * 6);
    const executionTime = r() < 0.2 ? startTime + 5_000 : startTime;
    const sa: Record<string, unknown> = {};
    if (r() < 0.8) sa.Unit = payload(pick(UNITS), 'Keyword');
    if (r() < 0.7) sa.Title = payload(pick(TITLES), 'Text');
    if (r() < 0.8) sa.Priority = payload(Math.floor(r() * 10), 'Int');
    if (r() < 0.5) sa.Amount = payload(Math.round(r() * 1000) / 4, 'Double');
    if (r() < 0.6) sa.Urgent = payload(r() < 0.5, 'Bool');
    if (r() < 0.7) sa.DueAt = payload(new Date(T0 + Math.floor(r() * 90) * 86_400_000).toISOString(), 'Datetime');
    if (r() < 0.7) sa.Tags = payload(pick(TAGS), 'KeywordList');
    const runId = `${prefix}-run-${String(i).padStart(5, '0')}-${Math.floor(r() * 1e6)}`;
    return {
      namespace,
      workflowId: `${prefix}-${i % 50}`,
      runId,
      workflowType: pick(['PlanWorkflow', 'TaskWorkflow', 'ReportWorkflow']),
      taskQueue: pick(['plans', 'tasks']),
      status,
      startTime,
      executionTime,
      closeTime: status === 1 ? 0 : executionTime + Math.floor(r() * 7200) * 1000,
      historyLength: 2 + Math.floor(r() * 40),
      parentWorkflowId: r() < 0.2 ? `${prefix}-parent` : undefined,
      parentRunId: undefined,
      rootWorkflowId: `${prefix}-${i % 50}`,
      rootRunId: runId,
      firstRunId: runId,
      memo: {},
      searchAttributes: sa,
    };
  });
}

function batchOf(visibility: VisibilityRecord[]): CommitBatch {
  return { events: new Map(), runs: new Set(), currentRuns: [], visibility, tasks: [], timers: [] };
}

const parse = (text: string): VisibilityQuery => parseVisibilityQuery(text, ATTRIBUTES);

describe('visibility in SQL (PostgreSQL store)', () => {
  const dbName = `temporal_vis_${process.pid}_${randomBytes(3).toString('hex')}`;
  const adminUrl = process.env[TEST_POSTGRES_URL_ENV]!;
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  const dbUrl = u.toString();
  let store: PostgresExecutionStore;
  let pg: Pg;
  const rows = records('vis', 400, 7);

  async function admin(q: string): Promise<void> {
    const c = new PgClient({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(q);
    } finally {
      await c.end();
    }
  }

  /** Every run id a query lists, page by page. */
  async function listAll(namespace: string, query: VisibilityQuery, pageSize: number): Promise<string[]> {
    const out: string[] = [];
    let token: Uint8Array | undefined;
    do {
      const page = await store.listVisibility(namespace, query, pageSize, token);
      out.push(...page.records.map((r) => r.runId));
      token = page.nextPageToken;
    } while (token);
    return out;
  }

  beforeAll(async () => {
    await admin(`CREATE DATABASE "${dbName}"`);
    store = await PostgresExecutionStore.open(dbUrl);
    pg = new PgClient({ connectionString: dbUrl });
    await pg.connect();
    store.commit(batchOf(rows));
    await store.flush();
  });

  afterAll(async () => {
    await pg?.end();
    await store?.close();
    await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  });

  const QUERIES = [
    '',
    "WorkflowType = 'PlanWorkflow'",
    "WorkflowType != 'PlanWorkflow' ORDER BY StartTime ASC",
    "WorkflowId = 'wf-3'",
    "WorkflowId IN ('wf-1', 'wf-2', 'nope')",
    "WorkflowId STARTS_WITH 'wf-1'",
    "WorkflowId NOT STARTS_WITH 'wf-1'",
    "WorkflowId > 'wf-3' AND WorkflowId <= 'wf-45'",
    "ExecutionStatus = 'Running'",
    "ExecutionStatus != 'Running' ORDER BY CloseTime DESC",
    "ExecutionStatus IN ('Completed', 'Failed', 'TimedOut')",
    "ExecutionStatus NOT IN ('Completed')",
    "StartTime BETWEEN '2026-01-05T01:10:00Z' AND '2026-01-05T01:20:00Z'",
    "StartTime NOT BETWEEN '2026-01-05T01:10:00Z' AND '2026-01-05T01:20:00Z'",
    "CloseTime > '2026-01-05T02:00:00Z'",
    'CloseTime IS NULL',
    'CloseTime IS NOT NULL ORDER BY CloseTime ASC',
    "ExecutionTime > '2026-01-05T01:30:00Z'",
    "ExecutionDuration > '1h'",
    'HistoryLength >= 20 ORDER BY HistoryLength DESC',
    "TaskQueue = 'plans' AND ParentWorkflowId IS NOT NULL",
    'ParentWorkflowId IS NULL',
    "Unit = 'Văn phòng'",
    "Unit != 'Văn phòng'",
    "Unit IN ('VHXH', 'Tài chính') ORDER BY Unit ASC",
    "Unit STARTS_WITH 'T'",
    "Unit > 'V'",
    'Unit IS NULL',
    "Title = 'kế hoạch'",
    "Title = 'Báo cáo'",
    "Title != 'năm 2026'",
    "Title = 'thiên tai' OR Title = 'tháng'",
    'Priority > 5',
    'Priority >= 3 AND Priority < 7 ORDER BY Priority DESC',
    'Priority BETWEEN 2 AND 4',
    'Priority NOT BETWEEN 2 AND 4',
    'Priority IN (1, 9)',
    'Priority NOT IN (1, 9)',
    'Priority != 0',
    'Priority = 5',
    'Amount <= 100.25 ORDER BY Amount ASC',
    'Amount = 0.25',
    'Urgent = true',
    'Urgent != true',
    'Urgent IS NOT NULL ORDER BY Urgent DESC',
    "DueAt < '2026-02-01T00:00:00Z'",
    "DueAt BETWEEN '2026-02-01T00:00:00Z' AND '2026-03-01T00:00:00Z' ORDER BY DueAt ASC",
    "DueAt >= '2026-03-01T00:00:00Z' OR Priority = 9",
    "Tags = 'b'",
    "Tags != 'a'",
    "Tags IN ('c', 'z')",
    "Tags NOT IN ('a')",
    "Tags STARTS_WITH 'c'",
    'Tags IS NULL',
    'Tags IS NOT NULL ORDER BY StartTime ASC',
    "(WorkflowType = 'TaskWorkflow' OR Unit = 'VHXH') AND (ExecutionStatus = 'Running' OR Priority > 7)",
    "ExecutionStatus = 'Running' ORDER BY WorkflowId ASC, StartTime DESC",
  ];

  it.each(QUERIES)('lists what the in-memory matcher lists, in its order: %j', async (text) => {
    const q = parse(text);
    const expected = rows
      .map(toQueryRecord)
      .filter((r) => matchesQuery(q, r))
      .sort(compareByOrder(q))
      .map((r) => r.runId);
    expect(await listAll('vis', q, 37)).toEqual(expected);
    expect((await store.countVisibility('vis', q)).count).toBe(expected.length);
  });

  it('counts with GROUP BY ExecutionStatus like the in-memory matcher', async () => {
    for (const text of ["GROUP BY ExecutionStatus", "WorkflowType = 'PlanWorkflow' GROUP BY ExecutionStatus"]) {
      const q = parse(text);
      const expected = new Map<string, number>();
      for (const r of rows.map(toQueryRecord).filter((x) => matchesQuery(q, x))) {
        const key = JSON.stringify(groupValuesOf(q, r));
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
      const c = await store.countVisibility('vis', q);
      expect(new Map(c.groups.map((g) => [JSON.stringify(g.values), g.count]))).toEqual(expected);
      expect(c.count).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    }
  });

  it('keeps other namespaces out', async () => {
    expect((await store.countVisibility('elsewhere', parse(''))).count).toBe(0);
  });

  it('pages by key: workflows started or closed while paging never repeat or shift a page', async () => {
    const ns = 'paging';
    const initial = records(ns, 60, 11, 'p').map((r) => ({ ...r, status: 1, closeTime: 0 }));
    store.commit(batchOf(initial));
    await store.flush();
    const q = parse('');
    const expected = initial.map(toQueryRecord).sort(compareByOrder(q)).map((r) => r.runId);
    const seen: string[] = [];
    let token: Uint8Array | undefined;
    let round = 0;
    do {
      const page = await store.listVisibility(ns, q, 7, token);
      seen.push(...page.records.map((r) => r.runId));
      token = page.nextPageToken;
      // Meanwhile: new runs start (later start times sort before the cursor in the default order).
      const fresh = records(ns, 3, 100 + round, `new${round}`).map((r) => ({
        ...r,
        status: 1,
        closeTime: 0,
        startTime: T0 + 86_400_000 + round,
      }));
      store.commit(batchOf(fresh));
      await store.flush();
      round++;
    } while (token);
    expect(seen).toEqual(expected);
    expect(round).toBe(Math.ceil(60 / 7));
    expect((await store.countVisibility(ns, q)).count).toBe(60 + 3 * round);
  });

  it('rejects a page token that is not its own', async () => {
    await expect(store.listVisibility('vis', parse(''), 5, Buffer.from('10'))).rejects.toThrow(/invalid next page token/);
  });

  it('upgrades rows written before the SQL columns existed (migration 20 and the search-attribute backfill)', async () => {
    const schema = 'temporal_upgrade';
    const first = MIGRATIONS.find((m) => m.version === 1)!;
    await pg.query(`CREATE SCHEMA ${schema}`);
    await pg.query(
      `CREATE TABLE ${schema}.schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    await pg.query(first.sql.split('{schema}').join(schema));
    await pg.query(`INSERT INTO ${schema}.schema_migrations (version, name) VALUES (1, $1)`, [first.name]);
    const old = records('old', 120, 31, 'old');
    for (const v of old) {
      // The statement of the store before migration 20.
      await pg.query(
        `INSERT INTO ${schema}.visibility (namespace, run_id, workflow_id, workflow_type, status, start_time, close_time, data) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
        [v.namespace, v.runId, v.workflowId, v.workflowType, v.status, Math.round(v.startTime), Math.round(v.closeTime), encodeJson(v)],
      );
    }
    const upgraded = await PostgresExecutionStore.open(dbUrl, { schema });
    try {
      for (const text of ['', "Unit = 'VHXH' ORDER BY StartTime ASC", 'Priority > 4', "Tags = 'b' AND CloseTime IS NULL", 'ParentWorkflowId IS NOT NULL']) {
        const q = parse(text);
        const expected = old.map(toQueryRecord).filter((r) => matchesQuery(q, r)).sort(compareByOrder(q)).map((r) => r.runId);
        expect(expected.length).toBeGreaterThan(0); // every query finds old rows (so a missed backfill shows)
        const page = await upgraded.listVisibility('old', q, 1000);
        expect({ text, runs: page.records.map((r) => r.runId) }).toEqual({ text, runs: expected });
      }
    } finally {
      await upgraded.close();
    }
  });

  it('uses an index for the common filters on a few thousand rows', async () => {
    const ns = 'big';
    const big = records(ns, 4000, 21, 'big');
    for (let i = 0; i < big.length; i += 500) store.commit(batchOf(big.slice(i, i + 500)));
    await store.flush();
    await pg.query('ANALYZE temporal.visibility');
    await pg.query('ANALYZE temporal.visibility_ranges');
    const plans: Record<string, string> = {};
    for (const text of [
      "WorkflowType = 'PlanWorkflow' AND StartTime > '2026-01-05T01:38:00Z'",
      "WorkflowId = 'big-7'",
      "ExecutionStatus = 'Running' AND StartTime > '2026-01-05T01:35:00Z'",
      "StartTime BETWEEN '2026-01-05T01:10:00Z' AND '2026-01-05T01:11:00Z'",
      "CloseTime > '2026-01-05T03:00:00Z'",
      "Unit = 'Địa chính' AND Priority = 3",
      'Priority > 8 AND Amount < 1',
      "DueAt BETWEEN '2026-01-05T00:00:00Z' AND '2026-01-07T00:00:00Z'",
      '',
    ]) {
      const st = listStatement('temporal', ns, parse(text), 100);
      const plan = (await pg.query(`EXPLAIN ${st.text}`, [...st.params])).rows.map((r) => String(r['QUERY PLAN'])).join('\n');
      plans[text] = plan;
    }
    for (const [text, plan] of Object.entries(plans)) {
      const good = /Index (Only )?Scan|Bitmap Index Scan/.test(plan) && !/Seq Scan on visibility\b/.test(plan);
      // The plan is shown only when it is not the expected kind.
      expect({ text, plan: good ? 'uses an index' : plan }).toEqual({ text, plan: 'uses an index' });
    }
  });
});
