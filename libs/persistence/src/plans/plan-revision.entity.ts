import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { PlanEntity } from './plan.entity';

/**
 * One revision of a plan's content. Revisions are immutable: an edit makes a new one, and an
 * approval binds to exactly one revision (Decree 30 Art. 11). `snapshot` is the structured plan
 * as it stood; the child tables (sections, targets…) are its queryable form.
 */
@Entity('plan_revisions')
@Index('uq_plan_revisions_plan_number', ['planId', 'number'], { unique: true })
@Check('ck_plan_revisions_number', `number >= 1`)
export class PlanRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_plan_revisions_plan' })
  plan?: PlanEntity;

  /** 1, 2, 3… per plan. */
  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_plan_revisions_created_by' })
  creator?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Why this revision exists ("Nhập từ tệp …", "Sửa theo ý kiến…"). */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** The structured plan of this revision (for imports: the importer's ParsedPlan after corrections). */
  @Column({ type: 'jsonb' })
  snapshot!: Record<string, unknown>;
}
