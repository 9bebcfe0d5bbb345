import { DEFAULT_MAIL_RETRY, drainMailOutbox, type MailRetryOptions, type MailSender, type PostgresMailOutbox } from '@dondoc/activities';

/** A running drainer; `stop` waits for the pass in flight. */
export interface MailDrainer {
  stop(): Promise<void>;
}

/** Options of {@link startMailDrainer}. */
export interface MailDrainerOptions {
  outbox: PostgresMailOutbox;
  sender: MailSender;
  /** Pause between passes. */
  intervalMs?: number;
  retry?: MailRetryOptions;
  /** Where a failing pass (database away) is reported; the loop carries on. */
  onError?: (e: unknown) => void;
}

/**
 * Sends the queued mail beside the Temporal worker, one pass every `intervalMs` (never two at once).
 * Mail is a side channel: a mail server that is down only delays mail, never a workflow.
 */
export function startMailDrainer(options: MailDrainerOptions): MailDrainer {
  const intervalMs = options.intervalMs ?? 5_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  const pass = async () => {
    try {
      await drainMailOutbox(options.outbox, options.sender, options.retry ?? DEFAULT_MAIL_RETRY);
    } catch (e) {
      options.onError?.(e);
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      inFlight = pass().then(schedule);
    }, intervalMs);
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
      options.sender.close();
    },
  };
}
