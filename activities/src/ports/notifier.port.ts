import type { NotificationRequest } from '@dondoc/contracts';

/** Delivers notifications (mail, in-app inbox, …). Must be idempotent on `request.key`. */
export interface Notifier {
  send(request: NotificationRequest): Promise<void>;
}
