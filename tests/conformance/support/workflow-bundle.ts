import { bundleWorkflowCode } from '@temporalio/worker';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORKFLOWS_DIR = join(__dirname, '..', 'workflows');
const CACHE_DIR = '/tmp/conformance/bundles';

let pending: Promise<{ codePath: string }> | undefined;

/**
 * The conformance workflows bundled once: cached in /tmp keyed by a hash of the workflow sources and the SDK
 * version, so every test file (and every jest worker) reuses one webpack run.
 */
export function conformanceWorkflowBundle(): Promise<{ codePath: string }> {
  pending ??= buildOrReuse();
  return pending;
}

async function buildOrReuse(): Promise<{ codePath: string }> {
  const hash = createHash('sha256');
  hash.update(readFileSync(require.resolve('@temporalio/workflow/package.json')));
  for (const file of readdirSync(WORKFLOWS_DIR).sort()) {
    hash.update(file).update(readFileSync(join(WORKFLOWS_DIR, file)));
  }
  const codePath = join(CACHE_DIR, `${hash.digest('hex').slice(0, 24)}.js`);
  if (existsSync(codePath)) return { codePath };
  const { code } = await bundleWorkflowCode({
    workflowsPath: join(WORKFLOWS_DIR, 'index.ts'),
    logger: { trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error, log() {} },
  });
  mkdirSync(CACHE_DIR, { recursive: true });
  // Write then rename: a concurrent jest worker never sees a half-written bundle.
  const tmp = `${codePath}.${process.pid}.tmp`;
  writeFileSync(tmp, code);
  renameSync(tmp, codePath);
  return { codePath };
}
