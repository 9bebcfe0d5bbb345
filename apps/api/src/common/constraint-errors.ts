import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { type ApiError } from './api-error';

/** Maps the name of a violated Postgres constraint to the error the user should see. */
export type ConstraintErrors = Readonly<Record<string, () => ApiError>>;

/**
 * Runs `fn` in one transaction; a unique (23505) or check (23514) violation of a constraint named in
 * `errors` becomes that ApiError, so the database stays the single judge of races and validity.
 */
export async function transactionMappingConstraints<T>(
  dataSource: DataSource,
  errors: ConstraintErrors,
  fn: (m: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await dataSource.transaction(fn);
  } catch (err) {
    if (err instanceof QueryFailedError) {
      const pg = err.driverError as { code?: string; constraint?: string };
      const mapped = (pg.code === '23505' || pg.code === '23514') && pg.constraint ? errors[pg.constraint] : undefined;
      if (mapped) throw mapped();
    }
    throw err;
  }
}
