import { bundleWorkflowCode } from '@temporalio/worker';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REPO = resolve(__dirname, '..', '..', '..');
const CACHE_DIR = '/tmp/workflows/bundles';
/** What the bundle is made of: workflow sources and the built packages webpack follows through node_modules. */
const INPUTS = [join(REPO, 'workflows', 'src'), join(REPO, 'libs', 'contracts', 'dist'), join(REPO, 'libs', 'domain', 'dist')];

let pending: Promise<{ codePath: string }> | undefined;

/**
 * dondoc's production workflow bundle (`workflows/src/index.ts`, exactly as the worker bundles it), built once
 * per content hash and cached under /tmp so test files and jest workers share one webpack run. Workspace
 * packages are bundled from their `dist/`: build first (`npx tsc -b libs/contracts workflows activities apps/worker`).
 */
export function dondocWorkflowBundle(): Promise<{ codePath: string }> {
  pending ??= buildOrReuse();
  return pending;
}

async function buildOrReuse(): Promise<{ codePath: string }> {
  const hash = createHash('sha256');
  hash.update(readFileSync(require.resolve('@temporalio/workflow/package.json')));
  for (const dir of INPUTS) for (const file of walk(dir)) hash.update(file).update(readFileSync(file));
  const codePath = join(CACHE_DIR, `${hash.digest('hex').slice(0, 24)}.js`);
  if (existsSync(codePath)) return { codePath };
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve(join(REPO, 'workflows', 'src', 'index.ts')),
    logger: { trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error, log() {} },
  });
  mkdirSync(CACHE_DIR, { recursive: true });
  const tmp = `${codePath}.${process.pid}.tmp`;
  writeFileSync(tmp, code);
  renameSync(tmp, codePath);
  return { codePath };
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`${dir} missing: run npx tsc -b libs/contracts workflows activities apps/worker`);
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return walk(p);
      return name.endsWith('.map') || name.endsWith('.tsbuildinfo') ? [] : [p];
    });
}
