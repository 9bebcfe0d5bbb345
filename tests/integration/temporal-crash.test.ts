// Durable store crash test: ~200 workflows in mixed states (timers, signal waits, activities and updates in flight)
// while the dev server on PostgreSQL is SIGKILLed and restarted on the same database, repeatedly. A ledger of every
// acknowledged operation is checked against the results: each workflow finishes with the acknowledged signals/updates,
// no timer fires twice, no completed activity re-runs, histories keep contiguous event ids.
import { CompleteAsyncError, Context } from '@temporalio/activity';
import { Connection, Client, type WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import { NativeConnection, Worker, bundleWorkflowCode } from '@temporalio/worker';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FAST_RECONNECT, QUIET_BUNDLER_LOGGER, freePort, installQuietRuntime, kill9, sleep, startServer, testDatabase, waitUntil, type Server } from './support/durable-server';
import type { CrashResult } from './temporal-crash.workflows';

// CRASH_CYCLES / CRASH_WORKFLOWS are set by bench/temporal-crash/run.js (defaults: the CI-sized run).
const CYCLES = Number(process.env.CRASH_CYCLES ?? 20);
const WORKFLOWS = Number(process.env.CRASH_WORKFLOWS ?? 200);
jest.setTimeout(120_000 + CYCLES * 4_000);
const LEDGER_DIR = process.env.CRASH_LEDGER_DIR ?? '/tmp/crash';

const EVENT = { TIMER_STARTED: 17, TIMER_FIRED: 18, WORKFLOW_EXECUTION_COMPLETED: 2 };
const rand = (lo: number, hi: number) => lo + Math.floor(Math.random() * (hi - lo));

interface Plan {
  handle: WorkflowHandleWithFirstExecutionRunId;
  timerMs: number[];
  activityMs: number[];
  signalsSent: Set<string>;
  signalsAcked: Set<string>;
  updatesSent: Set<string>;
  updatesAcked: Set<string>;
}

