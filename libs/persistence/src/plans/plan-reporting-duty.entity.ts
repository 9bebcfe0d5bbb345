import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { EscalationPolicyEntity } from '../escalation/escalation-policy.entity';
import { PlanRevisionEntity } from './plan-revision.entity';
import { REPORT_FREQUENCIES, sqlList, type ReportFrequency, type StoredSourceSpan } from './plan.types';
import type { ReportingDutyPartyEntity } from './reporting-duty-party.entity';

/** When a report is due each period: `{month, day}` ("trước ngày 05/6"), month null for "every month". */
export interface StoredDueRule {
  month: number | null;
  day: number;
  strict: boolean;
}

/** A data cut-off that differs from the Decree 09/2019 default, e.g. `{from: "12-15", to: "06-04", estimate: true}`. */
export type CutOffOverride = Record<string, unknown>;

/**
 * A recurring reporting duty ("Định kỳ báo cáo 6 tháng (trước ngày 05/6)…"). Reporters and
 * recipients are rows of `reporting_duty_parties`.
 */
@Entity('plan_reporting_duties')
@Index('ix_plan_reporting_duties_revision', ['revisionId', 'position'])
@Check('ck_plan_reporting_duties_frequency', `frequency IN (${sqlList(REPORT_FREQUENCIES)})`)
export class PlanReportingDutyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  revisionId!: string;

  @ManyToOne(() => PlanRevisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id', foreignKeyConstraintName: 'fk_plan_reporting_duties_revision' })
  revision?: PlanRevisionEntity;

  @Column({ type: 'integer' })
  position!: number;

  /** This duty's reminder and escalation policy (null: the plan's, else the default). */
  @Column({ type: 'uuid', nullable: true })
  escalationPolicyId!: string | null;

  @ManyToOne(() => EscalationPolicyEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'escalation_policy_id', foreignKeyConstraintName: 'fk_plan_reporting_duties_escalation_policy' })
  escalationPolicy?: EscalationPolicyEntity | null;

  @Column({ type: 'text' })
  frequency!: ReportFrequency;

  @Column({ type: 'jsonb', nullable: true })
  dueRule!: StoredDueRule | null;

  /** Deadline as written ("trước ngày 05/6"). */
  @Column({ type: 'text', nullable: true })
  dueText!: string | null;

  /** "Trước ngày 05/6": 5 June itself is late. Default true (the strict reading). */
  @Column({ type: 'boolean', default: true })
  strict!: boolean;

  /** The sentence the duty was read from. */
  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'jsonb', nullable: true })
  cutOffOverride!: CutOffOverride | null;

  @Column({ type: 'jsonb', nullable: true })
  sourceSpan!: StoredSourceSpan | null;

  @Column({ type: 'real', nullable: true })
  confidence!: number | null;

  @OneToMany('ReportingDutyPartyEntity', (p: ReportingDutyPartyEntity) => p.duty)
  parties?: ReportingDutyPartyEntity[];
}
