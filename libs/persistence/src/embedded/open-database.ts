import type { DondocConfig } from '@dondoc/config';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../data-source/create-data-source';
import { ensureDatabase } from './ensure-database';
import { startEmbeddedPostgres } from './start-embedded-postgres';

/** Name of dondoc's database on the embedded cluster. */
export const EMBEDDED_DATABASE_NAME = 'dondoc';

/** A connected database chosen by DATABASE_URL. */
export interface OpenDatabase {
  /** The real postgres:// URL (resolved when DATABASE_URL=embedded). */
  readonly url: string;
  readonly dataSource: DataSource;
  /** Closes the pool and stops the embedded cluster if this call started it. */
  close(): Promise<void>;
}

/**
 * Connects to the configured database: a given URL as is, or for `embedded` the cluster under
 * DATA_DIR/postgres (started, or shared when already running) and its `dondoc` database.
 * Used by one-shot commands (migrate, seed); long-running processes keep their own handles.
 */
export async function openDatabase(config: DondocConfig, applicationName = 'dondoc'): Promise<OpenDatabase> {
  let url = config.database.url;
  let stopPostgres: () => Promise<void> = async () => undefined;
  if (config.database.embedded) {
    // handleSignals false: embedded-postgres would otherwise exit(0) when the loop drains, hiding
    // the command's exit code; close() stops the cluster (and process exit still signals it).
    const pg = await startEmbeddedPostgres({ dataDir: config.dataDir, handleSignals: false });
    stopPostgres = () => pg.stop();
    try {
      await ensureDatabase(pg.url, EMBEDDED_DATABASE_NAME);
    } catch (err) {
      await pg.stop();
      throw err;
    }
    url = pg.urlFor(EMBEDDED_DATABASE_NAME);
  }
  const dataSource = createDataSource({ url, applicationName, poolSize: 2 });
  try {
    await dataSource.initialize();
  } catch (err) {
    await stopPostgres();
    throw err;
  }
  return {
    url,
    dataSource,
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await stopPostgres();
    },
  };
}