describe('durable store (PostgreSQL): repeated kill -9 under load', () => {
  const db = testDatabase('temporal_crash');
  const dbUrl = db.url;
  let server: Server | undefined;
  let port = 0;
  const ledgerFile = join(LEDGER_DIR, `ledger-${db.name}.jsonl`);
  const ledger = (entry: Record<string, unknown>) => appendFileSync(ledgerFile, JSON.stringify({ t: Date.now(), ...entry }) + '\n');

  beforeAll(async () => {
    installQuietRuntime();
    mkdirSync(LEDGER_DIR, { recursive: true });
    await db.create();
    port = await freePort();
  });

  afterAll(async () => {
    if (server) await kill9(server);
    await db.drop();
  });

  it(`finishes ${WORKFLOWS} workflows correctly across ${CYCLES} SIGKILL/restart cycles`, async () => {
    const bundle = bundleWorkflowCode({
      workflowsPath: require.resolve('./temporal-crash.workflows'),
      logger: QUIET_BUNDLER_LOGGER,
    });
    server = await startServer(port, dbUrl);
    const address = `127.0.0.1:${port}`;
    const connection = await Connection.connect({ address, channelArgs: FAST_RECONNECT });
    const client = new Client({ connection });
    const taskQueue = `crash-${randomBytes(4).toString('hex')}`;
    // Activity executions, key `${workflowId}:${seq}`. Activities complete asynchronously through the client, so the
    // test knows exactly which completions the server acknowledged (`acked`): none of those may ever run again.
    const executions = new Map<string, Array<{ start: number; acked?: number }>>();
    const completeAsync = async (taskToken: Uint8Array, key: string, exec: { start: number; acked?: number }) => {
      for (let attempt = 0; attempt < 100; attempt++) {
        try {
          await client.activity.complete(taskToken, key);
          exec.acked = Date.now();
          ledger({ op: 'activity-acked', key });
          return;
        } catch (err) {
          ledger({ op: 'activity-complete-failed', key, err: String(err).slice(0, 200) });
          if (/not ?found|NOT_FOUND/i.test(String(err))) return; // the attempt is gone (timed out): it will be retried
          await sleep(300);
        }
      }
    };
    const nativeConnection = await NativeConnection.connect({ address });
    const worker = await Worker.create({
      connection: nativeConnection,
      taskQueue,
      workflowBundle: await bundle,
      maxConcurrentActivityTaskExecutions: 100,
      activities: {
        async record(workflowId: string, seq: number, ms: number): Promise<string> {
          const key = `${workflowId}:${seq}`;
          const exec: { start: number; acked?: number } = { start: Date.now() };
          executions.set(key, [...(executions.get(key) ?? []), exec]);
          ledger({ op: 'activity-start', key, attempt: Context.current().info.attempt });
          const taskToken = Context.current().info.taskToken;
          setTimeout(() => void completeAsync(taskToken, key, exec), ms);
          throw new CompleteAsyncError();
        },
      },
    });
    const running = worker.run();
    const plans: Plan[] = [];
    let stop = false;
    try {
      const startOne = async (i: number) => {
        const timerMs = Array.from({ length: rand(0, 4) }, () => [200, 1_000, 3_000, 8_000, 15_000][rand(0, 5)]!);
        const activityMs = Array.from({ length: rand(0, 4) }, () => rand(50, 2_500));
        const workflowId = `crash-${taskQueue}-${i}`;
        const handle = await client.workflow.start('crashWorkflow', { taskQueue, workflowId, args: [timerMs, activityMs] });
        ledger({ op: 'start', workflowId });
        plans[i] = { handle, timerMs, activityMs, signalsSent: new Set(), signalsAcked: new Set(), updatesSent: new Set(), updatesAcked: new Set() };
      };
      for (let i = 0; i < WORKFLOWS; i += 20) await Promise.all(Array.from({ length: Math.min(20, WORKFLOWS - i) }, (_, k) => startOne(i + k)));

      // Load: signals and updates to random workflows, concurrently with the kills.
      let seq = 0;
      const load = async () => {
        while (!stop) {
          const p = plans[rand(0, plans.length)]!;
          const id = `op-${seq++}`;
          if (Math.random() < 0.5) {
            p.signalsSent.add(id);
            try {
              await p.handle.signal('add', id);
              p.signalsAcked.add(id);
              ledger({ op: 'signal', workflowId: p.handle.workflowId, id });
            } catch {
              // unacknowledged: may or may not have been applied
            }
          } else {
            p.updatesSent.add(id);
            try {
              await p.handle.executeUpdate('inc', { args: [id], updateId: id });
              p.updatesAcked.add(id);
              ledger({ op: 'update', workflowId: p.handle.workflowId, id });
            } catch {
              // unacknowledged
            }
          }
        }
      };
      const loaders = Array.from({ length: 8 }, load);

      for (let c = 0; c < CYCLES; c++) {
        await sleep(rand(300, 1_000));
        ledger({ op: 'kill', cycle: c });
        await kill9(server);
        server = undefined;
        await sleep(rand(0, 300));
        server = await startServer(port, dbUrl);
        ledger({ op: 'restarted', cycle: c });
      }
      stop = true;
      await Promise.all(loaders);

      // Finish every workflow (the finish signal is idempotent, retried until acknowledged) and collect results.
      const results = await Promise.all(
        plans.map(async (p) => {
          await waitUntil(`finish ${p.handle.workflowId}`, async () => (await p.handle.signal('finish'), true));
          return (await p.handle.result()) as CrashResult;
        }),
      );

      const histories = await Promise.all(plans.map(async (p) => (await client.workflow.getHandle(p.handle.workflowId, p.handle.firstExecutionRunId).fetchHistory()).events ?? []));
      const problems: string[] = [];
      for (const [i, p] of plans.entries()) {
        const r = results[i]!;
        const wf = p.handle.workflowId;
        if (r.firings !== p.timerMs.length) problems.push(`${wf}: ${r.firings} timer firings, expected ${p.timerMs.length}`);
        for (const id of p.signalsAcked) if (!r.signals.includes(id)) problems.push(`${wf}: acknowledged signal ${id} lost`);
        for (const id of r.signals) if (!p.signalsSent.has(id)) problems.push(`${wf}: unknown signal ${id}`);
        for (const id of p.updatesAcked) if (!r.updates.includes(id)) problems.push(`${wf}: acknowledged update ${id} lost`);
        for (const id of r.updates) if (!p.updatesSent.has(id)) problems.push(`${wf}: unknown update ${id}`);
        const expectedActs = p.activityMs.map((_, k) => `${wf}:${k}`);
        if (JSON.stringify(r.activities) !== JSON.stringify(expectedActs)) problems.push(`${wf}: activities ${JSON.stringify(r.activities)}`);
        for (const key of expectedActs) {
          const ex = executions.get(key) ?? [];
          const acked = ex.filter((e) => e.acked !== undefined);
          // 0 is possible: the server applied a completion but the reply was lost to a kill (the result check above covers it).
          if (acked.length > 1) problems.push(`${key}: ${acked.length} acknowledged completions`);
          else if (acked.length === 1 && ex.some((e) => e.start > acked[0]!.acked!)) problems.push(`${key}: re-run after its completion was acknowledged (${ex.length} executions)`);
        }
        const events = histories[i]!;
        const ids = events.map((e) => Number(e.eventId));
        if (ids.some((id, k) => id !== k + 1)) problems.push(`${wf}: non-contiguous event ids ${ids.join(',')}`);
        if (events.filter((e) => e.eventType === EVENT.WORKFLOW_EXECUTION_COMPLETED).length !== 1) problems.push(`${wf}: not exactly one completion event`);
        const started = events.filter((e) => e.eventType === EVENT.TIMER_STARTED).map((e) => e.timerStartedEventAttributes!.timerId!);
        const fired = events.filter((e) => e.eventType === EVENT.TIMER_FIRED).map((e) => e.timerFiredEventAttributes!.timerId!);
        if (new Set(fired).size !== fired.length) problems.push(`${wf}: a timer fired twice`);
        if (JSON.stringify([...fired].sort()) !== JSON.stringify([...started].sort())) problems.push(`${wf}: started timers ${started} fired ${fired}`);
      }
      const acked = plans.reduce((n, p) => n + p.signalsAcked.size + p.updatesAcked.size, 0);
      ledger({ op: 'summary', cycles: CYCLES, workflows: WORKFLOWS, acked, problems });
      expect(acked).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    } finally {
      stop = true;
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running.catch(() => undefined);
      await nativeConnection.close();
      await connection.close();
    }
  });
});
