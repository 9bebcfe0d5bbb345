import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { PlanRevisionEntity } from './plan-revision.entity';
import {
  RESPONSIBILITY_MODES,
  RESPONSIBILITY_ORIGINS,
  sqlList,
  type ResponsibilityMode,
  type ResponsibilityOrigin,
  type StoredSourceSpan,
} from './plan.types';
import type { ResponsibilityAssigneeEntity } from './responsibility-assignee.entity';

/**
 * A row of the assignment matrix ("Phân công thực hiện"): on one plan item, who leads (chủ trì),
 * who coordinates (phối hợp) — in `responsibility_assignees` — and what they must do.
 */
@Entity('plan_responsibilities')
@Index('ix_plan_responsibilities_revision', ['revisionId', 'position'])
@Check('ck_plan_responsibilities_mode', `mode IN (${sqlList(RESPONSIBILITY_MODES)})`)
@Check('ck_plan_responsibilities_origin', `origin IN (${sqlList(RESPONSIBILITY_ORIGINS)})`)
export class PlanResponsibilityEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  revisionId!: string;

  @ManyToOne(() => PlanRevisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id', foreignKeyConstraintName: 'fk_plan_responsibilities_revision' })
  revision?: PlanRevisionEntity;

  @Column({ type: 'integer' })
  position!: number;

  /** The plan item: section labels and titles from the root ("V. Tổ chức thực hiện", "1. Sở…"). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  itemPath!: string[];

  @Column({ type: 'text', nullable: true })
  project!: string | null;

  @Column({ type: 'text', nullable: true })
  subProject!: string | null;

  /** STT in an appendix table ("1.3"). */
  @Column({ type: 'text', nullable: true })
  tableRow!: string | null;

  /** Order to a state body, or request to the Party / Front / mass organisations. */
  @Column({ type: 'text' })
  mode!: ResponsibilityMode;

  /** Duties, one per line. */
  @Column({ type: 'text' })
  duties!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  indicatorCodes!: string[];

  /** Deadline as written ("Quý I/2024"). */
  @Column({ type: 'text', nullable: true })
  dueText!: string | null;

  @Column({ type: 'text' })
  origin!: ResponsibilityOrigin;

  @Column({ type: 'jsonb', nullable: true })
  sourceSpan!: StoredSourceSpan | null;

  /** Extraction confidence, 0–1. */
  @Column({ type: 'real', nullable: true })
  confidence!: number | null;

  @OneToMany('ResponsibilityAssigneeEntity', (a: ResponsibilityAssigneeEntity) => a.responsibility)
  assignees?: ResponsibilityAssigneeEntity[];
}
