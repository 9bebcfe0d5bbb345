import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NOTIFICATION_KINDS, sqlValues, type NotificationKind } from './chase.types';

/**
 * One in-app notification (reminder, escalation, overdue notice, digest, lifecycle step). Written
 * once per idempotency `key` by the worker; the recipient id as the workflow gave it is kept in
 * `recipientRef` and resolved to a user, organisation or position when it is one of theirs.
 * No foreign keys: notifications outlive any row they mention.
 */
@Entity('notifications')
@Index('uq_notifications_key', ['key'], { unique: true })
@Index('ix_notifications_user', ['recipientUserId', 'createdAt'])
@Index('ix_notifications_organisation', ['recipientOrganisationId', 'createdAt'])
@Index('ix_notifications_position', ['recipientPositionId', 'createdAt'])
@Check('ck_notifications_kind', `kind IN (${sqlValues(NOTIFICATION_KINDS)})`)
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  recipientRef!: string;

  @Column({ type: 'uuid', nullable: true })
  recipientUserId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  recipientOrganisationId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  recipientPositionId!: string | null;

  /** The post the recipient was reached as ("owner", "unitHead", "clerk", …). */
  @Column({ type: 'text' })
  audience!: string;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  /** `plan` | `task` | `duty`. */
  @Column({ type: 'text' })
  objectType!: string;

  /** The workflow id of the object. */
  @Column({ type: 'text' })
  objectId!: string;

  /** Why the recipient differs from the step's audience. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz' })
  scheduledFor!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
