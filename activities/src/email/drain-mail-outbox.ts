import type { MailSender } from './smtp-mail-sender';
import type { PostgresMailOutbox } from './mail-outbox';

/** Retry schedule of the outbox: exponential from `retryBaseMs`, capped, given up after `maxAttempts`. */
export interface MailRetryOptions {
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
}

/** 30 s, 1 min, 2 min … capped at 1 h; about a day of tries before a mail is marked failed. */
export const DEFAULT_MAIL_RETRY: MailRetryOptions = { retryBaseMs: 30_000, retryMaxMs: 3_600_000, maxAttempts: 30 };

/** Delay before the next attempt after `attempts` failed ones, or null when it is time to give up. */
export function mailRetryDelay(attempts: number, options: MailRetryOptions = DEFAULT_MAIL_RETRY): number | null {
  if (attempts >= options.maxAttempts) return null;
  return Math.min(options.retryMaxMs, options.retryBaseMs * 2 ** Math.max(0, attempts - 1));
}

/** One pass over the due mails: send each, record success or the failure and the next attempt. */
export async function drainMailOutbox(
  outbox: PostgresMailOutbox,
  sender: MailSender,
  options: MailRetryOptions & { batch?: number; leaseMs?: number } = DEFAULT_MAIL_RETRY,
): Promise<{ sent: number; failed: number }> {
  const due = await outbox.claimDue(options.batch ?? 20, options.leaseMs ?? 120_000);
  let sent = 0;
  let failed = 0;
  for (const mail of due) {
    try {
      await sender.send({ to: mail.toAddress, subject: mail.subject, text: mail.body });
      await outbox.markSent(mail.id);
      sent++;
    } catch (e) {
      await outbox.markAttemptFailed(mail.id, e instanceof Error ? e.message : String(e), mailRetryDelay(mail.attempts + 1, options));
      failed++;
    }
  }
  return { sent, failed };
}
