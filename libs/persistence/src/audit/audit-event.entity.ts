import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One audited change. The table is append-only: a trigger rejects UPDATE, DELETE and TRUNCATE.
 * Actor columns carry no foreign key so the trail outlives any row it mentions.
 */
@Entity('audit_events')
@Index('ix_audit_events_object', ['objectType', 'objectId'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  /** The user who acted; null for the system (seed, workflows). */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** Whom the actor stood in for under a delegation, if anyone. */
  @Column({ type: 'uuid', nullable: true })
  actingForId!: string | null;

  /** Dotted verb, e.g. `organisation.create`. */
  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  objectType!: string;

  @Column({ type: 'text' })
  objectId!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ type: 'text', nullable: true })
  requestId!: string | null;
}
