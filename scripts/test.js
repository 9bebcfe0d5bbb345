#!/usr/bin/env node
// `npm test`: install if needed, build, run every test tier in one jest run, print one summary line.
// Extra arguments go to jest, e.g. `npm test -- --selectProjects unit`.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ensureDependencies, build, root } = require('./prepare');

ensureDependencies();
build();

const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-test-')), 'results.json');
const args = ['--ci', '--json', `--outputFile=${out}`, ...process.argv.slice(2)];
const jest = spawnSync(process.execPath, [require.resolve('jest/bin/jest', { paths: [root] }), ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TZ: process.env.TZ || 'UTC' },
});

let passed = 0;
let failed = 0;
let suitesFailed = 0;
if (fs.existsSync(out)) {
  const r = JSON.parse(fs.readFileSync(out, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests;
  // A suite that fails to load counts as a failure even when it declared no test.
  suitesFailed = r.testResults.filter((s) => s.status === 'failed' && s.assertionResults.every((a) => a.status !== 'failed')).length;
}
const totalFailed = failed + suitesFailed;
console.log(`\n${passed} passed, ${totalFailed} failed`);
process.exit(jest.status === 0 && totalFailed === 0 && passed > 0 ? 0 : 1);
