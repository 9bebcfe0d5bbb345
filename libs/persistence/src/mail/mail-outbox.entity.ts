import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { sqlValues } from '../chase/chase.types';
import { MAIL_OUTBOX_STATUSES, type MailOutboxStatus } from './mail-outbox.types';

/**
 * One e-mail copy of an in-app notification, to one address: written with the notification (same
 * idempotency key), sent later by the worker's outbox drainer with retries, so a mail server that is
 * down never holds a workflow. No foreign keys: the address is copied when the mail is queued.
 */
@Entity('mail_outbox')
@Index('uq_mail_outbox_key_address', ['notificationKey', 'toAddress'], { unique: true })
@Index('ix_mail_outbox_due', ['status', 'nextAttemptAt'])
@Check('ck_mail_outbox_status', `status IN (${sqlValues(MAIL_OUTBOX_STATUSES)})`)
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The notification's idempotency key. */
  @Column({ type: 'text' })
  notificationKey!: string;

  @Column({ type: 'text' })
  toAddress!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', default: 'pending' })
  status!: MailOutboxStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
