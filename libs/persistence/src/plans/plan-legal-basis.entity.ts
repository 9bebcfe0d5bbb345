import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlanRevisionEntity } from './plan-revision.entity';
import { PlanEntity } from './plan.entity';
import { LEGAL_BASIS_RELATIONS, sqlList, type LegalBasisRelation, type StoredSourceSpan } from './plan.types';

/** A cited document ("Căn cứ Quyết định số 90/QĐ-TTg…"): kept as text, parsed where possible. */
@Entity('plan_legal_bases')
@Index('ix_plan_legal_bases_revision', ['revisionId', 'position'])
@Index('ix_plan_legal_bases_related_plan', ['relatedPlanId'])
@Check('ck_plan_legal_bases_relation', `relation IN (${sqlList(LEGAL_BASIS_RELATIONS)})`)
export class PlanLegalBasisEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  revisionId!: string;

  @ManyToOne(() => PlanRevisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id', foreignKeyConstraintName: 'fk_plan_legal_bases_revision' })
  revision?: PlanRevisionEntity;

  @Column({ type: 'integer' })
  position!: number;

  /** The citation as written. */
  @Column({ type: 'text' })
  citation!: string;

  /** "Quyết định", "Kế hoạch"… */
  @Column({ type: 'text', nullable: true })
  docType!: string | null;

  /** "90/QĐ-TTg". */
  @Column({ type: 'text', nullable: true })
  docNumber!: string | null;

  @Column({ type: 'date', nullable: true })
  docDate!: string | null;

  @Column({ type: 'text', nullable: true })
  issuer!: string | null;

  @Column({ type: 'text' })
  relation!: LegalBasisRelation;

  /** The cited plan when it is in dondoc. */
  @Column({ type: 'uuid', nullable: true })
  relatedPlanId!: string | null;

  @ManyToOne(() => PlanEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'related_plan_id', foreignKeyConstraintName: 'fk_plan_legal_bases_related_plan' })
  relatedPlan?: PlanEntity | null;

  @Column({ type: 'jsonb', nullable: true })
  sourceSpan!: StoredSourceSpan | null;

  @Column({ type: 'real', nullable: true })
  confidence!: number | null;
}
