// jest globalSetup for the integration, e2e (and browser) tiers: one embedded Postgres per run,
// in a temporary directory. Only node builtins and the embedded starter are imported here, by
// relative path, because jest does not apply moduleNameMapper to global hooks.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from '../../../persistence/src/embedded/start-embedded-postgres';
import { TEST_POSTGRES_URL_ENV } from './test-postgres.env';

interface TestCluster {
  handle: EmbeddedPostgresHandle;
  dir: string;
  users: number;
}

const KEY = Symbol.for('dondoc.testing.postgres');
type WithCluster = typeof globalThis & { [KEY]?: TestCluster };

/** Starts the run's Postgres (once, even if several projects list this hook). */
export default async function globalSetup(): Promise<void> {
  const g = globalThis as WithCluster;
  if (g[KEY]) {
    g[KEY].users += 1;
    return;
  }
  if (process.env[TEST_POSTGRES_URL_ENV]) return; // an outer runner provides the cluster
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-test-pg-'));
  const handle = await startEmbeddedPostgres({ dataDir: dir, ephemeral: true });
  g[KEY] = { handle, dir, users: 1 };
  process.env[TEST_POSTGRES_URL_ENV] = handle.url;
}

/** Stops the run's Postgres when the last project using it is done; removes its directory. */
export async function stopTestCluster(): Promise<void> {
  const g = globalThis as WithCluster;
  const cluster = g[KEY];
  if (!cluster) return;
  cluster.users -= 1;
  if (cluster.users > 0) return;
  delete g[KEY];
  delete process.env[TEST_POSTGRES_URL_ENV];
  await cluster.handle.stop();
  fs.rmSync(cluster.dir, { recursive: true, force: true });
}
