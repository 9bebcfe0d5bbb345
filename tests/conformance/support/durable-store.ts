import { createHash, randomBytes } from 'node:crypto';
import { databaseUrl, testPostgresUrl } from '@dondoc/testing';
import { MIGRATIONS } from '../../../libs/temporal-server/src/store/postgres/migrations';
import { PostgresExecutionStore } from '../../../libs/temporal-server/src/store/postgres/postgres.store';

/**
 * Set by the `conformance-durable` jest project (durable-store.setup.ts): every environment of the suite then runs
 * dondoc-temporal on the PostgreSQL store (`--db-filename postgres://…`), each on a database of its own.
 */
export const CONFORMANCE_STORE_VARIABLE = 'DONDOC_CONFORMANCE_STORE';

/** True when the suite runs on the durable store. */
export const onDurableStore = (): boolean => process.env[CONFORMANCE_STORE_VARIABLE] === 'postgres';

/** An empty database for one server; the server creates its `temporal` schema on start. */
export interface DurableDatabase {
  readonly url: string;
  /** Drops the database (after the server is gone). */
  drop(): Promise<void>;
}

let counter = 0;

/**
 * Creates a database on the run's test Postgres (started by the project's globalSetup), cloned from one whose
 * `temporal` schema is already migrated: the SDK gives a spawned server 5 s to listen, which migrating a fresh
 * schema on a loaded machine can exceed.
 */
export async function createDurableDatabase(): Promise<DurableDatabase> {
  const adminUrl = testPostgresUrl();
  const template = await ensureTemplate(adminUrl);
  const name = `conf_${process.pid}_${++counter}_${randomBytes(3).toString('hex')}`;
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const url = databaseUrl(adminUrl, name);
  return {
    url,
    drop: async () => {
      // The server must really have kept its runs here (not silently in memory).
      let used = false;
      await withAdmin(url, async (c) => {
        used = (await c.query(`SELECT 1 FROM temporal.runs LIMIT 1`).catch(() => ({ rows: [] }))).rows.length > 0;
      });
      await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      if (!used) throw new Error(`the durable-store conformance server kept no run in ${name}`);
    },
  };
}

/** A database with the store's schema migrated, named after the migrations; built once per cluster. */
async function ensureTemplate(adminUrl: string): Promise<string> {
  const fingerprint = createHash('sha256').update(JSON.stringify(MIGRATIONS)).digest('hex').slice(0, 10);
  const name = `conf_template_${fingerprint}`;
  const exists = async (c: PgClient): Promise<boolean> =>
    (await c.query(`SELECT 1 FROM pg_database WHERE datname = '${name}'`)).rows.length > 0;
  await withAdmin(adminUrl, async (c) => {
    if (await exists(c)) return;
    // Workers race to build it: one builds under a cluster-wide lock (under a temporary name), the others wait.
    await c.query(`SELECT pg_advisory_lock(hashtext('dondoc.conformance-template'))`);
    try {
      if (await exists(c)) return;
      const building = `${name}_building`;
      await c.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await c.query(`CREATE DATABASE "${building}"`);
      await (await PostgresExecutionStore.open(databaseUrl(adminUrl, building))).close();
      await c.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    } finally {
      await c.query(`SELECT pg_advisory_unlock(hashtext('dondoc.conformance-template'))`);
    }
  });
  return name;
}

/** The slice of `pg` used here (the package ships no types). */
interface PgClient {
  connect(): Promise<void>;
  query(text: string): Promise<{ rows: unknown[] }>;
  end(): Promise<void>;
}

async function withAdmin(url: string, fn: (c: PgClient) => Promise<unknown>): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pg = require('pg') as { Client: new (cfg: { connectionString: string; application_name: string }) => PgClient };
  const c = new pg.Client({ connectionString: url, application_name: 'dondoc-conformance' });
  await c.connect();
  try {
    await fn(c);
  } finally {
    await c.end();
  }
}
