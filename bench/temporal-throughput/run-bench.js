#!/usr/bin/env node
// Throughput benchmark of dondoc-temporal: N workflows (signal + activity + timer) started concurrently through the
// real SDK client and worker, next to a raw gRPC round-trip baseline (GetSystemInfo) measured in the same run; with
// `--store postgres`, on the durable store next to a raw PostgreSQL baseline of the same write pattern.
// Prints figures; never fails on speed. Usage: see README.md next to this file.
'use strict';
const { spawn } = require('node:child_process');
const { readFileSync } = require('node:fs');
const os = require('node:os');
const { createServer } = require('node:net');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { Connection, Client } = require('@temporalio/client');
const { Worker, NativeConnection, Runtime, DefaultLogger, bundleWorkflowCode } = require('@temporalio/worker');
const durable = require('./durable');
const sdkMetrics = require('./sdk-metrics');

const { values: args } = parseArgs({
  options: {
    workflows: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '200' }, // workflows in flight at once (a closed loop)
    timer: { type: 'string', default: '100' },
    server: { type: 'string', default: 'executable' }, // executable | in-process
    address: { type: 'string' }, // an already running server (skips starting one)
    'baseline-seconds': { type: 'string', default: '2' },
    'baseline-concurrency': { type: 'string', default: '16' },
    store: { type: 'string', default: 'memory' }, // memory | postgres
    'db-url': { type: 'string' }, // postgres: a maintenance database URL (default: an embedded PostgreSQL)
    'pg-baseline-seconds': { type: 'string', default: '30' },
    // The SDK workers: instances on the task queue (one worker takes its activations from sdk-core one at a time
    // through its Node event loop, which caps it near 300 activations/s here; more instances is how Temporal
    // deployments scale), workflow task pollers `autoscaling` (Temporal's recommended setting; the server's poll
    // answers carry the scaling hints) or a fixed number, and workflow task slots per worker.
    workers: { type: 'string', default: '2' },
    pollers: { type: 'string', default: 'autoscaling' },
    'wft-slots': { type: 'string', default: '200' },
  },
});

const root = path.resolve(__dirname, '..', '..');

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Starts the server the chosen way (on the durable store when `dbUrl` is given); returns its address and stop. */
async function startServer(dbUrl) {
  if (args.address) return { address: args.address, stop: async () => {}, how: `external ${args.address}` };
  if (args.server === 'in-process') {
    const { startTemporalServer } = require(path.join(root, 'libs/temporal-server/dist/index.js'));
    const server = await startTemporalServer({ port: 0, dbUrl });
    return { address: server.address, stop: () => server.stop(), how: 'in-process (shares this event loop)' };
  }
  const port = await freePort();
  const bin = path.join(root, 'node_modules/.bin/dondoc-temporal');
  const argv = ['server', 'start-dev', '--port', String(port), '--ip', '127.0.0.1', '--headless'];
  if (dbUrl) argv.push('--db-filename', dbUrl);
  const child = spawn(bin, argv, { stdio: 'inherit' });
  const address = `127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      const c = await Connection.connect({ address, connectTimeout: 500 });
      await c.close();
      break;
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`server did not start on ${address}: ${e}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    address,
    stop: async () => void child.kill('SIGKILL'),
    how: `executable (pid ${child.pid})`,
    cpuSeconds: () => processCpuSeconds(child.pid),
  };
}

/** Busy CPU seconds of the whole machine (all cores) from /proc/stat (Linux); undefined elsewhere. */
function machineBusySeconds() {
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    // user nice system idle iowait irq softirq steal: everything but idle and iowait is busy.
    return (ticks.reduce((a, b) => a + b, 0) - ticks[3] - ticks[4]) / 100;
  } catch {
    return undefined;
  }
}

/** utime + stime of a process from /proc (Linux), in seconds; undefined elsewhere. */
function processCpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // fields[11] = utime, fields[12] = stime (fields 14 and 15 of proc(5), counted after the command name).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function baseline(connection) {
  const seconds = Number(args['baseline-seconds']);
  const concurrency = Number(args['baseline-concurrency']);
  const end = Date.now() + seconds * 1000;
  let calls = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        await connection.workflowService.getSystemInfo({});
        calls++;
      }
    }),
  );
  return calls / ((Date.now() - started) / 1000);
}

