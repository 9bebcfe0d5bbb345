// Idle workflows cost little on the durable store: runs leave memory when nothing refers to them and come back on
// demand with identical behaviour; a restart loads no idle run; a failed commit makes the executable exit.
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker, bundleWorkflowCode, makeTelemetryFilterString } from '@temporalio/worker';
import { startTemporalServer, type TemporalServerHandle } from '@dondoc/temporal-server';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as net from 'node:net';
import { join } from 'node:path';
import { TEST_POSTGRES_URL_ENV } from '../../libs/testing/src/postgres/test-postgres.env';
import { go, got, idleParent, idleSignalWaiter, idleSleeper } from './temporal-idle.workflows';

jest.setTimeout(180_000);

const BIN = join(__dirname, '..', '..', 'apps', 'temporal-server', 'bin', 'dondoc-temporal.js');
const EVENT = { TIMER_STARTED: 17, TIMER_FIRED: 18 };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Client: PgClient } = require('pg') as { Client: new (o: { connectionString: string }) => { connect(): Promise<void>; query(q: string, p?: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>; end(): Promise<void> } };

async function sql(url: string, q: string): Promise<Array<Record<string, unknown>>> {
  const c = new PgClient({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(q)).rows;
  } finally {
    await c.end();
  }
}

async function waitUntil<T>(what: string, fn: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

describe('idle workflows on the durable store', () => {
  const dbName = `temporal_idle_${process.pid}_${randomBytes(3).toString('hex')}`;
  const adminUrl = process.env[TEST_POSTGRES_URL_ENV]!;
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  const dbUrl = u.toString();
  const bundle = bundleWorkflowCode({
    workflowsPath: require.resolve('./temporal-idle.workflows'),
    logger: { trace() {}, debug() {}, info() {}, warn() {}, error: console.error, log() {} },
  });

  beforeAll(async () => {
    try {
      Runtime.install({ logger: new DefaultLogger('ERROR'), telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'ERROR' }), forward: {} } } });
    } catch {
      // installed by another file of this worker
    }
    await sql(adminUrl, `CREATE DATABASE "${dbName}"`);
  });
  afterAll(() => sql(adminUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));

  it('evicts idle runs and reloads them with the same behaviour: timers, signals, children, describe, history, query', async () => {
    // Nothing idle stays in memory and only timers due within 1 s are in the clock: every step below reloads.
    const server = await startTemporalServer({ port: 0, dbUrl, residentRuns: 0, timerHorizonMs: 1_000 });
    const stats = () => server.storeStats!();
    const connection = await Connection.connect({ address: server.address });
    const client = new Client({ connection });
    const nativeConnection = await NativeConnection.connect({ address: server.address });
    const taskQueue = `idle-${randomBytes(4).toString('hex')}`;
    const worker = await Worker.create({ connection: nativeConnection, taskQueue, workflowBundle: await bundle });
    const running = worker.run();
    try {
      const sleeper = await client.workflow.start(idleSleeper, { taskQueue, workflowId: `sleeper-${taskQueue}`, args: [4_000] });
      const waiter = await client.workflow.start(idleSignalWaiter, { taskQueue, workflowId: `waiter-${taskQueue}` });
      const parent = await client.workflow.start(idleParent, { taskQueue, workflowId: `parent-${taskQueue}`, args: [4_000] });
      await waitUntil('timers started', async () => {
        const events = await sleeper.fetchHistory();
        return events.events!.some((e) => e.eventType === EVENT.TIMER_STARTED) && (await waiter.fetchHistory()).events!.length >= 4;
      });
      // Sleeping and waiting runs leave memory; their timers (due in 4 s) are rows only.
      await waitUntil('idle runs evicted', () => stats().residentRuns === 0 && stats().clockTimers === 0);

      await waiter.signal(go, 'hello');
      await expect(waiter.result()).resolves.toBe('got:hello');
      await expect(sleeper.result()).resolves.toBe('woke');
      await expect(parent.result()).resolves.toBe('child:woke');
      const fired = (await sleeper.fetchHistory()).events!.filter((e) => e.eventType === EVENT.TIMER_FIRED);
      expect(fired).toHaveLength(1);

      // Closed runs, evicted, are still described, paged and queried.
      await waitUntil('closed runs evicted', () => stats().residentRuns === 0);
      expect((await client.workflow.getHandle(waiter.workflowId).describe()).status.name).toBe('COMPLETED');
      await waitUntil('evicted again', () => stats().residentRuns === 0);
      const events = (await client.workflow.getHandle(parent.workflowId).fetchHistory()).events!;
      expect(events.map((e) => Number(e.eventId))).toEqual(events.map((_, i) => i + 1));
      await waitUntil('evicted again', () => stats().residentRuns === 0);
      await expect(client.workflow.getHandle(waiter.workflowId).query(got)).resolves.toBe('hello');
    } finally {
      worker.shutdown();
      await running.catch(() => undefined);
      await nativeConnection.close();
      await connection.close();
      await server.stop();
    }
  });

  it('restarts without loading idle runs and serves them on demand', async () => {
    const n = 40;
    const taskQueue = `restart-${randomBytes(4).toString('hex')}`;
    let server: TemporalServerHandle = await startTemporalServer({ port: 0, dbUrl });
    let connection = await Connection.connect({ address: server.address });
    const nativeConnection = await NativeConnection.connect({ address: server.address });
    const worker = await Worker.create({ connection: nativeConnection, taskQueue, workflowBundle: await bundle });
    const running = worker.run();
    const ids = Array.from({ length: n }, (_, i) => `restart-${taskQueue}-${i}`);
    try {
      const client = new Client({ connection });
      await Promise.all(ids.map((workflowId) => client.workflow.start(idleSleeper, { taskQueue, workflowId, args: [3_600_000] })));
      await waitUntil('all asleep', async () => Number((await sql(dbUrl, `SELECT count(*)::int AS n FROM temporal.timers WHERE key LIKE 'timer:%'`))[0]!.n) >= n);
    } finally {
      worker.shutdown();
      await running.catch(() => undefined);
      await nativeConnection.close();
      await connection.close();
      await server.stop();
    }
    server = await startTemporalServer({ port: 0, dbUrl });
    connection = await Connection.connect({ address: server.address });
    try {
      // No task was pending and no timer is due within the horizon: nothing of the 40 runs is in memory.
      expect(server.storeStats!()).toEqual({ residentRuns: 0, clockTimers: 0 });
      const client = new Client({ connection });
      const d = await client.workflow.getHandle(ids[7]!).describe();
      expect(d.status.name).toBe('RUNNING');
      expect(server.storeStats!().residentRuns).toBeLessThanOrEqual(1);
      for (const id of ids) await client.workflow.getHandle(id).terminate('done');
      expect(Number((await sql(dbUrl, `SELECT count(*)::int AS n FROM temporal.timers`))[0]!.n)).toBe(0);
    } finally {
      await connection.close();
      await server.stop();
    }
  });

  it('reports a failed commit through onStoreError and the executable exits non-zero with a clear line', async () => {
    const errors: Error[] = [];
    const server = await startTemporalServer({ port: 0, dbUrl, onStoreError: (err) => errors.push(err) });
    const connection = await Connection.connect({ address: server.address });
    await sql(dbUrl, `ALTER TABLE temporal.history_events ADD CONSTRAINT idle_test_refuse CHECK (event_id < 0) NOT VALID`);
    try {
      const client = new Client({ connection });
      // The SDK retries the failed call; a deadline keeps the test short.
      const start = () => client.workflow.start('anything', { taskQueue: 'nowhere', workflowId: `refused-${randomBytes(3).toString('hex')}` });
      await expect(connection.withDeadline(Date.now() + 3_000, start)).rejects.toThrow();
      expect(errors).toHaveLength(1);
      expect(errors[0]!.message).toMatch(/idle_test_refuse/);
    } finally {
      await connection.close();
      await server.stop();
    }

    const port = await freePort();
    const proc = spawn(process.execPath, [BIN, 'server', 'start-dev', '--port', String(port), '--headless', '--db-filename', dbUrl, '--log-level', 'warn'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
    try {
      const c = await waitUntil('executable up', () => Connection.connect({ address: `127.0.0.1:${port}`, connectTimeout: 500 }).catch(() => undefined), 30_000);
      const start = () => new Client({ connection: c }).workflow.start('anything', { taskQueue: 'nowhere', workflowId: 'refused-exe' });
      await expect(c.withDeadline(Date.now() + 3_000, start)).rejects.toThrow();
      expect(await exited).not.toBe(0);
      expect(stderr).toMatch(/durable store failed; exiting/);
      await c.close();
    } finally {
      if (proc.exitCode === null) proc.kill('SIGKILL');
      await sql(dbUrl, `ALTER TABLE temporal.history_events DROP CONSTRAINT idle_test_refuse`);
    }
  });
});
