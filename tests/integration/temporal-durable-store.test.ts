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
  const idxDefs = (rows: Array<Record<string, unknown>>) => rows.map((r) => String(r.indexdef));
  const count = async (table: string) => Number((await sql(dbUrl, `SELECT count(*)::int AS n FROM temporal.${table}`))[0]!.n);

  beforeAll(() => sql(adminUrl, `CREATE DATABASE "${dbName}"`));
  afterAll(() => sql(adminUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));

  it('creates its schema idempotently with the indexes it needs', async () => {
    await (await PostgresExecutionStore.open(dbUrl)).close();
    await (await PostgresExecutionStore.open(dbUrl)).close();
    // Each migration applied once (other migrations of the store are appended beside these).
    const versions = (await sql(dbUrl, 'SELECT version FROM temporal.schema_migrations')).map((r) => Number(r.version));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions).toEqual(expect.arrayContaining([1, 10]));
    expect(idxDefs(await sql(dbUrl, `SELECT indexdef FROM pg_indexes WHERE schemaname = 'temporal'`)).some((d) => /timers.*\(due_at, key\)/.test(d))).toBe(true);
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
      expect(await connection.workflowService.getClusterInfo({})).toMatchObject({ persistenceStore: 'postgres', visibilityStore: 'postgres' });

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
  describe('commit groups (batches merged per table into one statement)', () => {
    type Fake = Record<string, unknown> & { runId: string; history: unknown[]; timers: Map<string, { state: string }>; wft: { state: string; token: number; queue: string; sticky: boolean } };
    const fakeRun = (runId: string, workflowId: string): Fake => ({
      runId,
      namespace: 'default',
      workflowId,
      state: 'running',
      history: [],
      timers: new Map(),
      activities: new Map(),
      updates: new Map(),
      buffered: [],
      pendingQueries: new Map(),
      awaitingBackoff: false,
      locksHeld: 0,
      wft: { state: 'scheduled', token: 1, queue: 'q', sticky: false },
    });
    const ev = (eventId: number) => ({ eventId, eventTime: { seconds: eventId, nanos: 0 }, eventType: 1, taskId: eventId, note: `e"\\${eventId}` });
    const vis = (run: Fake, status: number, historyLength: number) => ({
      namespace: 'default', workflowId: String(run.workflowId), runId: run.runId, workflowType: 'T', taskQueue: 'q', status, startTime: 1000.5, executionTime: 1000.5,
      closeTime: 0, historyLength, rootWorkflowId: String(run.workflowId), rootRunId: run.runId, firstRunId: run.runId, memo: {}, searchAttributes: {},
    });
    const batch = (b: Partial<Record<'events' | 'runs' | 'currentRuns' | 'visibility' | 'tasks' | 'timers', unknown>>) =>
      ({ events: new Map(), runs: new Set(), currentRuns: [], visibility: [], tasks: [], timers: [], ...b }) as unknown as Parameters<PostgresExecutionStore['commit']>[0];
    const task = (run: Fake, ref: string) => ({ namespace: 'default', queueType: 'workflow', queue: 'q', kind: 'wft', runId: run.runId, ref, attempt: 1 });

    it('keeps the last state of each row, clears a timer set then cleared, and appends many events in order, in one round trip', async () => {
      const store = await PostgresExecutionStore.open(dbUrl, { schema: 'group_ok' });
      const r = fakeRun('group-run-1', 'group-wf');
      r.timers.set('a', { state: 'started' });
      r.timers.set('b', { state: 'started' });
      // The first batch starts a transaction on its own; the next ones queue meanwhile and form one group.
      store.commit(batch({ events: new Map([[r, [ev(1), ev(2)]]]), runs: new Set([r]), currentRuns: [{ namespace: 'default', workflowId: 'group-wf', runId: r.runId }], visibility: [vis(r, 1, 2)], tasks: [task(r, '1')], timers: [{ key: `timer:${r.runId}:a`, at: 1000 }] }));
      const client = (store as unknown as { client: { query: (...a: unknown[]) => Promise<unknown> } }).client;
      const sent: string[] = [];
      const query = client.query.bind(client);
      client.query = (...a: unknown[]) => {
        sent.push(String(a[0]));
        return query(...a);
      };
      const many = Array.from({ length: 300 }, (_, i) => ev(i + 3));
      r.marker = 'first';
      store.commit(batch({ events: new Map([[r, many.slice(0, 150)]]), runs: new Set([r]), timers: [{ key: `timer:${r.runId}:b`, at: 2000 }], visibility: [vis(r, 1, 152)] }));
      // Timer b fires (cleared), the workflow task moves on (task 1 leaves, task 2 arrives), the run row changes again.
      r.timers.set('b', { state: 'fired' });
      r.wft.token = 2;
      r.marker = 'second';
      store.commit(batch({ events: new Map([[r, many.slice(150)]]), runs: new Set([r]), timers: [{ key: `timer:${r.runId}:b` }], tasks: [task(r, '2')], visibility: [vis(r, 2, 302)] }));
      // Timer a is set twice; a new run takes over the workflow id.
      const r2 = fakeRun('group-run-2', 'group-wf');
      store.commit(batch({ events: new Map([[r2, [ev(1), ev(2), ev(3)]]]), runs: new Set([r2]), currentRuns: [{ namespace: 'default', workflowId: 'group-wf', runId: r2.runId }], timers: [{ key: `timer:${r.runId}:a`, at: 3000 }] }));
      await store.flush();
      await store.close();
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatch(/^WITH /);

      const q = (text: string) => sql(dbUrl, text);
      expect(await q(`SELECT key, due_at::int AS due FROM group_ok.timers ORDER BY key`)).toEqual([{ key: `timer:${r.runId}:a`, due: 3000 }]);
      expect(await q(`SELECT run_id, ref FROM group_ok.tasks`)).toEqual([{ run_id: r.runId, ref: '2' }]);
      expect(await q(`SELECT run_id, data->>'marker' AS marker FROM group_ok.runs ORDER BY run_id`)).toEqual([
        { run_id: r.runId, marker: 'second' },
        { run_id: r2.runId, marker: null },
      ]);
      expect(await q(`SELECT run_id FROM group_ok.current_runs`)).toEqual([{ run_id: r2.runId }]);
      expect(await q(`SELECT run_id, status, history_length::int AS n, start_time FROM group_ok.visibility`)).toEqual([{ run_id: r.runId, status: 2, n: 302, start_time: 1000.5 }]);
      const events = await q(`SELECT event_id::int AS id, data->>'note' AS note FROM group_ok.history_events WHERE run_id = '${r.runId}' ORDER BY event_id`);
      expect(events.map((e) => e.id)).toEqual(Array.from({ length: 302 }, (_, i) => i + 1));
      expect(events.map((e) => e.note)).toEqual(Array.from({ length: 302 }, (_, i) => `e"\\${i + 1}`));
      expect(await q(`SELECT count(*)::int AS n FROM group_ok.history_events WHERE run_id = '${r2.runId}'`)).toEqual([{ n: 3 }]);

      // A second store on the same tables reads the same final state.
      const again = await PostgresExecutionStore.open(dbUrl, { schema: 'group_ok' });
      try {
        const loaded = again.getRun(r.runId) as unknown as Fake;
        expect(loaded.marker).toBe('second');
        expect(loaded.history).toHaveLength(302);
      } finally {
        await again.close();
      }
    });

    it('commits nothing of a group when one of its batches fails', async () => {
      let failed: Error | undefined;
      const store = await PostgresExecutionStore.open(dbUrl, { schema: 'group_fail', onError: (e) => (failed = e) });
      const r = fakeRun('fail-run-1', 'fail-wf');
      r.timers.set('a', { state: 'started' });
      store.commit(batch({ events: new Map([[r, [ev(1)]]]), runs: new Set([r]) }));
      r.marker = 'lost';
      store.commit(batch({ runs: new Set([r]), timers: [{ key: `timer:${r.runId}:a`, at: 1000 }] }));
      // The same event id again: the group's statement fails as a whole.
      store.commit(batch({ events: new Map([[r, [ev(2), ev(1)]]]), runs: new Set([r]) }));
      await expect(store.flush()).rejects.toThrow(/duplicate key/);
      expect(failed).toBeDefined();
      await store.close();
      expect(await sql(dbUrl, `SELECT count(*)::int AS n FROM group_fail.timers`)).toEqual([{ n: 0 }]);
      expect(await sql(dbUrl, `SELECT event_id::int AS id FROM group_fail.history_events`)).toEqual([{ id: 1 }]);
      expect(await sql(dbUrl, `SELECT data->>'marker' AS m FROM group_fail.runs`)).toEqual([{ m: null }]);
    });
  });
});
