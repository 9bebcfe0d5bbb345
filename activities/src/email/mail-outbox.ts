import type { NotificationRequest } from '@dondoc/contracts';
import type { PostgresDataSource } from '../postgres/data-source.type';
import { emailOf } from './email-message';

/** A queued mail claimed for sending. */
export interface OutboxMail {
  id: string;
  toAddress: string;
  subject: string;
  body: string;
  attempts: number;
}

/**
 * The `mail_outbox` table: mail is queued with the in-app notification (same key, so a retried
 * activity queues nothing twice) and claimed by the drainer under a lease, so two workers never
 * send one mail twice and a crashed drainer's claims come back after the lease.
 */
export class PostgresMailOutbox {
  constructor(private readonly dataSource: PostgresDataSource) {}

  /**
   * Queues one mail per address of the recipient: the user it names, or the active users of the
   * organisation or position it names, that have an e-mail address. Returns how many were queued.
   */
  async enqueue(request: NotificationRequest): Promise<number> {
    const { subject, text } = emailOf(request);
    const rows = (await this.dataSource.query(
      `INSERT INTO mail_outbox (notification_key, to_address, subject, body)
       SELECT DISTINCT $1, u.email, $3, $4 FROM users u
        WHERE u.active AND u.email IS NOT NULL AND btrim(u.email) <> ''
          AND (u.id::text = $2 OR u.organisation_id::text = $2 OR u.position_id::text = $2)
       ON CONFLICT (notification_key, to_address) DO NOTHING
       RETURNING id`,
      [request.key, request.recipientId, subject, text],
    )) as unknown[];
    return rows.length;
  }

  /** Claims up to `limit` due mails for `leaseMs` (their next attempt moves past the lease). */
  async claimDue(limit: number, leaseMs: number): Promise<OutboxMail[]> {
    const rows = (await this.dataSource.query(
      `UPDATE mail_outbox SET next_attempt_at = now() + ($2 || ' milliseconds')::interval
        WHERE id IN (SELECT id FROM mail_outbox WHERE status = 'pending' AND next_attempt_at <= now()
                      ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id, to_address, subject, body, attempts`,
      [limit, String(leaseMs)],
    )) as [{ id: string; to_address: string; subject: string; body: string; attempts: number }[], number];
    return rows[0].map((r) => ({ id: r.id, toAddress: r.to_address, subject: r.subject, body: r.body, attempts: r.attempts }));
  }

  async markSent(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE mail_outbox SET status = 'sent', attempts = attempts + 1, sent_at = now(), last_error = NULL WHERE id = $1`, [id]);
  }

  /** A failed attempt: retried after `retryInMs`, or given up (`failed`) when null. */
  async markAttemptFailed(id: string, error: string, retryInMs: number | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2,
              status = CASE WHEN $3::bigint IS NULL THEN 'failed' ELSE 'pending' END,
              next_attempt_at = CASE WHEN $3::bigint IS NULL THEN next_attempt_at ELSE now() + ($3::bigint || ' milliseconds')::interval END
        WHERE id = $1`,
      [id, error.slice(0, 1000), retryInMs],
    );
  }
}
