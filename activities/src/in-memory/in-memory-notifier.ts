import type { NotificationRequest } from '@dondoc/contracts';
import type { Notifier } from '../ports';

/**
 * Keeps notifications in memory, once per key (a retried activity does not send twice). For tests and
 * for the worker until the notifications table exists.
 */
export class InMemoryNotifier implements Notifier {
  readonly sent: NotificationRequest[] = [];
  private readonly keys = new Set<string>();

  async send(request: NotificationRequest): Promise<void> {
    if (this.keys.has(request.key)) return;
    this.keys.add(request.key);
    this.sent.push(request);
  }

  /** Notifications about one workflow. */
  about(workflowId: string): NotificationRequest[] {
    return this.sent.filter((n) => n.subject.workflowId === workflowId);
  }
}
