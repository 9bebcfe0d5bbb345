import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES, MIGRATIONS } from '../registry';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Options of {@link createDataSource}. */
export interface CreateDataSourceOptions {
  /** A real postgres:// URL (resolve `embedded` first with startEmbeddedPostgres). */
  url: string;
  /** Application name shown in pg_stat_activity. */
  applicationName?: string;
  /** Pool size; default 10. */
  poolSize?: number;
  /** `all`: every statement (debugging); `errors` (default): errors, warnings, migrations; `none`. */
  logging?: 'all' | 'errors' | 'none';
}

/**
 * Builds (does not connect) the TypeORM data source with every entity and migration.
 * Schema changes only through migrations: `synchronize` is off and `migrationsRun` is false;
 * call {@link runMigrations} explicitly.
 */
export function createDataSource(options: CreateDataSourceOptions): DataSource {
  const config: DataSourceOptions = {
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    applicationName: options.applicationName ?? 'dondoc',
    poolSize: options.poolSize ?? 10,
    logging: options.logging === 'all' ? 'all' : options.logging === 'none' ? false : ['error', 'warn', 'migration'],
    // Every session in UTC: timestamptz values come back as absolute instants either way.
    extra: { options: '-c TimeZone=UTC' },
  };
  return new DataSource(config);
}

/** Applies pending migrations (each in its own transaction); returns their names. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
