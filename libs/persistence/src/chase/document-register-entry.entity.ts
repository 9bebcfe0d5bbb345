import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { REGISTER_ENTRY_STATUSES, sqlValues, type RegisterEntryStatus } from './chase.types';

/**
 * The outgoing-document register ("sổ đăng ký văn bản đi", Decree 30 Art. 15): one row per number
 * reserved, used or voided, per issuing organisation and calendar year. Numbers are unique within
 * (organisation, year); the next one is taken under a per-(organisation, year) advisory lock.
 */
@Entity('document_register_entries')
@Index('uq_document_register_entries_number', ['organisationId', 'year', 'number'], { unique: true })
@Index('uq_document_register_entries_reservation_key', ['reservationKey'], { unique: true })
@Index('ix_document_register_entries_plan', ['planId'])
@Check('ck_document_register_entries_status', `status IN (${sqlValues(REGISTER_ENTRY_STATUSES)})`)
@Check('ck_document_register_entries_number', `number >= 1`)
export class DocumentRegisterEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The issuing organisation (text: the agency id the plan workflow carries). */
  @Column({ type: 'text' })
  organisationId!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  number!: number;

  /** "125/KH-UBND" once used. */
  @Column({ type: 'text', nullable: true })
  symbol!: string | null;

  @Column({ type: 'text' })
  status!: RegisterEntryStatus;

  @Column({ type: 'text', nullable: true })
  planId!: string | null;

  /** Idempotency key of the reservation (plan + revision): a retry gets the same number. */
  @Column({ type: 'text', nullable: true })
  reservationKey!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  reservedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  voidedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  voidReason!: string | null;

  /** When the document with this number was recalled ("thu hồi"). */
  @Column({ type: 'timestamptz', nullable: true })
  recalledAt!: Date | null;
}
