#!/usr/bin/env node
// Console benchmark: time from navigation start to the 60 × 30 assignment matrix being rendered.
//
//   npm run bench:console            (BENCH_RUNS=20 by default; BENCH_WARMUP=2; BENCH_VERBOSE=1 lists
//                                    the requests of the last run with their timings)
//   BENCH_CONSOLE_DIRS=/tmp/a,/tmp/b npm run bench:console
//                                    A/B: builds of the console made with `vite build --outDir /tmp/a`, each
//                                    served by its own API on the same Postgres, measured in alternation
//                                    (round i runs every build once), so that the machine's load hits all alike
//
// Builds nothing: it needs the built console (apps/console/dist) and the built node packages
// (apps/api/dist, libs/*/dist): `npm run build && npm run build --workspace @dondoc/console`.
// It starts the stack the way tests/browser/support/browser-stack.ts does, without jest: one
// ephemeral embedded Postgres, a clone of the seeded template, createApiApp serving the console on
// 127.0.0.1, no Temporal (the matrix page only reads GET /api/plans/:id and /api/plans/:id/matrix).
// It inserts the same 60 organisations × 30 responsibilities plan as tests/browser/console-matrix.test.ts,
// signs in once as "chutich", then opens /#/plans/<id>/show/matrix N times, each in a fresh browser
// context (cold HTTP cache, same session), and prints median and p95 of the time from navigation
// start (performance.now() = 0) to the table showing all 30 rows. Target: ≤ 1000 ms.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const CONSOLE_DIRS = (process.env.BENCH_CONSOLE_DIRS ?? path.join(root, 'apps/console/dist'))
  .split(',')
  .filter(Boolean)
  .map((dir) => path.resolve(dir));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const ROWS = 30;
const COLUMNS = 60;
const TARGET_MS = 1000;
const TABLE_LABEL = 'Ma trận phân công';

