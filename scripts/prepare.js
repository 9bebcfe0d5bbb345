// Shared by `npm start` and `npm test`: install dependencies on a fresh clone, then build what is stale.
// Plain JavaScript on purpose: it runs before anything is compiled.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    console.error(`dondoc: "${cmd} ${args.join(' ')}" failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status || 1);
  }
}

function ensureDependencies() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  const stale = !fs.existsSync(marker) || fs.statSync(marker).mtimeMs < fs.statSync(lock).mtimeMs;
  if (stale) {
    console.log('dondoc: installing dependencies (npm ci)…');
    run('npm', ['ci', '--no-audit', '--no-fund']);
  }
}

function build({ console: withConsole = true } = {}) {
  run(process.execPath, [require.resolve('typescript/bin/tsc', { paths: [root] }), '-b']);
  const consoleDir = path.join(root, 'apps', 'console');
  if (withConsole && fs.existsSync(path.join(consoleDir, 'vite.config.ts'))) {
    run('npm', ['run', 'build', '--workspace', '@dondoc/console', '--silent']);
  }
}

module.exports = { ensureDependencies, build, root };

if (require.main === module) {
  ensureDependencies();
  build();
}
