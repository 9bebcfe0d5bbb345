import { DataSource } from 'typeorm';

/** Creates `database` on the cluster behind `maintenanceUrl` unless it exists. */
export async function ensureDatabase(maintenanceUrl: string, database: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`ensureDatabase: unsafe name "${database}"`);
  const admin = new DataSource({ type: 'postgres', url: maintenanceUrl, poolSize: 1, logging: false });
  await admin.initialize();
  try {
    const rows = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])) as unknown[];
    if (rows.length === 0) {
      await admin.query(`CREATE DATABASE "${database}"`).catch(async (err: unknown) => {
        // Lost a race with another process creating it: fine.
        if (((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])) as unknown[]).length === 0)
          throw err;
      });
    }
  } finally {
    await admin.destroy();
  }
}
