import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { sqlValues, SUBMISSION_PROJECTION_STATUSES } from './chase.types';

/** One reporting organisation's submission for one period of a duty (inbox rows of reporters). */
@Entity('duty_submission_projections')
@Index('ix_duty_submission_projections_organisation', ['organisationId', 'status'])
@Check('ck_duty_submission_projections_status', `status IN (${sqlValues(SUBMISSION_PROJECTION_STATUSES)})`)
export class DutySubmissionProjectionEntity {
  @PrimaryColumn({ type: 'text' })
  workflowId!: string;

  @PrimaryColumn({ type: 'text' })
  periodKey!: string;

  @PrimaryColumn({ type: 'text' })
  organisationId!: string;

  @Column({ type: 'text' })
  planId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  status!: 'open' | 'overdue' | 'submitted';

  @Column({ type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'boolean', default: false })
  late!: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