function requireBuilt() {
  const needed = [
    ...CONSOLE_DIRS.map((dir) => [path.join(dir, 'index.html'), 'npm run build --workspace @dondoc/console']),
    [path.join(root, 'apps/api/dist/index.js'), 'npm run build'],
    [path.join(root, 'libs/testing/dist/index.js'), 'npm run build'],
    [path.join(root, 'libs/persistence/dist/index.js'), 'npm run build'],
  ];
  const missing = needed.filter(([file]) => !fs.existsSync(file));
  if (missing.length) {
    for (const [file, fix] of missing)
      console.error(`bench:console: missing ${path.relative(root, file)} (run: ${fix})`);
    process.exit(2);
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`bench:console: no chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
    process.exit(2);
  }
}

async function insertMatrixPlan(dataSource) {
  return dataSource.transaction(async (m) => {
    const orgs = await m.query(
      `INSERT INTO organisations (code, name, kind, is_state_administrative)
       SELECT 'thon-ma-tran-' || g, 'Thôn số ' || g, 'neighbourhood', false FROM generate_series(1, $1::int) g RETURNING id`,
      [COLUMNS],
    );
    const [p] = await m.query(
      `INSERT INTO plans (document_type, title, status, source) VALUES ('KH', 'Kế hoạch ma trận lớn', 'draft', 'born-digital') RETURNING id`,
    );
    const [rev] = await m.query(
      `INSERT INTO plan_revisions (plan_id, number, snapshot) VALUES ($1, 1, '{}') RETURNING id`,
      [p.id],
    );
    await m.query(`UPDATE plans SET current_revision_id = $1 WHERE id = $2`, [rev.id, p.id]);
    for (let i = 0; i < ROWS; i++) {
      const [r] = await m.query(
        `INSERT INTO plan_responsibilities (revision_id, position, mode, duties, origin) VALUES ($1, $2, 'order', $3, 'manual') RETURNING id`,
        [rev.id, i, `Nhiệm vụ số ${i + 1}`],
      );
      const assignees = [
        ['lead', orgs[(2 * i) % COLUMNS].id],
        ['lead', orgs[(2 * i + 1) % COLUMNS].id],
        ['coordinator', orgs[(2 * i + 7) % COLUMNS].id],
        ['coordinator', orgs[(2 * i + 8) % COLUMNS].id],
      ];
      for (const [j, [role, orgId]] of assignees.entries()) {
        await m.query(
          `INSERT INTO responsibility_assignees (responsibility_id, role, position, organisation_id, name, name_key, party_kind, resolved, match_method)
           VALUES ($1, $2, $3, $4, 'x', 'x', 'organisation', true, 'manual')`,
          [r.id, role, j, orgId],
        );
      }
    }
    return p.id;
  });
}

const percentile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];

async function main() {
  requireBuilt();
  const { chromium } = require('playwright-core');
  const { startEmbeddedPostgres } = require('@dondoc/persistence');
  const { startTestStack, TEST_POSTGRES_URL_ENV } = require('@dondoc/testing');
  const { createApiApp } = require('@dondoc/api');

  fs.mkdirSync('/tmp/bench-console', { recursive: true });
  const pgDir = fs.mkdtempSync(
    path.join(fs.existsSync('/tmp/bench-console') ? '/tmp/bench-console' : os.tmpdir(), 'pg-'),
  );
  const cleanups = [];
  const cleanup = async () => {
    while (cleanups.length)
      await cleanups
        .pop()()
        .catch((e) => console.error('cleanup:', e.message));
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    const t0 = Date.now();
    const pg = await startEmbeddedPostgres({ dataDir: pgDir, ephemeral: true });
    cleanups.push(async () => {
      await pg.stop();
      fs.rmSync(pgDir, { recursive: true, force: true });
    });
    process.env[TEST_POSTGRES_URL_ENV] = pg.url;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    cleanups.push(() => browser.close());
    // One API (own clone of the seeded database, same Postgres) per build of the console.
    const variants = [];
    for (const consoleDir of CONSOLE_DIRS) {
      const stack = await startTestStack({ createApp: createApiApp, env: { CONSOLE_DIR: consoleDir } });
      cleanups.push(() => stack.stop());
      const planId = await insertMatrixPlan(stack.db.dataSource);
      console.log(
        `stack up in ${Date.now() - t0} ms at ${stack.baseUrl}; plan ${planId} (${COLUMNS} × ${ROWS})` +
          (CONSOLE_DIRS.length > 1 ? `; console ${consoleDir}` : ''),
      );
      const contextOptions = {
        baseURL: stack.baseUrl,
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
        viewport: { width: 1280, height: 800 },
      };
      // Sign in once; every run reuses the session (cookies + localStorage) in a fresh context.
      const loginContext = await browser.newContext(contextOptions);
      const loginPage = await loginContext.newPage();
      await loginPage.goto('/#/login');
      await loginPage.getByLabel(/^Tên đăng nhập/).fill('chutich');
      await loginPage.getByLabel(/^Mật khẩu/).fill('Dondoc@2026');
      await loginPage.getByRole('button', { name: 'Đăng nhập' }).click();
      await loginPage.getByRole('button', { name: 'Tài khoản' }).waitFor();
      const storageState = await loginContext.storageState();
      await loginContext.close();
      variants.push({ consoleDir, planId, contextOptions, storageState, times: [], breakdown: [] });
    }

    const errors = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      for (const v of variants) {
        const context = await browser.newContext({ ...v.contextOptions, storageState: v.storageState });
        const page = await context.newPage();
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`/#/plans/${v.planId}/show/matrix`);
        // Resolves in the page, on the animation frame where the table first holds all its rows.
        const handle = await page.waitForFunction(
          ([label, rows]) => {
            const table = document.querySelector(`table[aria-label="${label}"]`);
            return table && table.querySelectorAll('tbody tr').length === rows ? performance.now() : false;
          },
          [TABLE_LABEL, ROWS],
          { polling: 'raf', timeout: 30_000 },
        );
        const ms = await handle.jsonValue();
        // Where the time went: the page's scripts parsed (DOMContentLoaded), the matrix answered.
        const phases = await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0];
          const resources = performance.getEntriesByType('resource');
          const first = (re) => resources.find((e) => re.test(new URL(e.name).pathname));
          const script = first(/^\/assets\/index-[^/]*\.js$/);
          const plan = first(/^\/api\/plans\/[^/]+$/);
          const api = first(/^\/api\/plans\/[^/]+\/matrix$/);
          return {
            script: script ? script.responseEnd : NaN,
            dcl: nav ? nav.domContentLoadedEventEnd : NaN,
            planStart: plan ? plan.startTime : NaN,
            planEnd: plan ? plan.responseEnd : NaN,
            matrixStart: api ? api.startTime : NaN,
            matrixEnd: api ? api.responseEnd : NaN,
          };
        });
        if (process.env.BENCH_VERBOSE && i === WARMUP + RUNS - 1) {
          const entries = await page.evaluate(() =>
            performance
              .getEntriesByType('resource')
              .map((e) => [e.startTime.toFixed(0), e.responseEnd.toFixed(0), e.name.replace(location.origin, '')]),
          );
          console.log('requests of the last run (start → end ms, path):');
          for (const [start, end, name] of entries) console.log(`  ${start} → ${end}  ${name}`);
        }
        await context.close();
        if (i >= WARMUP) {
          v.times.push(ms);
          v.breakdown.push(phases);
        }
        process.stdout.write(
          `${i < WARMUP ? 'warm-up' : 'run'} ${i < WARMUP ? i + 1 : i - WARMUP + 1}` +
            `${variants.length > 1 ? ` [${path.basename(v.consoleDir)}]` : ''}: ${ms.toFixed(0)} ms ` +
            `(DOMContentLoaded ${phases.dcl.toFixed(0)}, matrix response ${phases.matrixEnd.toFixed(0)}, plan response ${phases.planEnd.toFixed(0)})\n`,
        );
      }
    }
    // Let requests of the last pages (the plan page asks for the plan again after the table) end before the API stops.
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (errors.length) console.error(`page errors:\n  ${errors.join('\n  ')}`);
    for (const { consoleDir, times, breakdown } of variants) {
      const sorted = [...times].sort((a, b) => a - b);
      const median =
        sorted.length % 2
          ? sorted[(sorted.length - 1) / 2]
          : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
      const p95 = percentile(sorted, 0.95);
      if (variants.length > 1) console.log(`console ${consoleDir}:`);
      console.log(
        `matrix ${COLUMNS}×${ROWS}, ${RUNS} runs (cold context): median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, ` +
          `min ${sorted[0].toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms; target ≤ ${TARGET_MS} ms: ${p95 <= TARGET_MS ? 'met' : 'NOT met'}`,
      );
      const med = (key) => {
        const v = breakdown
          .map((b) => b[key])
          .filter((x) => Number.isFinite(x))
          .sort((a, b) => a - b);
        return v.length ? v[Math.floor((v.length - 1) / 2)].toFixed(0) : '?';
      };
      console.log(
        `phases (median ms from navigation start): main script loaded ${med('script')}, DOMContentLoaded ${med('dcl')}, ` +
          `matrix request sent ${med('matrixStart')}, matrix response ${med('matrixEnd')}, ` +
          `plan request sent ${med('planStart')}, plan response ${med('planEnd')}, table rendered ${median.toFixed(0)}`,
      );
    }
    process.exitCode = errors.length ? 1 : 0;
  } finally {
    await cleanup();
  }
}

main().catch((e) => {
  console.error('bench:console failed:', e && e.stack ? e.stack : e);
  process.exitCode = 1;
});
