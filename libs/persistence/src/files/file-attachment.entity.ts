import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { sqlValues } from '../chase/chase.types';
import { FILE_SUBJECT_KINDS, type FileSubjectKind } from './file-attachment.types';

/**
 * One uploaded evidence file or report attachment. The bytes live in the row (`bytea`, a few MB at
 * most) so a backup of the database is a backup of the evidence; `sha256` goes into the workflow's
 * reference, which therefore names exactly these bytes. Subject ids are the workflow ids (text);
 * no foreign keys: evidence outlives the projections it was uploaded against.
 */
@Entity('file_attachments')
@Index('ix_file_attachments_subject', ['subjectKind', 'subjectId'])
@Check('ck_file_attachments_subject_kind', `subject_kind IN (${sqlValues(FILE_SUBJECT_KINDS)})`)
@Check('ck_file_attachments_size', `size_bytes >= 0`)
export class FileAttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  subjectKind!: FileSubjectKind;

  /** Task or duty workflow id. */
  @Column({ type: 'text' })
  subjectId!: string;

  /** Duty period the attachment belongs to (null for tasks). */
  @Column({ type: 'text', nullable: true })
  periodKey!: string | null;

  /** The uploader's organisation: who may read the file besides the supervising side. */
  @Column({ type: 'text' })
  organisationId!: string;

  @Column({ type: 'text' })
  fileName!: string;

  @Column({ type: 'text' })
  contentType!: string;

  @Column({ type: 'integer' })
  sizeBytes!: number;

  /** Lower-case hex SHA-256 of `content`. */
  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @Column({ type: 'uuid' })
  uploadedBy!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  uploadedAt!: Date;
}
