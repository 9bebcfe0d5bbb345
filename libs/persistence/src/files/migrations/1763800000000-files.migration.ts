import type { MigrationInterface, QueryRunner } from 'typeorm';
import { sqlValues } from '../../chase/chase.types';
import { FILE_SUBJECT_KINDS } from '../file-attachment.types';

/** Evidence files of tasks and attachments of duty reports (bytes in the row, with their SHA-256). */
export class Files1763800000000 implements MigrationInterface {
  name = 'Files1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE file_attachments (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        subject_kind text NOT NULL,
        subject_id text NOT NULL,
        period_key text,
        organisation_id text NOT NULL,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes integer NOT NULL,
        sha256 text NOT NULL,
        content bytea NOT NULL,
        uploaded_by uuid NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_file_attachments PRIMARY KEY (id),
        CONSTRAINT ck_file_attachments_subject_kind CHECK (subject_kind IN (${sqlValues(FILE_SUBJECT_KINDS)})),
        CONSTRAINT ck_file_attachments_size CHECK (size_bytes >= 0)
      )`);
    await q.query(`CREATE INDEX ix_file_attachments_subject ON file_attachments (subject_kind, subject_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS file_attachments`);
  }
}
