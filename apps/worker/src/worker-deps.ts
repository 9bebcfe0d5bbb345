import type { DondocConfig } from '@dondoc/config';
import {
  type DondocActivityDeps,
  PostgresNotifier,
  PostgresNumberRegister,
  PostgresProjectionStore,
  TypeOrmAuditLog,
} from '@dondoc/activities';
import { createDataSource } from '@dondoc/persistence';

/** The worker's dependencies and how to release them. */
export interface WorkerDeps {
  deps: DondocActivityDeps;
  /** Stores that are not durable yet, for the boot banner. */
  notDurable: string[];
  close(): Promise<void>;
}

/**
 * Resolves the activities' dependencies from configuration: audit events (`audit_events`), in-app
 * notifications (`notifications`), the workflows' read models (`plan_workflow_states`,
 * `task_projections`, `duty_*projections`) and the outgoing register (`document_register_entries`),
 * all in Postgres. Mail is not sent yet (in-app only) — said at boot, not hidden.
 */
export async function createWorkerDeps(config: DondocConfig): Promise<WorkerDeps> {
  if (config.database.embedded)
    throw new Error('DATABASE_URL=embedded: the worker needs the real database URL (dondoc start passes it)');
  const dataSource = createDataSource({ url: config.database.url, applicationName: 'dondoc-worker', poolSize: 4 });
  await dataSource.initialize();
  return {
    deps: postgresActivityDeps(dataSource),
    notDurable: ['mail (in-app notifications only)'],
    close: () => dataSource.destroy(),
  };
}

/** The activities' dependencies over one connected data source (also used by tests with their own database). */
export function postgresActivityDeps(dataSource: ReturnType<typeof createDataSource>): DondocActivityDeps {
  return {
    auditLog: new TypeOrmAuditLog(dataSource),
    notifier: new PostgresNotifier(dataSource),
    projections: new PostgresProjectionStore(dataSource),
    numberRegister: new PostgresNumberRegister(dataSource),
  };
}