async function main() {
  const metricsPort = await freePort();
  Runtime.install({ logger: new DefaultLogger('WARN'), telemetryOptions: sdkMetrics.prometheusTelemetry(metricsPort) });
  const n = Number(args.workflows);
  const timerMs = Number(args.timer);
  if (!['memory', 'postgres'].includes(args.store)) throw new Error(`--store memory|postgres, not ${args.store}`);
  const pg = args.store === 'postgres' && !args.address ? await durable.startPostgres(args['db-url']) : undefined;
  const server = await startServer(pg?.url);
  let stopped = false;
  const stopServer = async () => {
    if (!stopped) await server.stop();
    stopped = true;
  };
  try {
    const connection = await Connection.connect({ address: server.address });
    const client = new Client({ connection });
    const rpcPerSecond = await baseline(connection);

    const taskQueue = `bench-${process.pid}-${Date.now()}`;
    const { code } = await bundleWorkflowCode({
      workflowsPath: path.join(__dirname, 'throughput.workflows.ts'),
      logger: new DefaultLogger('WARN'),
    });
    const workflowTaskPollerBehavior =
      args.pollers === 'autoscaling'
        ? { type: 'autoscaling' }
        : { type: 'simple-maximum', maximum: Number(args.pollers) };
    const workers = await Promise.all(
      Array.from({ length: Number(args.workers) }, async () =>
        Worker.create({
          connection: await NativeConnection.connect({ address: server.address }),
          taskQueue,
          workflowBundle: { code },
          activities: { echo: async (v) => v },
          maxConcurrentWorkflowTaskExecutions: Number(args['wft-slots']),
          workflowTaskPollerBehavior,
        }),
      ),
    );
    const running = Promise.all(workers.map((w) => w.run()));

    const latencies = [];
    const writesBefore = pg && (await durable.writeCounters(pg.url));
    const serverCpuBefore = server.cpuSeconds?.();
    const benchCpuBefore = process.cpuUsage();
    const machineBefore = machineBusySeconds();
    const completions = [];
    const unavailable = (e) => ({ tasks: `n/a (${e})`, pollers: 'n/a' });
    let midRun = Promise.resolve(unavailable('not reached'));
    const t0 = Date.now();
    let next = 0;
    // A closed loop: `concurrency` clients, each starting its next workflow when the previous one returned.
    await Promise.all(
      Array.from({ length: Math.min(n, Number(args.concurrency)) }, async () => {
        for (let i = next++; i < n; i = next++) {
          const startedAt = Date.now();
          const handle = await client.workflow.start('throughputWorkflow', {
            taskQueue,
            workflowId: `${taskQueue}-${i}`,
            args: [i, timerMs],
          });
          await handle.signal('go');
          const result = await handle.result();
          if (result !== i) throw new Error(`workflow ${i} returned ${result}`);
          latencies.push(Date.now() - startedAt);
          completions.push(Date.now());
          if (completions.length === Math.floor(n / 2)) midRun = sdkMetrics.describe(metricsPort).catch(unavailable);
        }
      }),
    );
    const elapsed = (Date.now() - t0) / 1000;
    // Steady state: completions between the 10th and the 90th percentile (ramp-up and drain left out).
    const from = completions[Math.floor(n * 0.1)];
    const to = completions[Math.floor(n * 0.9) - 1];
    const steady = to > from ? (Math.floor(n * 0.9) - 1 - Math.floor(n * 0.1)) / ((to - from) / 1000) : NaN;
    const serverCpu =
      server.cpuSeconds && serverCpuBefore !== undefined ? server.cpuSeconds() - serverCpuBefore : undefined;
    const machineBusy = machineBefore === undefined ? undefined : machineBusySeconds() - machineBefore;
    const benchCpuUsage = process.cpuUsage(benchCpuBefore);
    const benchCpu = (benchCpuUsage.user + benchCpuUsage.system) / 1e6;
    const mid = await midRun;
    const atEnd = await sdkMetrics.describe(metricsPort).catch(unavailable);
    for (const w of workers) w.shutdown();
    await running;
    await connection.close();

    let raw;
    let pattern;
    if (pg) {
      // The server's connections close with it, which flushes their statistics; then the same writes in raw SQL.
      await stopServer();
      await durable.waitForDisconnect(pg.url);
      pattern = durable.perWorkflow(writesBefore, await durable.writeCounters(pg.url), n);
      raw = await durable.rawBaseline(pg.url, pattern, n, Number(args['pg-baseline-seconds']), 'per-row');
      raw.merged = await durable.rawBaseline(pg.url, pattern, n, Number(args['pg-baseline-seconds']), 'merged');
    }

    latencies.sort((a, b) => a - b);
    console.log(`server: ${server.how}${pg ? `, durable store on ${pg.how}` : ', in-memory store'}`);
    console.log(
      `baseline: GetSystemInfo ${rpcPerSecond.toFixed(0)} calls/s (concurrency ${args['baseline-concurrency']})`,
    );
    console.log(
      `workload: ${n} workflows (signal + activity + ${timerMs} ms timer), ${Math.min(n, Number(args.concurrency))} in flight, ` +
        `in ${elapsed.toFixed(2)} s → ${(n / elapsed).toFixed(1)} workflows/s overall, ${steady.toFixed(1)} workflows/s steady ` +
        `(completions 10 %–90 %)`,
    );
    console.log(
      `SDK worker${workers.length > 1 ? `s (${workers.length})` : ''}: ${workflowTaskPollerBehavior.type === 'autoscaling' ? 'autoscaling' : `${args.pollers}`} workflow task pollers, ` +
        `${args['wft-slots']} workflow task slots; workflow tasks (averages over the whole workload): ${atEnd.tasks}; ` +
        `workflow task pollers at half the workload: ${mid.pollers}${workers.length > 1 ? ' (one worker\'s)' : ''}`,
    );
    console.log(
      `start-to-close latency (client-side): p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms, max ${latencies.at(-1)} ms`,
    );
    const perWorkflow = (seconds) => `${((seconds * 1000) / n).toFixed(2)} ms CPU/workflow`;
    console.log(
      `cpu during the workload: benchmark process (client + worker) ${benchCpu.toFixed(2)} s = ${perWorkflow(benchCpu)}` +
        (serverCpu === undefined ? '' : `; server process ${serverCpu.toFixed(2)} s = ${perWorkflow(serverCpu)}`),
    );
    if (machineBusy !== undefined && serverCpu !== undefined) {
      const rest = machineBusy - benchCpu - serverCpu;
      console.log(
        `machine during the workload: ${((100 * machineBusy) / (elapsed * os.cpus().length)).toFixed(0)} % of ${os.cpus().length} cores busy; ` +
          `everything else (PostgreSQL, kernel, other processes) ${rest.toFixed(2)} s = ${perWorkflow(rest)}`,
      );
    }
    if (pg) {
      const durableRate = n / elapsed;
      console.log(`store writes per workflow: ${durable.describePattern(pattern)}`);
      for (const [label, b] of [
        ['one statement per row', raw],
        ["rows merged per table into one statement, as the store sends them", raw.merged],
      ]) {
        console.log(
          `raw PostgreSQL baseline (same writes per workflow, one connection like the store's writer; ${label}): ` +
            `${b.workflowsPerSecond.toFixed(1)} workflows/s = ${b.transactionsPerSecond.toFixed(0)} transactions/s ` +
            `(${b.workflows} workflows in ${b.seconds.toFixed(1)} s)`,
        );
      }
      const best = Math.max(raw.workflowsPerSecond, raw.merged.workflowsPerSecond);
      console.log(
        `durable throughput ${durableRate.toFixed(1)} workflows/s = ${((100 * durableRate) / raw.workflowsPerSecond).toFixed(0)}% ` +
          `of the per-row baseline, ${((100 * durableRate) / best).toFixed(0)}% of the faster baseline ` +
          `(targets: ≥ 100 workflows/s and ≥ 15% of the baseline)`,
      );
    }
    const load = os.loadavg().map((l) => l.toFixed(1));
    console.log(`load average at the end: ${load.join(' ')} on ${os.cpus().length} cores (other processes share them)`);
  } finally {
    await stopServer();
    await pg?.stop();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
