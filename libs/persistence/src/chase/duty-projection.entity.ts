import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The current period of a reporting duty (read model of `reportingDutyWorkflow`). */
@Entity('duty_projections')
@Index('ix_duty_projections_plan', ['planId'])
export class DutyProjectionEntity {
  @PrimaryColumn({ type: 'text' })
  workflowId!: string;

  @Column({ type: 'text' })
  planId!: string;

  @Column({ type: 'text' })
  dutyId!: string;

  @Column({ type: 'text' })
  title!: string;

  /** Null when every period is closed. */
  @Column({ type: 'text', nullable: true })
  periodKey!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  /** The full `DutyView`. */
  @Column({ type: 'jsonb' })
  view!: Record<string, unknown>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
