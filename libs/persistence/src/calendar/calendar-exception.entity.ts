import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { sqlValues } from '../chase/chase.types';
import { CALENDAR_EXCEPTION_KINDS, type CalendarExceptionKind } from './calendar-exception.types';

/**
 * One announced exception to the shipped working calendar (a government swap, a make-up Saturday,
 * the Prime Minister's choice of Tết days). Never deleted: revoking keeps the row for the audit
 * trail, and at most one unrevoked exception exists per date.
 */
@Entity('calendar_exceptions')
@Index('uq_calendar_exceptions_date', ['date'], { unique: true, where: 'revoked_at IS NULL' })
@Check('ck_calendar_exceptions_kind', `kind IN (${sqlValues(CALENDAR_EXCEPTION_KINDS)})`)
@Check('ck_calendar_exceptions_reason', `btrim(reason) <> ''`)
export class CalendarExceptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The local day (Asia/Ho_Chi_Minh) as an ISO date. */
  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  kind!: CalendarExceptionKind;

  /** Why, usually the notice: "Nghỉ bù Quốc khánh — Thông báo 1234/TB-BNV". */
  @Column({ type: 'text' })
  reason!: string;

  /** The user who recorded the announcement. */
  @Column({ type: 'uuid', nullable: true })
  announcedBy!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  announcedAt!: Date;

  /** Set when the exception is withdrawn (it stops counting; the row stays). */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedBy!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
