import type { DondocConfig } from '@dondoc/config';
import {
  createSmtpMailSender,
  type DondocActivityDeps,
  MailingNotifier,
  PostgresMailOutbox,
  PostgresDigestSource,
  PostgresNotifier,
  PostgresNumberRegister,
  PostgresProjectionStore,
  TypeOrmAuditLog,
} from '@dondoc/activities';
import { createDataSource, currentCalendarAdditions } from '@dondoc/persistence';
import { type MailDrainer, startMailDrainer } from './mail-drainer';

/** The worker's dependencies and how to release them. */
export interface WorkerDeps {
  deps: DondocActivityDeps;
  /** Stores that are not durable yet, for the boot banner. */
  notDurable: string[];
  /** Active leaders (each gets a weekly digest workflow). */
  leaderIds(): Promise<string[]>;
  /** The administered calendar exceptions as additions (what new workflows start with). */
  calendarAdditions(): ReturnType<typeof currentCalendarAdditions>;
  /** Starts sending queued mail when SMTP is configured (undefined otherwise). */
  startMail(): MailDrainer | undefined;
  close(): Promise<void>;
}

/**
 * Resolves the activities' dependencies from configuration: audit events (`audit_events`), in-app
 * notifications (`notifications`), the workflows' read models (`plan_workflow_states`,
 * `task_projections`, `duty_*projections`) and the outgoing register (`document_register_entries`),
 * all in Postgres. With SMTP configured, notifications also queue e-mail copies (`mail_outbox`), sent by
 * the mail drainer beside the worker; without it, in-app only — said at boot, not hidden.
 */
export async function createWorkerDeps(config: DondocConfig): Promise<WorkerDeps> {
  if (config.database.embedded)
    throw new Error('DATABASE_URL=embedded: the worker needs the real database URL (dondoc start passes it)');
  const dataSource = createDataSource({ url: config.database.url, applicationName: 'dondoc-worker', poolSize: 4 });
  await dataSource.initialize();
  const smtp = config.smtp;
  return {
    deps: postgresActivityDeps(dataSource, { mail: smtp !== null }),
    notDurable: smtp ? [] : ['mail (SMTP_URL unset: in-app notifications only)'],
    leaderIds: () => activeLeaderIds(dataSource),
    calendarAdditions: () => currentCalendarAdditions(dataSource.manager),
    startMail: () =>
      smtp
        ? startMailDrainer({
            outbox: new PostgresMailOutbox(dataSource),
            sender: createSmtpMailSender(smtp),
            onError: (e) => console.error(`dondoc-worker: gửi thư (mail outbox): ${e instanceof Error ? e.message : String(e)}`),
          })
        : undefined,
    close: () => dataSource.destroy(),
  };
}

/** The activities' dependencies over one connected data source (also used by tests with their own database). */
export function postgresActivityDeps(dataSource: ReturnType<typeof createDataSource>, options: { mail?: boolean } = {}): DondocActivityDeps {
  const inApp = new PostgresNotifier(dataSource);
  return {
    auditLog: new TypeOrmAuditLog(dataSource),
    // With mail configured, each notification also queues its e-mail copies (sent by the drainer).
    notifier: options.mail ? new MailingNotifier(inApp, new PostgresMailOutbox(dataSource)) : inApp,
    projections: new PostgresProjectionStore(dataSource),
    numberRegister: new PostgresNumberRegister(dataSource),
    digestSource: new PostgresDigestSource(dataSource),
  };
}

/** Active users with the leader role. */
export async function activeLeaderIds(dataSource: ReturnType<typeof createDataSource>): Promise<string[]> {
  const rows = (await dataSource.query(`SELECT id FROM users WHERE active AND 'leader' = ANY(roles) ORDER BY id`)) as { id: string }[];
  return rows.map((r) => r.id);
}
