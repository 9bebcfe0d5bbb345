import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { PlanEntity } from './plan.entity';
import {
  IMPORT_FILE_KINDS,
  IMPORT_JOB_STATUSES,
  sqlList,
  type ImportFileKind,
  type ImportJobStatus,
} from './plan.types';

/**
 * One upload of a plan file: what the importer read (the full preview, as-is), its warnings and
 * the names a person still has to map. Confirming creates the plan and moves the job to
 * `confirmed` exactly once (`UPDATE … WHERE status = 'previewed'`, affected rows checked).
 * An unreadable file leaves no job at all.
 */
@Entity('import_jobs')
@Index('ix_import_jobs_sha256', ['sha256'])
@Index('ix_import_jobs_created_by', ['createdBy', 'createdAt'])
@Index('ix_import_jobs_status', ['status', 'createdAt'])
@Check('ck_import_jobs_status', `status IN (${sqlList(IMPORT_JOB_STATUSES)})`)
@Check('ck_import_jobs_kind', `kind IN (${sqlList(IMPORT_FILE_KINDS)})`)
// The plan id is filled later in the confirming transaction, so only the instant is checked here.
@Check('ck_import_jobs_confirmed', `(status = 'confirmed') = (confirmed_at IS NOT NULL)`)
export class ImportJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  fileName!: string;

  @Column({ type: 'integer' })
  sizeBytes!: number;

  /** Hex SHA-256 of the bytes: spots the same file uploaded twice. */
  @Column({ type: 'text' })
  sha256!: string;

  /** MIME type as the client sent it (not trusted). */
  @Column({ type: 'text', nullable: true })
  mimeType!: string | null;

  @Column({ type: 'text' })
  kind!: ImportFileKind;

  @Column({ type: 'text' })
  parserVersion!: string;

  @Column({ type: 'text' })
  status!: ImportJobStatus;

  /** The importer's ParsedPlan, stored as-is. */
  @Column({ type: 'jsonb', nullable: true })
  parsed!: Record<string, unknown> | null;

  @Column({ type: 'jsonb' })
  warnings!: unknown[];

  /** Every party name with its proposed organisation (or none). */
  @Column({ type: 'jsonb' })
  nameMatches!: unknown[];

  /** Names no organisation was found for, for a person to map. */
  @Column({ type: 'jsonb' })
  unresolvedNames!: unknown[];

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_import_jobs_created_by' })
  creator?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  confirmedPlanId!: string | null;

  @ManyToOne(() => PlanEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'confirmed_plan_id', foreignKeyConstraintName: 'fk_import_jobs_confirmed_plan' })
  confirmedPlan?: PlanEntity | null;

  @Column({ type: 'uuid', nullable: true })
  confirmedBy!: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'confirmed_by', foreignKeyConstraintName: 'fk_import_jobs_confirmed_by' })
  confirmer?: UserEntity | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;
}
