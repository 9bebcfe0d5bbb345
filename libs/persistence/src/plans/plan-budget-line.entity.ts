import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlanRevisionEntity } from './plan-revision.entity';
import { BUDGET_LINE_KINDS, sqlList, type BudgetLineKind, type StoredSourceSpan } from './plan.types';

/** A unit named as implementing a budget line, with its catalogue match. */
export interface ImplementingUnit {
  name: string;
  nameKey: string;
  organisationId: string | null;
  resolved: boolean;
}

/**
 * A budget row of a revision: a project / sub-project line, the stated total, or a non-numeric
 * statement ("theo nguồn ngân sách phân bổ"). Amounts are whole VND in a bigint, read as a
 * decimal string (no float rounding: "1.728 triệu đồng" must stay 1728000000 exactly).
 */
@Entity('plan_budget_lines')
@Index('ix_plan_budget_lines_revision', ['revisionId', 'position'])
@Check('ck_plan_budget_lines_kind', `kind IN (${sqlList(BUDGET_LINE_KINDS)})`)
@Check('ck_plan_budget_lines_amount', `amount_vnd IS NULL OR amount_vnd >= 0`)
export class PlanBudgetLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  revisionId!: string;

  @ManyToOne(() => PlanRevisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id', foreignKeyConstraintName: 'fk_plan_budget_lines_revision' })
  revision?: PlanRevisionEntity;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  kind!: BudgetLineKind;

  /** "Dự án 4: Phát triển giáo dục nghề nghiệp…". */
  @Column({ type: 'text', nullable: true })
  project!: string | null;

  /** "4". */
  @Column({ type: 'text', nullable: true })
  projectCode!: string | null;

  @Column({ type: 'text', nullable: true })
  subProject!: string | null;

  @Column({ type: 'text', nullable: true })
  subProjectCode!: string | null;

  /** Whole VND as a decimal string (pg returns bigint as string); null when not numeric. */
  @Column({ type: 'bigint', nullable: true })
  amountVnd!: string | null;

  /** "Dự kiến": an estimate. */
  @Column({ type: 'boolean', default: false })
  estimate!: boolean;

  @Column({ type: 'text', nullable: true })
  fundingSource!: string | null;

  @Column({ type: 'integer', nullable: true })
  year!: number | null;

  /** The original wording (always kept; the only content when not numeric). */
  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'jsonb', nullable: true })
  implementingUnits!: ImplementingUnit[] | null;

  @Column({ type: 'jsonb', nullable: true })
  sourceSpan!: StoredSourceSpan | null;

  @Column({ type: 'real', nullable: true })
  confidence!: number | null;
}
