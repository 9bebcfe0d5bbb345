import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { sqlValues, TASK_PROJECTION_ROLES } from './chase.types';

/**
 * The inbox row of one assigned task (read model; the task workflow stays the source of truth).
 * Organisation and plan ids are text: they are the ids the workflows carry.
 */
@Entity('task_projections')
@Index('ix_task_projections_organisation', ['organisationId', 'dueAt'])
@Index('ix_task_projections_plan', ['planId'])
@Check('ck_task_projections_role', `role IN (${sqlValues(TASK_PROJECTION_ROLES)})`)
@Check('ck_task_projections_progress', `progress BETWEEN 0 AND 100`)
export class TaskProjectionEntity {
  @PrimaryColumn({ type: 'text' })
  workflowId!: string;

  @Column({ type: 'text' })
  planId!: string;

  @Column({ type: 'text' })
  responsibilityId!: string;

  /** The owning organisation now (after reassignments). */
  @Column({ type: 'text' })
  organisationId!: string;

  /** The organisation the task was first assigned to (part of the workflow id). */
  @Column({ type: 'text' })
  assignedOrganisationId!: string;

  @Column({ type: 'text' })
  role!: 'lead' | 'coordinator';

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  coordinatorOrganisationIds!: string[];

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  /** `open` | `submitted` | `accepted` | `returned` | `paused` | `refused`. */
  @Column({ type: 'text' })
  phase!: string;

  /** Status code and Vietnamese label at the time of the projection (the API recomputes them at read time). */
  @Column({ type: 'text' })
  statusCode!: string;

  @Column({ type: 'text' })
  statusLabel!: string;

  @Column({ type: 'integer' })
  progress!: number;

  @Column({ type: 'boolean', default: false })
  pendingExtension!: boolean;

  /** The full `TaskView` as the workflow last projected it. */
  @Column({ type: 'jsonb' })
  view!: Record<string, unknown>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
