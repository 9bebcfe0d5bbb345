import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlanRevisionEntity } from './plan-revision.entity';
import { TARGET_COMPARATORS, sqlList, type StoredSourceSpan, type TargetComparator } from './plan.types';

/** A per-year value of a multi-year target. */
export interface TargetYearValue {
  year: number;
  value: number;
  text: string;
}

/** A target ("Phấn đấu giảm tỷ lệ hộ nghèo 3,91%"): indicator, baseline, value and comparator, unit, standard. */
@Entity('plan_targets')
@Index('ix_plan_targets_revision', ['revisionId', 'position'])
@Check('ck_plan_targets_comparator', `comparator IS NULL OR comparator IN (${sqlList(TARGET_COMPARATORS)})`)
export class PlanTargetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  revisionId!: string;

  @ManyToOne(() => PlanRevisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id', foreignKeyConstraintName: 'fk_plan_targets_revision' })
  revision?: PlanRevisionEntity;

  @Column({ type: 'integer' })
  position!: number;

  /** The original sentence. */
  @Column({ type: 'text' })
  text!: string;

  /** Deprivation indicator numbers ("chỉ số 3") or programme indicator codes. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  indicatorCodes!: string[];

  @Column({ type: 'double precision', nullable: true })
  baseline!: number | null;

  @Column({ type: 'double precision', nullable: true })
  value!: number | null;

  /** Upper bound of a range ("1-2 người"). */
  @Column({ type: 'double precision', nullable: true })
  maxValue!: number | null;

  @Column({ type: 'text', nullable: true })
  comparator!: TargetComparator | null;

  @Column({ type: 'text', nullable: true })
  unit!: string | null;

  /** The standard it is measured against ("chuẩn của tỉnh"), null for the national one. */
  @Column({ type: 'text', nullable: true })
  standard!: string | null;

  @Column({ type: 'integer', nullable: true })
  dueYear!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  yearBreakdown!: TargetYearValue[] | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectionPath!: string[];

  @Column({ type: 'jsonb', nullable: true })
  sourceSpan!: StoredSourceSpan | null;

  @Column({ type: 'real', nullable: true })
  confidence!: number | null;
}
