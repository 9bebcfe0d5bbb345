import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlanRevisionEntity } from './plan-revision.entity';
import { SECTION_KINDS, sqlList, type SectionKind, type StoredSourceSpan } from './plan.types';

/** A node of a revision's section tree, keeping the original label ("IV.", "2.1.", "a)", "-", "+"). */
@Entity('plan_sections')
@Index('ix_plan_sections_revision', ['revisionId', 'position'])
@Index('ix_plan_sections_parent', ['parentId'])
@Check('ck_plan_sections_kind', `kind IN (${sqlList(SECTION_KINDS)})`)
export class PlanSectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  revisionId!: string;

  @ManyToOne(() => PlanRevisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id', foreignKeyConstraintName: 'fk_plan_sections_revision' })
  revision?: PlanRevisionEntity;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => PlanSectionEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_plan_sections_parent' })
  parent?: PlanSectionEntity | null;

  /** As written: "IV.", "2.1.", "a)", "-", "+"; "" for an unlabelled heading. */
  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text' })
  kind!: SectionKind;

  @Column({ type: 'text' })
  title!: string;

  /** Unlabelled paragraphs of the node, joined by newlines. */
  @Column({ type: 'text' })
  text!: string;

  /** Document order across the whole revision (pre-order), from 0. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'jsonb', nullable: true })
  sourceSpan!: StoredSourceSpan | null;
}
