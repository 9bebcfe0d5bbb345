import type { MigrationInterface, QueryRunner } from 'typeorm';
import { sqlValues } from '../../chase/chase.types';
import { MAIL_OUTBOX_STATUSES } from '../mail-outbox.types';

/** E-mail copies of notifications, drained by the worker (outbox). */
export class MailOutbox1763950000000 implements MigrationInterface {
  name = 'MailOutbox1763950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mail_outbox (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        notification_key text NOT NULL,
        to_address text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT pk_mail_outbox PRIMARY KEY (id),
        CONSTRAINT ck_mail_outbox_status CHECK (status IN (${sqlValues(MAIL_OUTBOX_STATUSES)}))
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_mail_outbox_key_address ON mail_outbox (notification_key, to_address)`);
    await q.query(`CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_outbox`);
  }
}
