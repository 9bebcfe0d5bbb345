import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PlanRevisionEntity } from './plan-revision.entity';
import {
  MATCH_METHODS,
  RECIPIENT_PURPOSES,
  sqlList,
  type MatchMethod,
  type RecipientPurpose,
  type StoredSourceSpan,
} from './plan.types';

/** An addressee under "Nơi nhận", with its purpose mark ("(b/c)", "(t/h)"). */
@Entity('plan_recipients')
@Index('ix_plan_recipients_revision', ['revisionId', 'position'])
@Index('ix_plan_recipients_organisation', ['organisationId'])
@Check('ck_plan_recipients_purpose', `purpose IS NULL OR purpose IN (${sqlList(RECIPIENT_PURPOSES)})`)
@Check('ck_plan_recipients_match', `match_method IN (${sqlList(MATCH_METHODS)})`)
export class PlanRecipientEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  revisionId!: string;

  @ManyToOne(() => PlanRevisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id', foreignKeyConstraintName: 'fk_plan_recipients_revision' })
  revision?: PlanRevisionEntity;

  @Column({ type: 'integer' })
  position!: number;

  /** The line as written ("- Sở Lao động - TB&XH (b/c);"). */
  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  nameKey!: string;

  /** The mark as written, lower-cased: "b/c", "t/h". */
  @Column({ type: 'text', nullable: true })
  mark!: string | null;

  @Column({ type: 'text', nullable: true })
  purpose!: RecipientPurpose | null;

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_plan_recipients_organisation' })
  organisation?: OrganisationEntity | null;

  @Column({ type: 'text' })
  matchMethod!: MatchMethod;

  @Column({ type: 'real', nullable: true })
  matchConfidence!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  sourceSpan!: StoredSourceSpan | null;
}
