#!/usr/bin/env node
// What idle workflows cost dondoc-temporal on the durable store (PostgreSQL). Starts N workflows that sleep (first
// timers spread over --spread-minutes, then one more timer due at the same instant for all) and prints:
//   - server RSS per sleeping workflow: (RSS with N asleep - RSS before) / N
//   - restart with N open workflows: time from spawning the server until a poll is answered, and RSS after it
//   - timer lateness p50/p99/max (TimerFired time - due time, from the histories)
//   - time to drain N timers due at the same instant (until the last one has fired and committed)
// Usage: node bench/temporal-idle/run.js [N=100000] [--spread-minutes 10] [--concurrency 64] [--pg postgres://…] [--no-timers]
// Needs the built server (npx tsc -b libs/temporal-server apps/temporal-server libs/persistence). Prints figures;
// never fails on speed. The workflows' tasks are answered by a minimal worker speaking the protocol directly (poll,
// then StartTimer / CompleteWorkflowExecution), so starting 100 000 of them is not bound by the SDK worker's sandbox.
'use strict';
const { spawn } = require('node:child_process');
const { readFileSync, mkdtempSync, rmSync } = require('node:fs');
const os = require('node:os');
const net = require('node:net');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { Connection, Client } = require('@temporalio/client');

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'spread-minutes': { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '64' },
    pg: { type: 'string' },
    // Only memory and restart (the timers are set a day ahead): for large N on a busy machine.
    'no-timers': { type: 'boolean', default: false },
  },
});
const N = Number(positionals[0] ?? 100000);
const SPREAD_MS = Number(args['spread-minutes']) * 60_000;
const CONCURRENCY = Number(args.concurrency);
if (!Number.isInteger(N) || N < 1 || !(SPREAD_MS >= 0)) {
  console.error('usage: node bench/temporal-idle/run.js [N=100000] [--spread-minutes 10] [--concurrency 64] [--pg URL] [--no-timers]');
  process.exit(2);
}
const root = path.resolve(__dirname, '..', '..');
const BIN = path.join(root, 'apps', 'temporal-server', 'bin', 'dondoc-temporal.js');
const pg = require('pg');

const sleepMs = (ms) => new Promise((r) => setTimeout(r, ms));
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const log = (msg) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${msg}`);

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Resident set size of a process (Linux /proc), bytes. */
function rssOf(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function query(url, text, params) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, params)).rows;
  } finally {
    await c.end();
  }
}

/** An embedded Postgres in a temporary directory unless --pg names one. */
async function startPostgres() {
  if (args.pg) return { adminUrl: args.pg, stop: async () => {} };
  const { startEmbeddedPostgres } = require(path.join(root, 'libs/persistence/dist/embedded/start-embedded-postgres.js'));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dondoc-bench-idle-pg-'));
  const handle = await startEmbeddedPostgres({ dataDir: dir, ephemeral: true, handleSignals: false });
  return {
    adminUrl: handle.url,
    stop: async () => {
      await handle.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Spawns `dondoc-temporal server start-dev` on the database; resolves once it accepts connections. */
async function startServer(port, dbUrl) {
  const spawnedAt = Date.now();
  const proc = spawn(process.execPath, [BIN, 'server', 'start-dev', '--port', String(port), '--headless', '--db-filename', dbUrl, '--log-level', 'warn'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const address = `127.0.0.1:${port}`;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}`);
    try {
      const c = await Connection.connect({ address, connectTimeout: 500 });
      await c.close();
      break;
    } catch {
      if (Date.now() - spawnedAt > 300_000) throw new Error('server did not start');
      await sleepMs(50);
    }
  }
  return { proc, address, spawnedAt };
}

async function stopServer(server) {
  if (server.proc.exitCode !== null || server.proc.signalCode !== null) return;
  const exited = new Promise((r) => server.proc.once('exit', r));
  server.proc.kill('SIGKILL');
  await exited;
}

