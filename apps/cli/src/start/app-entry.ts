import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The compiled entry (`dist/main.js`) of a workspace app, or undefined when that app is not built
 * (or not part of this installation). Resolved through the package, not a relative path, so it works
 * wherever npm put the workspace.
 */
export function appEntry(packageName: string, file = 'dist/main.js'): string | undefined {
  let dir: string;
  try {
    dir = path.dirname(require.resolve(`${packageName}/package.json`));
  } catch {
    return undefined;
  }
  const entry = path.join(dir, file);
  return fs.existsSync(entry) ? entry : undefined;
}
