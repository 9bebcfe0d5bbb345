import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlanEntity } from './plan.entity';
import { DOCUMENT_RELATION_KINDS, sqlList, type DocumentRelationKind } from './plan.types';

/**
 * A relation from a plan to another document: implements, amends, replaces, corrects, recalls,
 * references. The other side is a plan in dondoc or, when it is not, its citation text.
 */
@Entity('plan_relations')
@Index('ix_plan_relations_plan', ['planId'])
@Index('ix_plan_relations_related_plan', ['relatedPlanId'])
@Check('ck_plan_relations_kind', `kind IN (${sqlList(DOCUMENT_RELATION_KINDS)})`)
@Check('ck_plan_relations_target', `related_plan_id IS NOT NULL OR citation IS NOT NULL`)
export class PlanRelationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_plan_relations_plan' })
  plan?: PlanEntity;

  @Column({ type: 'text' })
  kind!: DocumentRelationKind;

  @Column({ type: 'uuid', nullable: true })
  relatedPlanId!: string | null;

  @ManyToOne(() => PlanEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'related_plan_id', foreignKeyConstraintName: 'fk_plan_relations_related_plan' })
  relatedPlan?: PlanEntity | null;

  /** The other document as cited, when it is not (or not yet) in dondoc. */
  @Column({ type: 'text', nullable: true })
  citation!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
