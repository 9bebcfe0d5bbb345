import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadConfig, type DondocConfig } from '@dondoc/config';
import { createTestDatabase, type TestDatabase } from '../postgres/test-database';

/** The part of a Nest application the stack needs (keeps libs/ free of imports from apps/). */
export interface StartableApp {
  listen(port: number, host: string): Promise<unknown>;
  getHttpServer(): { address(): AddressInfo | string | null };
  close(): Promise<void>;
}

/** Options of {@link startTestStack}. */
export interface StartTestStackOptions {
  /** The API factory, i.e. `createApiApp` from apps/api (passed in: libs never import apps). */
  createApp: (config: DondocConfig) => Promise<StartableApp>;
  /** Clone the template holding the demo commune and demo logins (default true). */
  seeded?: boolean;
  /** Extra environment for loadConfig, e.g. `{ CONSOLE_DIR: '…' }`. */
  env?: Record<string, string>;
}

/** A running API on its own cloned database. */
export interface TestStack {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  readonly baseUrl: string;
  readonly config: DondocConfig;
  readonly db: TestDatabase;
  readonly app: StartableApp;
  /** Closes the app, drops the database, removes the temporary DATA_DIR. */
  stop(): Promise<void>;
}

/**
 * Clones a (seeded) database, builds the API with a throw-away DATA_DIR and JWT secret, and
 * listens on a free port of 127.0.0.1. Needs the jest globalSetup of libs/testing.
 */
export async function startTestStack(options: StartTestStackOptions): Promise<TestStack> {
  const db = await createTestDatabase({ seeded: options.seeded ?? true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-test-data-'));
  try {
    const config = loadConfig({
      DATABASE_URL: db.url,
      DATA_DIR: dataDir,
      JWT_SECRET: randomBytes(32).toString('hex'),
      HOST: '127.0.0.1',
      PORT: '0',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'error',
      CONSOLE_DIR: path.join(dataDir, 'no-console'),
      ...options.env,
    });
    const app = await options.createApp(config);
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address();
    if (!address || typeof address === 'string') throw new Error('test stack: the API is not listening on TCP');
    let stopped: Promise<void> | undefined;
    return {
      baseUrl: `http://127.0.0.1:${address.port}`,
      config,
      db,
      app,
      stop: () =>
        (stopped ??= (async () => {
          await app.close();
          await db.destroy();
          fs.rmSync(dataDir, { recursive: true, force: true });
        })()),
    };
  } catch (err) {
    await db.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}
