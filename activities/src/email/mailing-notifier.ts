import type { NotificationRequest } from '@dondoc/contracts';
import type { Notifier } from '../ports';
import type { PostgresMailOutbox } from './mail-outbox';

/**
 * The in-app notifier plus an e-mail copy queued in the outbox. Queuing is one insert in dondoc's own
 * database: the workflow's activity never talks to the mail server, so a server that is down never
 * holds it (the worker's drainer sends and retries on its own).
 */
export class MailingNotifier implements Notifier {
  constructor(
    private readonly inApp: Notifier,
    private readonly outbox: PostgresMailOutbox,
  ) {}

  async send(request: NotificationRequest): Promise<void> {
    await this.inApp.send(request);
    await this.outbox.enqueue(request);
  }
}
