import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { EscalationPolicyEntity } from '../escalation/escalation-policy.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';
import { PLAN_SOURCES, PLAN_STATUSES, sqlList, type PlanSource, type PlanStatusValue } from './plan.types';
import type { PlanRevisionEntity } from './plan-revision.entity';

/**
 * A plan document ("Kế hoạch" and other administrative documents): header facts as issued or as
 * drafted. Its content lives in revisions; `currentRevisionId` points at the one in force.
 */
@Entity('plans')
@Index('ix_plans_status', ['status'])
@Index('ix_plans_year', ['year'])
@Index('ix_plans_issuer_organisation', ['issuerOrganisationId'])
@Index('ix_plans_number', ['number', 'symbol', 'registerYear'])
@Index('ix_plans_created_at', ['createdAt'])
@Check('ck_plans_status', `status IN (${sqlList(PLAN_STATUSES)})`)
@Check('ck_plans_source', `source IN (${sqlList(PLAN_SOURCES)})`)
@Check('ck_plans_period', `period_to IS NULL OR period_from IS NULL OR period_from <= period_to`)
export class PlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Document type code: "KH" for a plan. */
  @Column({ type: 'text' })
  documentType!: string;

  /** The issuing organisation when it is in the catalogue. */
  @Column({ type: 'uuid', nullable: true })
  issuerOrganisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuer_organisation_id', foreignKeyConstraintName: 'fk_plans_issuer_organisation' })
  issuerOrganisation?: OrganisationEntity | null;

  /** Reminder and escalation policy of the plan's tasks and duties (null: the default policy). */
  @Column({ type: 'uuid', nullable: true })
  escalationPolicyId!: string | null;

  @ManyToOne(() => EscalationPolicyEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'escalation_policy_id', foreignKeyConstraintName: 'fk_plans_escalation_policy' })
  escalationPolicy?: EscalationPolicyEntity | null;

  /** The issuer as written ("UBND thành phố Lai Châu"): historical issuers keep their names. */
  @Column({ type: 'text', nullable: true })
  issuerName!: string | null;

  /** Running number; null until numbered (and for unnumbered drafts). */
  @Column({ type: 'integer', nullable: true })
  number!: number | null;

  /** "KH-UBND". */
  @Column({ type: 'text', nullable: true })
  symbol!: string | null;

  /** As written, e.g. "4159 /KH-UBND". */
  @Column({ type: 'text', nullable: true })
  numberText!: string | null;

  /** The year the plan is for ("năm 2024"); the first year of a multi-year period. */
  @Column({ type: 'integer', nullable: true })
  year!: number | null;

  /** The calendar year of the register the number belongs to (the issue date's year). */
  @Column({ type: 'integer', nullable: true })
  registerYear!: number | null;

  /** Place in the date line ("Thành phố Lai Châu"). */
  @Column({ type: 'text', nullable: true })
  place!: string | null;

  @Column({ type: 'date', nullable: true })
  issuedOn!: string | null;

  @Column({ type: 'text' })
  title!: string;

  /** Trích yếu / short summary. */
  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'text' })
  status!: PlanStatusValue;

  /** First and last year of a multi-year plan ("giai đoạn 2021-2025"). */
  @Column({ type: 'integer', nullable: true })
  periodFrom!: number | null;

  @Column({ type: 'integer', nullable: true })
  periodTo!: number | null;

  @Column({ type: 'text' })
  source!: PlanSource;

  /** The revision in force. Set right after revision 1 is inserted (same transaction). */
  @Column({ type: 'uuid', nullable: true })
  currentRevisionId!: string | null;

  @ManyToOne('PlanRevisionEntity', { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'current_revision_id', foreignKeyConstraintName: 'fk_plans_current_revision' })
  currentRevision?: PlanRevisionEntity | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_plans_created_by' })
  creator?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
