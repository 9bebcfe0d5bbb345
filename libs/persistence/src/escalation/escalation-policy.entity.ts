import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One rung of a stored policy: N working days from the deadline, who is told. */
export interface StoredEscalationStep {
  /** Working days from the due date: −5 = T−5 (reminder), 0 = the breach (overdue), 3 = T+3 (escalation). */
  offsetDays: number;
  audience: 'owner' | 'unitHead' | 'leaderInCharge' | 'chairman';
}

/**
 * A reminder and escalation policy an administrator configured ("T−5 người được giao, T−1 thủ
 * trưởng, T+0 lãnh đạo phụ trách, T+3 Chủ tịch"). Plans and their reporting duties point at one
 * (null = the default policy); the workflows get it as plain data at start, so editing a policy
 * changes plans started afterwards, never a chase already running.
 */
@Entity('escalation_policies')
// Names are unique ignoring case (an expression index TypeORM cannot build: the migration does).
@Index('uq_escalation_policies_name', { synchronize: false })
@Check('ck_escalation_policies_name', `btrim(name) <> ''`)
@Check('ck_escalation_policies_send_at', `send_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`)
export class EscalationPolicyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Steps in time order (validated by the API). */
  @Column({ type: 'jsonb' })
  steps!: StoredEscalationStep[];

  /** Local time (Asia/Ho_Chi_Minh) at which working-day steps are sent, "HH:MM". */
  @Column({ type: 'text', default: '08:00' })
  sendAt!: string;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
