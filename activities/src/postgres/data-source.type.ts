import type { createDataSource } from '@dondoc/persistence';

/** The TypeORM data source of `@dondoc/persistence` (no direct typeorm dependency here). */
export type PostgresDataSource = ReturnType<typeof createDataSource>;
