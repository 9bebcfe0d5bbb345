import type { MigrationInterface, QueryRunner } from 'typeorm';
import { sqlValues } from '../../chase/chase.types';
import { CALENDAR_EXCEPTION_KINDS } from '../calendar-exception.types';

/** Administrators' calendar exceptions laid over the shipped calendar (soft-revoked, one live row per date). */
export class CalendarExceptions1763710000000 implements MigrationInterface {
  name = 'CalendarExceptions1763710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_exceptions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        date date NOT NULL,
        kind text NOT NULL,
        reason text NOT NULL,
        announced_by uuid,
        announced_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_by uuid,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_calendar_exceptions PRIMARY KEY (id),
        CONSTRAINT ck_calendar_exceptions_kind CHECK (kind IN (${sqlValues(CALENDAR_EXCEPTION_KINDS)})),
        CONSTRAINT ck_calendar_exceptions_reason CHECK (btrim(reason) <> '')
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_calendar_exceptions_date ON calendar_exceptions (date) WHERE revoked_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_exceptions`);
  }
}
