import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  createDataSource,
  DEMO_ORGANISATION_SUCCESSIONS,
  DEMO_ORGANISATIONS,
  DEMO_POSITIONS,
  DEMO_UNIT_SUCCESSIONS,
  DEMO_UNITS,
  DEMO_USERS,
  MIGRATIONS,
  runMigrations,
  seedDemoData,
} from '@dondoc/persistence';
import { SEEDED_TEMPLATE_DATABASE, TEMPLATE_DATABASE, TEST_POSTGRES_URL_ENV } from './test-postgres.env';

/** A database of its own for one test file, cloned from a migrated template. */
export interface TestDatabase {
  /** Database name, unique in the run. */
  readonly name: string;
  /** postgres:// URL of this database. */
  readonly url: string;
  /** Connected data source (pool of 4). */
  readonly dataSource: DataSource;
  /** Closes the data source and drops the database. */
  destroy(): Promise<void>;
}

/** Options of {@link createTestDatabase}. */
export interface CreateTestDatabaseOptions {
  /** Clone from the template that also holds the demo data (units, organisations, demo logins). */
  seeded?: boolean;
}

let counter = 0;

/**
 * Clones a fresh database from the migrated (optionally seeded) template on the run's Postgres
 * (started by the jest globalSetup of libs/testing). Call in `beforeAll`, and `destroy()` in
 * `afterAll`. The template is built once per run, by whichever worker asks first.
 */
export async function createTestDatabase(options: CreateTestDatabaseOptions = {}): Promise<TestDatabase> {
  const adminUrl = testPostgresUrl();
  const template = await ensureTemplate(adminUrl, options.seeded ?? false);
  const name = `t_${process.pid}_${++counter}_${randomBytes(3).toString('hex')}`;
  await withAdmin(adminUrl, async (admin) => {
    await admin.query(`CREATE DATABASE ${ident(name)} TEMPLATE ${ident(template)}`);
  });
  const url = databaseUrl(adminUrl, name);
  const dataSource = createDataSource({ url, poolSize: 4, applicationName: `dondoc-test:${name}`, logging: 'none' });
  await dataSource.initialize();
  let destroyed: Promise<void> | undefined;
  return {
    name,
    url,
    dataSource,
    destroy: () =>
      (destroyed ??= (async () => {
        if (dataSource.isInitialized) await dataSource.destroy();
        await withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
      })()),
  };
}

/** Alias of {@link createTestDatabase}, reading well in `beforeAll`. */
export const useTestDatabase = createTestDatabase;

/** Maintenance URL of the run's test cluster; throws a helpful error when it is not running. */
export function testPostgresUrl(): string {
  const url = process.env[TEST_POSTGRES_URL_ENV];
  if (!url) {
    throw new Error(
      `${TEST_POSTGRES_URL_ENV} is not set: this test needs the Postgres started by jest globalSetup ` +
        `"<rootDir>/libs/testing/src/postgres/jest-global-setup.ts" (see jest.config.js).`,
    );
  }
  return url;
}

/** Replaces the database name of a postgres URL. */
export function databaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/**
 * Template names carry a fingerprint of the migrations (and demo data), so a cluster that outlives a run
 * (an external one given through the environment) never serves a template of older migrations.
 */
function templateNames(): { plain: string; seeded: string } {
  const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 10);
  const migrations = MIGRATIONS.map((m) => m.name).join(',');
  const demo = JSON.stringify([
    DEMO_UNITS,
    DEMO_UNIT_SUCCESSIONS,
    DEMO_ORGANISATIONS,
    DEMO_ORGANISATION_SUCCESSIONS,
    DEMO_POSITIONS,
    DEMO_USERS,
  ]);
  return {
    plain: `${TEMPLATE_DATABASE}_${hash(migrations)}`,
    seeded: `${SEEDED_TEMPLATE_DATABASE}_${hash(migrations + demo)}`,
  };
}

async function ensureTemplate(adminUrl: string, seeded: boolean): Promise<string> {
  const { plain, seeded: seededName } = templateNames();
  const wanted = seeded ? seededName : plain;
  return withAdmin(adminUrl, async (admin) => {
    if (await databaseExists(admin, wanted)) return wanted;
    // Workers race to build the template: one builds it under a cluster-wide lock, others wait.
    await admin.query(`SELECT pg_advisory_lock(hashtext('dondoc.test-template'))`);
    try {
      if (!(await databaseExists(admin, plain))) {
        await buildTemplate(admin, adminUrl, plain, null, async (ds) => {
          await runMigrations(ds);
        });
      }
      if (seeded && !(await databaseExists(admin, seededName))) {
        await buildTemplate(admin, adminUrl, seededName, plain, async (ds) => {
          await seedDemoData(ds);
        });
      }
    } finally {
      await admin.query(`SELECT pg_advisory_unlock(hashtext('dondoc.test-template'))`);
    }
    return wanted;
  });
}

/** Builds under a temporary name and renames at the end, so a half-built template is never cloned. */
async function buildTemplate(
  admin: DataSource,
  adminUrl: string,
  name: string,
  from: string | null,
  fill: (ds: DataSource) => Promise<void>,
): Promise<void> {
  const building = `${name}_building`;
  await admin.query(`DROP DATABASE IF EXISTS ${ident(building)} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${ident(building)}${from ? ` TEMPLATE ${ident(from)}` : ''}`);
  const ds = createDataSource({
    url: databaseUrl(adminUrl, building),
    poolSize: 2,
    applicationName: 'dondoc-test:template',
    logging: 'none',
  });
  await ds.initialize();
  try {
    await fill(ds);
  } finally {
    await ds.destroy();
  }
  await admin.query(`ALTER DATABASE ${ident(building)} RENAME TO ${ident(name)}`);
}

async function databaseExists(admin: DataSource, name: string): Promise<boolean> {
  const rows = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])) as unknown[];
  return rows.length > 0;
}

async function withAdmin<T>(adminUrl: string, fn: (admin: DataSource) => Promise<T>): Promise<T> {
  // A bare data source (no entities) on the maintenance database, with a single connection so
  // that advisory locks and unlocks happen in the same session.
  const admin = new DataSource({ type: 'postgres', url: adminUrl, poolSize: 1, applicationName: 'dondoc-test:admin' });
  await admin.initialize();
  try {
    return await fn(admin);
  } finally {
    await admin.destroy();
  }
}

function ident(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name: ${name}`);
  return `"${name}"`;
}
