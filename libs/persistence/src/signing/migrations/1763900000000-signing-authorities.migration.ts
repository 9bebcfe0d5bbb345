import type { MigrationInterface, QueryRunner } from 'typeorm';
import { sqlValues } from '../../chase/chase.types';
import { SIGNING_CAPACITIES, TUQ_CHECK } from '../signing-authority.types';

/**
 * Signing authorities (Decree 30 Art. 13), and `recalled` as a status of the outgoing register: a
 * recalled document keeps its number (never reused) and the register says it was withdrawn.
 */
export class SigningAuthorities1763900000000 implements MigrationInterface {
  name = 'SigningAuthorities1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE signing_authorities (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL,
        position_id uuid,
        agency_id uuid NOT NULL,
        capacity text NOT NULL,
        document_types text[],
        valid_from timestamptz NOT NULL,
        valid_until timestamptz,
        granted_by uuid,
        granted_under text,
        can_redelegate boolean NOT NULL DEFAULT false,
        basis text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_signing_authorities PRIMARY KEY (id),
        CONSTRAINT fk_signing_authorities_person FOREIGN KEY (person_id) REFERENCES users (id) ON DELETE RESTRICT,
        CONSTRAINT fk_signing_authorities_position FOREIGN KEY (position_id) REFERENCES positions (id) ON DELETE RESTRICT,
        CONSTRAINT fk_signing_authorities_agency FOREIGN KEY (agency_id) REFERENCES organisations (id) ON DELETE RESTRICT,
        CONSTRAINT fk_signing_authorities_granted_by FOREIGN KEY (granted_by) REFERENCES users (id) ON DELETE RESTRICT,
        CONSTRAINT ck_signing_authorities_capacity CHECK (capacity IN (${sqlValues(SIGNING_CAPACITIES)})),
        CONSTRAINT ck_signing_authorities_granted_under CHECK (granted_under IS NULL OR granted_under IN (${sqlValues(SIGNING_CAPACITIES)})),
        CONSTRAINT ck_signing_authorities_validity CHECK (valid_until IS NULL OR valid_from < valid_until),
        CONSTRAINT ck_signing_authorities_tuq CHECK (${TUQ_CHECK})
      )`);
    await q.query(`CREATE INDEX ix_signing_authorities_person ON signing_authorities (person_id, agency_id)`);
    await q.query(`ALTER TABLE document_register_entries DROP CONSTRAINT ck_document_register_entries_status`);
    await q.query(
      `ALTER TABLE document_register_entries ADD CONSTRAINT ck_document_register_entries_status CHECK (status IN ('reserved','used','voided','recalled'))`,
    );
    await q.query(`ALTER TABLE document_register_entries ADD COLUMN recalled_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE document_register_entries DROP COLUMN recalled_at`);
    await q.query(`UPDATE document_register_entries SET status = 'used' WHERE status = 'recalled'`);
    await q.query(`ALTER TABLE document_register_entries DROP CONSTRAINT ck_document_register_entries_status`);
    await q.query(
      `ALTER TABLE document_register_entries ADD CONSTRAINT ck_document_register_entries_status CHECK (status IN ('reserved','used','voided'))`,
    );
    await q.query(`DROP TABLE IF EXISTS signing_authorities`);
  }
}
