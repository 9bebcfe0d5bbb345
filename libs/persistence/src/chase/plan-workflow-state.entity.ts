import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The lifecycle workflow of a plan as the API and console see it: who plays each role (set when the
 * workflow is started), the signer's recorded authority, and the latest `PlanView` the workflow
 * projected. Keyed by plan id (text: the id inside `plan:<id>`); kept apart from `plans`, which the
 * plans module owns.
 */
@Entity('plan_workflow_states')
@Index('uq_plan_workflow_states_workflow', ['workflowId'], { unique: true })
@Index('ix_plan_workflow_states_status', ['status'])
export class PlanWorkflowStateEntity {
  @PrimaryColumn({ type: 'text' })
  planId!: string;

  @Column({ type: 'text' })
  workflowId!: string;

  /** Lifecycle status; null until the workflow first projects. */
  @Column({ type: 'text', nullable: true })
  status!: string | null;

  @Column({ type: 'text', nullable: true })
  statusLabel!: string | null;

  @Column({ type: 'integer', nullable: true })
  revision!: number | null;

  @Column({ type: 'text' })
  issuingAgencyId!: string;

  /** PlanRole → user id (drafter, drafterUnitHead, formatChecker, signer, clerk). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  people!: Record<string, string>;

  /** The signer's authority record (a `SigningAuthority` of `@dondoc/domain`). */
  @Column({ type: 'jsonb', nullable: true })
  signingAuthority!: Record<string, unknown> | null;

  /** Client request id of the start (a repeated start with the same id answers the same). */
  @Column({ type: 'text', nullable: true })
  startRequestId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  startedBy!: string | null;

  /** The latest `PlanView`. */
  @Column({ type: 'jsonb', nullable: true })
  view!: Record<string, unknown> | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
