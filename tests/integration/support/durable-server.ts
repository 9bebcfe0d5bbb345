// Shared set-up of the durable-store crash tests: a database of their own on the test Postgres, the dondoc-temporal
// executable spawned on it (`server start-dev --db-filename postgres://…`), SIGKILL, and small polling helpers.
import type { temporal } from '@temporalio/proto';
import { DefaultLogger, Runtime, makeTelemetryFilterString } from '@temporalio/worker';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as net from 'node:net';
import { join } from 'node:path';
import { TEST_POSTGRES_URL_ENV } from '../../../libs/testing/src/postgres/test-postgres.env';

const BIN = join(__dirname, '..', '..', '..', 'apps', 'temporal-server', 'bin', 'dondoc-temporal.js');

type Row = Record<string, unknown>;
export interface PgConnection {
  connect(): Promise<void>;
  query(q: string, p?: unknown[]): Promise<{ rows: Row[] }>;
  end(): Promise<void>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { Client: PgClient } = require('pg') as { Client: new (o: { connectionString: string }) => PgConnection };

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Runs `fn` on a fresh connection to `url`. */
export async function withPg<T>(url: string, fn: (c: PgConnection) => Promise<T>): Promise<T> {
  const c = new PgClient({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** One statement on a fresh connection; its rows. */
export const sql = (url: string, q: string, p?: unknown[]): Promise<Row[]> => withPg(url, async (c) => (await c.query(q, p)).rows);

/** A database of the test file's own on the jest run's Postgres (name unique per process). */
export function testDatabase(prefix: string): { name: string; url: string; adminUrl: string; create(): Promise<void>; drop(): Promise<void> } {
  const name = `${prefix}_${process.pid}_${randomBytes(3).toString('hex')}`;
  const adminUrl = process.env[TEST_POSTGRES_URL_ENV]!;
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    name,
    url: u.toString(),
    adminUrl,
    create: async () => void (await sql(adminUrl, `CREATE DATABASE "${name}"`)),
    drop: async () => void (await sql(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

/** Core's retry warnings (polls against a killed server) are expected in these tests: log errors only. */
export function installQuietRuntime(): void {
  try {
    Runtime.install({ logger: new DefaultLogger('ERROR'), telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'ERROR' }), forward: {} } } });
  } catch {
    // installed by another file of this worker
  }
}

/** grpc-js backs off reconnects up to 2 minutes by default: after a kill the client would stay disconnected. */
export const FAST_RECONNECT = { 'grpc.initial_reconnect_backoff_ms': 100, 'grpc.max_reconnect_backoff_ms': 500, 'grpc.min_reconnect_backoff_ms': 100 };

export const QUIET_BUNDLER_LOGGER = { trace() {}, debug() {}, info() {}, warn() {}, error: console.error, log() {} };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** Polls `fn` every 100 ms until it returns something truthy (errors count as "not yet"). */
export async function waitUntil<T>(what: string, fn: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

const canConnect = (port: number) =>
  new Promise<boolean>((resolve) => {
    const sock = net.connect(port, '127.0.0.1', () => {
      sock.destroy();
      resolve(true);
    });
    sock.on('error', () => resolve(false));
  });

export interface Server {
  proc: ChildProcess;
  stderr: string[];
}

/** Spawns the dev server on the durable store and waits until it listens. */
export async function startServer(port: number, dbUrl: string, logLevel = 'warn'): Promise<Server> {
  const proc = spawn(process.execPath, [BIN, 'server', 'start-dev', '--port', String(port), '--headless', '--db-filename', dbUrl, '--log-level', logLevel], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr: string[] = [];
  proc.stderr!.on('data', (d: Buffer) => stderr.push(d.toString()));
  await waitUntil(`server on ${port}`, async () => {
    if (proc.exitCode !== null) throw new Error(`server exited ${proc.exitCode}: ${stderr.join('')}`);
    return canConnect(port);
  });
  return { proc, stderr };
}

/** SIGKILL, resolved once the process is gone. */
export function kill9(s: Server | ChildProcess): Promise<void> {
  const proc = 'proc' in s ? s.proc : s;
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.once('exit', () => resolve());
    proc.kill('SIGKILL');
  });
}

/** Event ids 1..n without gaps or repeats. */
export const eventIdsContiguous = (events: temporal.api.history.v1.IHistoryEvent[]): boolean => events.every((e, i) => Number(e.eventId) === i + 1);
