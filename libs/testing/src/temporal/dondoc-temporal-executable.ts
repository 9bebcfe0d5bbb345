import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The `server.executable` option of `TestWorkflowEnvironment.createTimeSkipping/createLocal`. */
export interface ExistingPathExecutable {
  readonly type: 'existing-path';
  readonly path: string;
}

const BIN = join('node_modules', '.bin', 'dondoc-temporal');

/**
 * Finds the repository's `node_modules/.bin/dondoc-temporal` by walking up from `fromDir` (default: this file's
 * directory, which works from `src/` under jest and from `dist/`) and returns it in the shape the SDK's test
 * environment expects. The SDK spawns the path directly, so it must be the executable itself (the bin script
 * runs the server in-process; a wrapper would survive the SDK's SIGKILL on teardown).
 *
 * @throws Error when the link is missing or the server has not been built (`apps/temporal-server/dist/main.js`).
 */
export function dondocTemporalExecutable(fromDir: string = __dirname): ExistingPathExecutable {
  const path = findUp(resolve(fromDir), BIN);
  if (path === undefined) {
    throw new Error(`dondoc-temporal: ${BIN} not found above ${fromDir}; run npm install at the repository root`);
  }
  // The bin script requires ../dist/main.js; a missing build would only surface as a 5 s startup timeout.
  const main = join(dirname(realpathSync(path)), '..', 'dist', 'main.js');
  if (!existsSync(main)) {
    throw new Error(
      `dondoc-temporal is not built (${main} missing); run: npx tsc -b libs/temporal-server apps/temporal-server`,
    );
  }
  return { type: 'existing-path', path };
}

function findUp(start: string, relative: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, relative);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}
