#!/usr/bin/env node
// Long crash run of the durable store: tests/integration/temporal-crash.test.ts with more SIGKILL/restart cycles.
// Usage: node bench/temporal-crash/run.js [cycles=100] [workflows=200]   (needs the jest Postgres harness, as `npm test`)
// The ledger of acknowledged operations and the summary go to $CRASH_LEDGER_DIR (default /tmp/crash).
'use strict';
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const cycles = Number(process.argv[2] ?? 100);
const workflows = Number(process.argv[3] ?? 200);
if (!Number.isInteger(cycles) || cycles < 1 || !Number.isInteger(workflows) || workflows < 1) {
  console.error('usage: node bench/temporal-crash/run.js [cycles=100] [workflows=200]');
  process.exit(2);
}
const root = join(__dirname, '..', '..');
const r = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'jest', 'bin', 'jest.js'), '--selectProjects', 'integration', '--testPathPatterns', 'temporal-crash'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, CRASH_CYCLES: String(cycles), CRASH_WORKFLOWS: String(workflows) } },
);
process.exit(r.status ?? 1);
