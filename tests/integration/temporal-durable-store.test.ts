// Durable store (PostgreSQL) in process: idempotent schema, one transaction per RPC, state and current-run pointers
// recovered by a second server on the same database, stale task rows removed when the run closes.
import { Client, Connection, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { startTemporalServer, type TemporalServerHandle } from '@dondoc/temporal-server';
import { PostgresExecutionStore } from '../../libs/temporal-server/src/store/postgres/postgres.store';
import { randomBytes } from 'node:crypto';
import { TEST_POSTGRES_URL_ENV } from '../../libs/testing/src/postgres/test-postgres.env';

jest.setTimeout(120_000);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Client: PgClient } = require('pg') as { Client: new (o: { connectionString: string }) => { connect(): Promise<void>; query(q: string, p?: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>; end(): Promise<void> } };

describe('durable store (PostgreSQL) in process', () => {
  const dbName = `temporal_store_${process.pid}_${randomBytes(3).toString('hex')}`;
  const adminUrl = process.env[TEST_POSTGRES_URL_ENV]!;
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  const dbUrl = u.toString();

  async function sql(url: string, q: string, p?: unknown[]): Promise<Array<Record<string, unknown>>> {
    const c = new PgClient({ connectionString: url });
    await c.connect();
    try {
      return (await c.query(q, p)).rows;
    } finally {
      await c.end();
    }
  }
  const count = async (table: string) => Number((await sql(dbUrl, `SELECT count(*)::int AS n FROM temporal.${table}`))[0]!.n);

  beforeAll(() => sql(adminUrl, `CREATE DATABASE "${dbName}"`));
  afterAll(() => sql(adminUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));

  it('creates its schema idempotently with the indexes it needs', async () => {
    await (await PostgresExecutionStore.open(dbUrl)).close();
    await (await PostgresExecutionStore.open(dbUrl)).close();
    expect(await sql(dbUrl, 'SELECT version FROM temporal.schema_migrations')).toEqual([{ version: 1 }]);
    const idx = (await sql(dbUrl, `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'temporal'`)).map((r) => String(r.indexdef));
    expect(idx.some((d) => /timers.*\(due_at\)/.test(d))).toBe(true);
    expect(idx.some((d) => /visibility.*\(namespace, start_time DESC\)/.test(d))).toBe(true);
    expect(idx.some((d) => /visibility.*\(namespace, close_time DESC\)/.test(d))).toBe(true);
    expect(idx.some((d) => /current_runs.*\(namespace, workflow_id\)/.test(d))).toBe(true);
  });

  it('commits each RPC before answering and recovers runs, pointers and tasks on restart', async () => {
    let server: TemporalServerHandle = await startTemporalServer({ port: 0, dbUrl });
    let connection = await Connection.connect({ address: server.address });
    try {
      const client = new Client({ connection });
      const h = await client.workflow.start('noWorkerHere', { taskQueue: 'durable-store-q', workflowId: 'durable-store-wf', workflowRunTimeout: '1 hour' });
      // The answer came after the commit: the rows are there already.
      expect(await count('runs')).toBe(1);
      expect(await count('history_events')).toBe(2);
      expect(await count('current_runs')).toBe(1);
      expect(await count('visibility')).toBe(1);
      expect(await count('tasks')).toBe(1);
      expect((await sql(dbUrl, 'SELECT key FROM temporal.timers')).map((r) => String(r.key))).toEqual([`run-timeout:${h.firstExecutionRunId}`]);

      await connection.close();
      await server.stop();
      server = await startTemporalServer({ port: 0, dbUrl });
      connection = await Connection.connect({ address: server.address });
      const again = new Client({ connection });
      const d = await again.workflow.getHandle('durable-store-wf').describe();
      expect(d.runId).toBe(h.firstExecutionRunId);
      expect(d.status.name).toBe('RUNNING');
      expect(d.historyLength).toBe(2);
      await expect(again.workflow.start('noWorkerHere', { taskQueue: 'durable-store-q', workflowId: 'durable-store-wf' })).rejects.toBeInstanceOf(WorkflowExecutionAlreadyStartedError);
      const listed = [];
      for await (const w of again.workflow.list({ query: `WorkflowId = 'durable-store-wf'` })) listed.push(w.runId);
      expect(listed).toEqual([h.firstExecutionRunId]);

      await again.workflow.getHandle('durable-store-wf').terminate('done');
      expect(await count('tasks')).toBe(0);
      expect(await count('timers')).toBe(0);
      expect(await count('history_events')).toBe(3);
      const ids = (await sql(dbUrl, 'SELECT event_id FROM temporal.history_events ORDER BY event_id')).map((r) => Number(r.event_id));
      expect(ids).toEqual([1, 2, 3]);
    } finally {
      await connection.close();
      await server.stop();
    }
  });
});
