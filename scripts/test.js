#!/usr/bin/env node
// `npm test`: install if needed, build, type-check the tests, lint, run every test tier in one jest
// run, and print one summary line. Extra arguments go to jest, e.g. `npm test -- --selectProjects unit`
// (static checks are skipped when jest arguments are given: that is a developer narrowing the run).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ensureDependencies, build, root } = require('./prepare');

ensureDependencies();
build();

const jestArgs = process.argv.slice(2);
const staticChecks = jestArgs.length === 0
  ? [
      ['type-check of specs and tests', [require.resolve('typescript/bin/tsc', { paths: [root] }), '-p', 'tsconfig.test.json']],
      ['eslint', [path.join(path.dirname(require.resolve('eslint/package.json', { paths: [root] })), 'bin/eslint.js'), '.']],
    ]
  : [];
let staticFailed = 0;
for (const [name, args] of staticChecks) {
  console.log(`\n== ${name}`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    staticFailed += 1;
    console.error(`${name}: FAILED`);
  }
}

const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-test-')), 'results.json');
const jest = spawnSync(process.execPath, [require.resolve('jest/bin/jest', { paths: [root] }), '--ci', '--json', `--outputFile=${out}`, ...jestArgs], {
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
const totalFailed = failed + suitesFailed + staticFailed;
console.log(`\n${passed} passed, ${totalFailed} failed`);
process.exit(jest.status === 0 && totalFailed === 0 && passed > 0 ? 0 : 1);