/** Runs `fn` over `items` with at most `limit` in flight. */
async function pool(items, limit, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

/** Polls `fn` until it returns a truthy value. */
async function until(fn, everyMs = 200) {
  for (;;) {
    const v = await fn();
    if (v) return v;
    await sleepMs(everyMs);
  }
}

/** Timer rows matching `where` (one connection for the whole run: these are polled often). */
let counter;
const count = async (where) => Number((await counter.query(`SELECT count(*)::int AS n FROM temporal.timers WHERE ${where}`)).rows[0].n);

/** Lateness (ms) of every fired timer with this id: TimerFired time - (TimerStarted time + startToFireTimeout). */
async function lateness(dbUrl, timerId) {
  const ms = (e) => `((${e}->>'seconds')::numeric * 1000 + coalesce((${e}->>'nanos')::numeric, 0) / 1000000)`;
  const rows = await query(
    dbUrl,
    `WITH s AS (SELECT run_id, ${ms("data->'eventTime'")} + ${ms("data->'timerStartedEventAttributes'->'startToFireTimeout'")} AS due
                FROM temporal.history_events WHERE (data->>'eventType')::int = 17 AND data->'timerStartedEventAttributes'->>'timerId' = $1),
          f AS (SELECT run_id, ${ms("data->'eventTime'")} AS fired
                FROM temporal.history_events WHERE (data->>'eventType')::int = 18 AND data->'timerFiredEventAttributes'->>'timerId' = $1)
     SELECT (f.fired - s.due)::float8 AS late FROM s JOIN f USING (run_id)`,
    [timerId],
  );
  return rows.map((r) => Number(r.late)).sort((a, b) => a - b);
}

const EVENT = { TIMER_STARTED: 17, TIMER_FIRED: 18 };
const startTimer = (timerId, ms) => {
  ms = Math.max(1, Math.round(ms));
  return { commandType: 3 /* START_TIMER */, startTimerCommandAttributes: { timerId, startToFireTimeout: { seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1e6 } } };
};
const COMPLETE = { commandType: 4 /* COMPLETE_WORKFLOW_EXECUTION */, completeWorkflowExecutionCommandAttributes: {} };

/**
 * The workload's worker: `idle-<i>` sleeps until `firstDue(i)`, then until `drainAt`, then completes; anything else
 * completes at once. Keeps polling through server restarts.
 */
function rawWorker(connection, taskQueue, firstDue, drainAt, pollers) {
  let stopped = false;
  const loop = async () => {
    while (!stopped) {
      let t;
      try {
        t = await connection.workflowService.pollWorkflowTaskQueue({ namespace: 'default', taskQueue: { name: taskQueue, kind: 1 }, identity: 'bench-idle' });
      } catch {
        await sleepMs(200);
        continue;
      }
      if (!t.taskToken?.length) continue;
      const events = t.history?.events ?? [];
      const started = events.filter((e) => e.eventType === EVENT.TIMER_STARTED).length;
      const fired = events.filter((e) => e.eventType === EVENT.TIMER_FIRED).length;
      const m = /^idle-(\d+)$/.exec(t.workflowExecution?.workflowId ?? '');
      let command = COMPLETE;
      if (m && started === 0) command = startTimer('1', firstDue(Number(m[1])) - Date.now());
      else if (m && started === 1 && fired === 1) command = startTimer('2', drainAt() - Date.now());
      try {
        await connection.workflowService.respondWorkflowTaskCompleted({ namespace: 'default', taskToken: t.taskToken, commands: [command], identity: 'bench-idle' });
      } catch {
        // a restart lost the task: the server times it out and hands it out again
      }
    }
  };
  const loops = Array.from({ length: pollers }, loop);
  return {
    stop: async () => {
      stopped = true;
      await Promise.race([Promise.all(loops), sleepMs(1_000)]);
    },
  };
}

async function main() {
  const pgc = await startPostgres();
  const dbName = `bench_idle_${process.pid}`;
  await query(pgc.adminUrl, `CREATE DATABASE "${dbName}"`);
  const u = new URL(pgc.adminUrl);
  u.pathname = `/${dbName}`;
  const dbUrl = u.toString();
  const figures = { workflows: N, spreadMinutes: SPREAD_MS / 60_000 };
  counter = new pg.Client({ connectionString: dbUrl });
  await counter.connect();
  const port = await freePort();
  let server = await startServer(port, dbUrl);
  await sleepMs(2_000);
  figures.rssFreshMB = +(rssOf(server.proc.pid) / 2 ** 20).toFixed(1);
  const taskQueue = `bench-idle-${process.pid}`;
  const connection = await Connection.connect({ address: server.address });
  const client = new Client({ connection });
  let spreadStart = Infinity;
  let drainAt = Infinity;
  // As many pollers as starts in flight: the commit pipeline is shared, so fewer pollers leave a backlog of tasks
  // (runs with a task waiting stay in memory) while the starts run.
  const worker = rawWorker(connection, taskQueue, (i) => spreadStart + (SPREAD_MS * i) / N, () => drainAt, CONCURRENCY);
  const ids = Array.from({ length: N }, (_, i) => i);
  const startAll = (prefix, count) =>
    pool(ids.slice(0, count), CONCURRENCY, (i) =>
      client.workflow.start('idleSleeper', { taskQueue, workflowId: `${prefix}${i}` }).then(() => {
        if ((i + 1) % 10_000 === 0) log(`${i + 1} started`);
      }),
    );
  try {
    // Warm-up (JIT, pools) that also measures how fast workflows start and get their first task done here.
    const warm = Math.min(1_000, Math.max(200, Math.round(N / 10)));
    const w0 = Date.now();
    await startAll('warm-', warm);
    await until(async () => Number((await counter.query(`SELECT count(*)::int AS n FROM temporal.runs WHERE state = 'running'`)).rows[0].n) === 0, 100);
    const perSecond = warm / ((Date.now() - w0) / 1000);
    await sleepMs(3_000);
    const rssBefore = rssOf(server.proc.pid);
    // The spread begins once every workflow should be asleep (with margin); the drain a minute after it ends.
    const t0 = Date.now();
    spreadStart = args['no-timers'] ? t0 + 86_400_000 : t0 + 30_000 + (2 * N * 1000) / perSecond;
    drainAt = spreadStart + SPREAD_MS + 60_000;
    log(`server up, RSS ${mb(rssBefore)}; warm-up ${perSecond.toFixed(0)} workflows/s; starting ${N} workflows (first timers from ${new Date(spreadStart).toISOString().slice(11, 19)})`);

    await startAll('idle-', N);
    const started = Date.now();
    await until(async () => (await count(`key LIKE 'timer:%'`)) >= N);
    const asleep = Date.now();
    log(`${N} started in ${((started - t0) / 1000).toFixed(1)} s (${(N / ((started - t0) / 1000)).toFixed(0)}/s), all asleep after ${((asleep - t0) / 1000).toFixed(1)} s`);
    if (asleep > spreadStart) log(`warning: the first timers were due before every workflow was asleep (${asleep - spreadStart} ms)`);
    // The heap grew while tasks were queued (runs with a task stay in memory); let V8 give it back, then read.
    let rssAsleep = Infinity;
    for (let k = 0; k < 12; k++) {
      await sleepMs(5_000);
      rssAsleep = Math.min(rssAsleep, rssOf(server.proc.pid));
    }
    figures.rssBeforeMB = +(rssBefore / 2 ** 20).toFixed(1);
    figures.rssAsleepMB = +(rssAsleep / 2 ** 20).toFixed(1);
    figures.rssPerSleepingWorkflowBytes = Math.round((rssAsleep - rssBefore) / N);
    log(`RSS with ${N} asleep ${mb(rssAsleep)}: ${figures.rssPerSleepingWorkflowBytes} B per sleeping workflow`);

    // Restart with N open workflows: kill -9, spawn, time until a poll is answered with a task.
    await stopServer(server);
    server = await startServer(port, dbUrl);
    const probeQueue = `${taskQueue}-probe`;
    await client.workflow.start('idleProbe', { taskQueue: probeQueue, workflowId: `probe-${Date.now()}` });
    const polled = await connection.workflowService.pollWorkflowTaskQueue({ namespace: 'default', taskQueue: { name: probeQueue, kind: 1 }, identity: 'bench-idle-probe' });
    if (!polled.taskToken?.length) throw new Error('the probe poll got no task');
    figures.restartToFirstPollMs = Date.now() - server.spawnedAt;
    await connection.workflowService.respondWorkflowTaskCompleted({ namespace: 'default', taskToken: polled.taskToken, commands: [COMPLETE] });
    await sleepMs(5_000);
    figures.rssAfterRestartMB = +(rssOf(server.proc.pid) / 2 ** 20).toFixed(1);
    log(`restart with ${N} open workflows: first poll answered ${figures.restartToFirstPollMs} ms after spawn; RSS ${figures.rssAfterRestartMB} MB`);

    if (args['no-timers']) return;
    // The spread timers fire; then all second timers at once.
    log(`waiting for the spread timers (until ${new Date(spreadStart + SPREAD_MS).toISOString().slice(11, 19)}) and the drain at ${new Date(drainAt).toISOString().slice(11, 19)}`);
    await until(async () => Date.now() > spreadStart + SPREAD_MS && (await count(`key LIKE 'timer:%' AND due_at < ${drainAt}`)) === 0, 1_000);
    const rssSpread = rssOf(server.proc.pid);
    const late = await lateness(dbUrl, '1');
    figures.spreadTimersFired = late.length;
    figures.latenessP50Ms = Math.round(percentile(late, 50));
    figures.latenessP99Ms = Math.round(percentile(late, 99));
    figures.latenessMaxMs = Math.round(late[late.length - 1] ?? NaN);
    log(`spread timers: ${late.length} fired, lateness p50 ${figures.latenessP50Ms} ms, p99 ${figures.latenessP99Ms} ms, max ${figures.latenessMaxMs} ms; RSS ${mb(rssSpread)}`);
    await until(async () => (await count(`key LIKE 'timer:%'`)) === 0, 100);
    figures.drainMs = Date.now() - drainAt;
    log(`${N} timers due at the same instant: all fired and committed ${figures.drainMs} ms after their due time`);
    const drainLate = await lateness(dbUrl, '2');
    figures.drainLatenessP50Ms = Math.round(percentile(drainLate, 50));
    figures.drainLatenessP99Ms = Math.round(percentile(drainLate, 99));
    figures.rssAfterDrainMB = +(rssOf(server.proc.pid) / 2 ** 20).toFixed(1);
  } finally {
    await worker.stop();
    await connection.close().catch(() => undefined);
    await stopServer(server).catch(() => undefined);
    await counter.end().catch(() => undefined);
    await query(pgc.adminUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => undefined);
    await pgc.stop();
    console.log(JSON.stringify({ ...figures, loadAverage: os.loadavg().map((l) => +l.toFixed(1)), cpus: os.cpus().length }));
  }
}

// Exit at once: the SDK client may still be retrying the worker's last polls on the closed connection.
main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
