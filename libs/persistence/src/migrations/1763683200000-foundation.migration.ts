import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Foundation schema: administrative units, organisations, positions, users, audit events.
 * Checks list the allowed codes; keep them in step with the `*_LEVELS` / `*_KINDS` arrays.
 */
export class Foundation1763683200000 implements MigrationInterface {
  name = 'Foundation1763683200000';

  async up(q: QueryRunner): Promise<void> {
    // unaccent is a trusted extension (PG ≥ 13): accent-insensitive search of Vietnamese names.
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    // IMMUTABLE wrapper so it can also be used in expression indexes.
    await q.query(`
      CREATE OR REPLACE FUNCTION dondoc_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`);

    await q.query(`
      CREATE TABLE administrative_units (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        level text NOT NULL,
        parent_id uuid,
        valid_from date,
        valid_to date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_administrative_units PRIMARY KEY (id),
        CONSTRAINT fk_administrative_units_parent FOREIGN KEY (parent_id) REFERENCES administrative_units(id) ON DELETE RESTRICT,
        CONSTRAINT ck_administrative_units_level CHECK (level IN ('province','centrally-run-city','commune','ward','special-zone','district','district-town','district-city','township')),
        CONSTRAINT ck_administrative_units_validity CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_administrative_units_code ON administrative_units (code)`);

    await q.query(`
      CREATE TABLE administrative_unit_successions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        predecessor_id uuid NOT NULL,
        successor_id uuid NOT NULL,
        kind text NOT NULL,
        effective_on date NOT NULL,
        basis text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_administrative_unit_successions PRIMARY KEY (id),
        CONSTRAINT fk_unit_successions_predecessor FOREIGN KEY (predecessor_id) REFERENCES administrative_units(id) ON DELETE RESTRICT,
        CONSTRAINT fk_unit_successions_successor FOREIGN KEY (successor_id) REFERENCES administrative_units(id) ON DELETE RESTRICT,
        CONSTRAINT ck_unit_successions_kind CHECK (kind IN ('merged-into','split-into','renamed','functions-transferred')),
        CONSTRAINT ck_unit_successions_distinct CHECK (predecessor_id <> successor_id)
      )`);

    await q.query(`
      CREATE TABLE organisations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        short_name text,
        kind text NOT NULL,
        unit_id uuid,
        parent_id uuid,
        aliases text[] NOT NULL DEFAULT '{}',
        is_state_administrative boolean NOT NULL,
        valid_from date,
        valid_to date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_organisations PRIMARY KEY (id),
        CONSTRAINT fk_organisations_unit FOREIGN KEY (unit_id) REFERENCES administrative_units(id) ON DELETE RESTRICT,
        CONSTRAINT fk_organisations_parent FOREIGN KEY (parent_id) REFERENCES organisations(id) ON DELETE RESTRICT,
        CONSTRAINT ck_organisations_kind CHECK (kind IN ('peoples-committee','peoples-council','department','party-committee','fatherland-front','mass-organisation','school','health-station','policy-bank','neighbourhood','other')),
        CONSTRAINT ck_organisations_validity CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_organisations_code ON organisations (code)`);

    await q.query(`
      CREATE TABLE organisation_successions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        predecessor_id uuid NOT NULL,
        successor_id uuid NOT NULL,
        kind text NOT NULL,
        effective_on date NOT NULL,
        scope text,
        basis text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_organisation_successions PRIMARY KEY (id),
        CONSTRAINT fk_org_successions_predecessor FOREIGN KEY (predecessor_id) REFERENCES organisations(id) ON DELETE RESTRICT,
        CONSTRAINT fk_org_successions_successor FOREIGN KEY (successor_id) REFERENCES organisations(id) ON DELETE RESTRICT,
        CONSTRAINT ck_org_successions_kind CHECK (kind IN ('merged-into','split-into','renamed','functions-transferred')),
        CONSTRAINT ck_org_successions_distinct CHECK (predecessor_id <> successor_id)
      )`);

    await q.query(`
      CREATE TABLE positions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code text NOT NULL,
        title text NOT NULL,
        portfolio text,
        organisation_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_positions PRIMARY KEY (id),
        CONSTRAINT fk_positions_organisation FOREIGN KEY (organisation_id) REFERENCES organisations(id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_positions_code ON positions (code)`);

    await q.query(`
      CREATE TABLE users (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        username text NOT NULL,
        full_name text NOT NULL,
        email text,
        password_hash text NOT NULL,
        roles text[] NOT NULL DEFAULT '{}',
        organisation_id uuid NOT NULL,
        position_id uuid,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_users PRIMARY KEY (id),
        CONSTRAINT fk_users_organisation FOREIGN KEY (organisation_id) REFERENCES organisations(id) ON DELETE RESTRICT,
        CONSTRAINT fk_users_position FOREIGN KEY (position_id) REFERENCES positions(id) ON DELETE RESTRICT,
        CONSTRAINT ck_users_username CHECK (username = lower(username) AND username ~ '^[a-z0-9._-]{2,64}$'),
        CONSTRAINT ck_users_roles CHECK (roles <@ ARRAY['admin','leader','department','clerk','standing-agency']::text[])
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_users_username ON users (username)`);

    await q.query(`
      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY,
        actor_id uuid,
        acting_for_id uuid,
        action text NOT NULL,
        object_type text NOT NULL,
        object_id text NOT NULL,
        before jsonb,
        after jsonb,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        request_id text,
        CONSTRAINT pk_audit_events PRIMARY KEY (id)
      )`);
    await q.query(`CREATE INDEX ix_audit_events_object ON audit_events (object_type, object_id)`);
    // Append-only, enforced by the database itself, not by application discipline.
    await q.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`,
    );
    await q.query(
      `CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_events`);
    await q.query(`DROP FUNCTION audit_events_append_only()`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE positions`);
    await q.query(`DROP TABLE organisation_successions`);
    await q.query(`DROP TABLE organisations`);
    await q.query(`DROP TABLE administrative_unit_successions`);
    await q.query(`DROP TABLE administrative_units`);
    await q.query(`DROP FUNCTION dondoc_unaccent(text)`);
  }
}
