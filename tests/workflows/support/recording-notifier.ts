import type { NotificationRequest } from '@dondoc/contracts';
import { InMemoryNotifier } from '@dondoc/activities';

/** A notification with the server's virtual time at which the activity delivered it. */
export type ObservedNotification = NotificationRequest & { observedAtMs: number };

/**
 * The in-memory notifier of `@dondoc/activities`, plus the virtual time of delivery read from the
 * time-skipping server (`env.currentTimeMs()`), so tests can assert when a reminder really went out.
 */
export class RecordingNotifier extends InMemoryNotifier {
  readonly observed: ObservedNotification[] = [];

  constructor(private readonly currentTimeMs: () => Promise<number>) {
    super();
  }

  override async send(request: NotificationRequest): Promise<void> {
    const before = this.sent.length;
    await super.send(request);
    if (this.sent.length > before) this.observed.push({ ...request, observedAtMs: await this.currentTimeMs() });
  }

  /** Observed notifications about one workflow, in delivery order. */
  observedFor(workflowId: string): ObservedNotification[] {
    return this.observed.filter((n) => n.subject.workflowId === workflowId);
  }
}
