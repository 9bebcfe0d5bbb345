import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Plans schema: plans with revisions and their content (sections, legal bases, targets, budget,
 * responsibilities with assignees, reporting duties with parties, recipients), document relations
 * and import jobs. CHECK lists mirror the arrays of `plan.types.ts`.
 */
export class Plans1763690000000 implements MigrationInterface {
  name = 'Plans1763690000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE plans (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        document_type text NOT NULL,
        issuer_organisation_id uuid,
        issuer_name text,
        number integer,
        symbol text,
        number_text text,
        year integer,
        register_year integer,
        place text,
        issued_on date,
        title text NOT NULL,
        summary text,
        status text NOT NULL,
        period_from integer,
        period_to integer,
        source text NOT NULL,
        current_revision_id uuid,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_plans PRIMARY KEY (id),
        CONSTRAINT fk_plans_issuer_organisation FOREIGN KEY (issuer_organisation_id) REFERENCES organisations(id) ON DELETE RESTRICT,
        CONSTRAINT fk_plans_created_by FOREIGN KEY (created_by) REFERENCES users(id) ON DELETE RESTRICT,
        CONSTRAINT ck_plans_status CHECK (status IN ('draft','consultation','contentReview','formatCheck','awaitingApproval','approved','signed','numbered','issued','withdrawn','recalled','replaced')),
        CONSTRAINT ck_plans_source CHECK (source IN ('born-digital','imported')),
        CONSTRAINT ck_plans_period CHECK (period_to IS NULL OR period_from IS NULL OR period_from <= period_to)
      )`);
    await q.query(`CREATE INDEX ix_plans_status ON plans (status)`);
    await q.query(`CREATE INDEX ix_plans_year ON plans (year)`);
    await q.query(`CREATE INDEX ix_plans_issuer_organisation ON plans (issuer_organisation_id)`);
    // Look-ups of cited documents ("Kế hoạch số 599/KH-UBND") and the register's duplicate checks.
    await q.query(`CREATE INDEX ix_plans_number ON plans (number, symbol, register_year)`);
    await q.query(`CREATE INDEX ix_plans_created_at ON plans (created_at)`);

    await q.query(`
      CREATE TABLE plan_revisions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL,
        number integer NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        reason text,
        snapshot jsonb NOT NULL,
        CONSTRAINT pk_plan_revisions PRIMARY KEY (id),
        CONSTRAINT fk_plan_revisions_plan FOREIGN KEY (plan_id) REFERENCES plans(id) ON DELETE CASCADE,
        CONSTRAINT fk_plan_revisions_created_by FOREIGN KEY (created_by) REFERENCES users(id) ON DELETE RESTRICT,
        CONSTRAINT ck_plan_revisions_number CHECK (number >= 1)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_plan_revisions_plan_number ON plan_revisions (plan_id, number)`);
    await q.query(
      `ALTER TABLE plans ADD CONSTRAINT fk_plans_current_revision FOREIGN KEY (current_revision_id) REFERENCES plan_revisions(id) ON DELETE RESTRICT`,
    );

    await q.query(`
      CREATE TABLE plan_sections (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        revision_id uuid NOT NULL,
        parent_id uuid,
        label text NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        text text NOT NULL,
        position integer NOT NULL,
        source_span jsonb,
        CONSTRAINT pk_plan_sections PRIMARY KEY (id),
        CONSTRAINT fk_plan_sections_revision FOREIGN KEY (revision_id) REFERENCES plan_revisions(id) ON DELETE CASCADE,
        CONSTRAINT fk_plan_sections_parent FOREIGN KEY (parent_id) REFERENCES plan_sections(id) ON DELETE CASCADE,
        CONSTRAINT ck_plan_sections_kind CHECK (kind IN ('roman','number','number2','number3','letter','dash','plus','project','subProject','heading'))
      )`);
    await q.query(`CREATE INDEX ix_plan_sections_revision ON plan_sections (revision_id, position)`);
    await q.query(`CREATE INDEX ix_plan_sections_parent ON plan_sections (parent_id)`);

    await q.query(`
      CREATE TABLE plan_legal_bases (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        revision_id uuid NOT NULL,
        position integer NOT NULL,
        citation text NOT NULL,
        doc_type text,
        doc_number text,
        doc_date date,
        issuer text,
        relation text NOT NULL,
        related_plan_id uuid,
        source_span jsonb,
        confidence real,
        CONSTRAINT pk_plan_legal_bases PRIMARY KEY (id),
        CONSTRAINT fk_plan_legal_bases_revision FOREIGN KEY (revision_id) REFERENCES plan_revisions(id) ON DELETE CASCADE,
        CONSTRAINT fk_plan_legal_bases_related_plan FOREIGN KEY (related_plan_id) REFERENCES plans(id) ON DELETE SET NULL,
        CONSTRAINT ck_plan_legal_bases_relation CHECK (relation IN ('basis','implements','amends'))
      )`);
    await q.query(`CREATE INDEX ix_plan_legal_bases_revision ON plan_legal_bases (revision_id, position)`);
    await q.query(`CREATE INDEX ix_plan_legal_bases_related_plan ON plan_legal_bases (related_plan_id)`);

    await q.query(`
      CREATE TABLE plan_targets (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        revision_id uuid NOT NULL,
        position integer NOT NULL,
        text text NOT NULL,
        indicator_codes text[] NOT NULL DEFAULT '{}',
        baseline double precision,
        value double precision,
        max_value double precision,
        comparator text,
        unit text,
        standard text,
        due_year integer,
        year_breakdown jsonb,
        section_path text[] NOT NULL DEFAULT '{}',
        source_span jsonb,
        confidence real,
        CONSTRAINT pk_plan_targets PRIMARY KEY (id),
        CONSTRAINT fk_plan_targets_revision FOREIGN KEY (revision_id) REFERENCES plan_revisions(id) ON DELETE CASCADE,
        CONSTRAINT ck_plan_targets_comparator CHECK (comparator IS NULL OR comparator IN ('eq','gt','gte','lt','lte','range','reduceBy'))
      )`);
    await q.query(`CREATE INDEX ix_plan_targets_revision ON plan_targets (revision_id, position)`);

    await q.query(`
      CREATE TABLE plan_budget_lines (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        revision_id uuid NOT NULL,
        position integer NOT NULL,
        kind text NOT NULL,
        project text,
        project_code text,
        sub_project text,
        sub_project_code text,
        amount_vnd bigint,
        estimate boolean NOT NULL DEFAULT false,
        funding_source text,
        year integer,
        text text NOT NULL,
        implementing_units jsonb,
        source_span jsonb,
        confidence real,
        CONSTRAINT pk_plan_budget_lines PRIMARY KEY (id),
        CONSTRAINT fk_plan_budget_lines_revision FOREIGN KEY (revision_id) REFERENCES plan_revisions(id) ON DELETE CASCADE,
        CONSTRAINT ck_plan_budget_lines_kind CHECK (kind IN ('line','total','note')),
        CONSTRAINT ck_plan_budget_lines_amount CHECK (amount_vnd IS NULL OR amount_vnd >= 0)
      )`);
    await q.query(`CREATE INDEX ix_plan_budget_lines_revision ON plan_budget_lines (revision_id, position)`);

    await q.query(`
      CREATE TABLE plan_responsibilities (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        revision_id uuid NOT NULL,
        position integer NOT NULL,
        item_path text[] NOT NULL DEFAULT '{}',
        project text,
        sub_project text,
        table_row text,
        mode text NOT NULL,
        duties text NOT NULL,
        indicator_codes text[] NOT NULL DEFAULT '{}',
        due_text text,
        origin text NOT NULL,
        source_span jsonb,
        confidence real,
        CONSTRAINT pk_plan_responsibilities PRIMARY KEY (id),
        CONSTRAINT fk_plan_responsibilities_revision FOREIGN KEY (revision_id) REFERENCES plan_revisions(id) ON DELETE CASCADE,
        CONSTRAINT ck_plan_responsibilities_mode CHECK (mode IN ('order','request')),
        CONSTRAINT ck_plan_responsibilities_origin CHECK (origin IN ('section','table','projectBlock','manual'))
      )`);
    await q.query(`CREATE INDEX ix_plan_responsibilities_revision ON plan_responsibilities (revision_id, position)`);

    await q.query(`
      CREATE TABLE responsibility_assignees (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        responsibility_id uuid NOT NULL,
        role text NOT NULL,
        position integer NOT NULL,
        organisation_id uuid,
        name text NOT NULL,
        name_key text NOT NULL,
        party_kind text NOT NULL,
        resolved boolean NOT NULL,
        match_method text NOT NULL,
        match_confidence real,
        CONSTRAINT pk_responsibility_assignees PRIMARY KEY (id),
        CONSTRAINT fk_responsibility_assignees_responsibility FOREIGN KEY (responsibility_id) REFERENCES plan_responsibilities(id) ON DELETE CASCADE,
        CONSTRAINT fk_responsibility_assignees_organisation FOREIGN KEY (organisation_id) REFERENCES organisations(id) ON DELETE RESTRICT,
        CONSTRAINT ck_responsibility_assignees_role CHECK (role IN ('lead','coordinator')),
        CONSTRAINT ck_responsibility_assignees_party_kind CHECK (party_kind IN ('organisation','group','position','unknown')),
        CONSTRAINT ck_responsibility_assignees_match CHECK (match_method IN ('exact','alias','contains','manual','none')),
        CONSTRAINT ck_responsibility_assignees_resolved CHECK (resolved = (organisation_id IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX ix_responsibility_assignees_responsibility ON responsibility_assignees (responsibility_id, role, position)`,
    );
    await q.query(
      `CREATE INDEX ix_responsibility_assignees_organisation ON responsibility_assignees (organisation_id)`,
    );

    await q.query(`
      CREATE TABLE plan_reporting_duties (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        revision_id uuid NOT NULL,
        position integer NOT NULL,
        frequency text NOT NULL,
        due_rule jsonb,
        due_text text,
        strict boolean NOT NULL DEFAULT true,
        text text NOT NULL,
        cut_off_override jsonb,
        source_span jsonb,
        confidence real,
        CONSTRAINT pk_plan_reporting_duties PRIMARY KEY (id),
        CONSTRAINT fk_plan_reporting_duties_revision FOREIGN KEY (revision_id) REFERENCES plan_revisions(id) ON DELETE CASCADE,
        CONSTRAINT ck_plan_reporting_duties_frequency CHECK (frequency IN ('monthly','quarterly','semiannual','nineMonth','annual','periodic','adHoc'))
      )`);
    await q.query(`CREATE INDEX ix_plan_reporting_duties_revision ON plan_reporting_duties (revision_id, position)`);

    await q.query(`
      CREATE TABLE reporting_duty_parties (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        duty_id uuid NOT NULL,
        role text NOT NULL,
        position integer NOT NULL,
        organisation_id uuid,
        name text NOT NULL,
        name_key text NOT NULL,
        party_kind text NOT NULL,
        resolved boolean NOT NULL,
        match_method text NOT NULL,
        match_confidence real,
        CONSTRAINT pk_reporting_duty_parties PRIMARY KEY (id),
        CONSTRAINT fk_reporting_duty_parties_duty FOREIGN KEY (duty_id) REFERENCES plan_reporting_duties(id) ON DELETE CASCADE,
        CONSTRAINT fk_reporting_duty_parties_organisation FOREIGN KEY (organisation_id) REFERENCES organisations(id) ON DELETE RESTRICT,
        CONSTRAINT ck_reporting_duty_parties_role CHECK (role IN ('reporter','recipient')),
        CONSTRAINT ck_reporting_duty_parties_party_kind CHECK (party_kind IN ('organisation','group','position','unknown')),
        CONSTRAINT ck_reporting_duty_parties_match CHECK (match_method IN ('exact','alias','contains','manual','none')),
        CONSTRAINT ck_reporting_duty_parties_resolved CHECK (resolved = (organisation_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX ix_reporting_duty_parties_duty ON reporting_duty_parties (duty_id, role, position)`);
    await q.query(`CREATE INDEX ix_reporting_duty_parties_organisation ON reporting_duty_parties (organisation_id)`);

    await q.query(`
      CREATE TABLE plan_recipients (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        revision_id uuid NOT NULL,
        position integer NOT NULL,
        text text NOT NULL,
        name text NOT NULL,
        name_key text NOT NULL,
        mark text,
        purpose text,
        organisation_id uuid,
        match_method text NOT NULL,
        match_confidence real,
        source_span jsonb,
        CONSTRAINT pk_plan_recipients PRIMARY KEY (id),
        CONSTRAINT fk_plan_recipients_revision FOREIGN KEY (revision_id) REFERENCES plan_revisions(id) ON DELETE CASCADE,
        CONSTRAINT fk_plan_recipients_organisation FOREIGN KEY (organisation_id) REFERENCES organisations(id) ON DELETE RESTRICT,
        CONSTRAINT ck_plan_recipients_purpose CHECK (purpose IS NULL OR purpose IN ('report','implement','coordinate','info','archive')),
        CONSTRAINT ck_plan_recipients_match CHECK (match_method IN ('exact','alias','contains','manual','none'))
      )`);
    await q.query(`CREATE INDEX ix_plan_recipients_revision ON plan_recipients (revision_id, position)`);
    await q.query(`CREATE INDEX ix_plan_recipients_organisation ON plan_recipients (organisation_id)`);

    await q.query(`
      CREATE TABLE plan_relations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL,
        kind text NOT NULL,
        related_plan_id uuid,
        citation text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_plan_relations PRIMARY KEY (id),
        CONSTRAINT fk_plan_relations_plan FOREIGN KEY (plan_id) REFERENCES plans(id) ON DELETE CASCADE,
        CONSTRAINT fk_plan_relations_related_plan FOREIGN KEY (related_plan_id) REFERENCES plans(id) ON DELETE SET NULL,
        CONSTRAINT ck_plan_relations_kind CHECK (kind IN ('implements','amends','replaces','corrects','recalls','references')),
        CONSTRAINT ck_plan_relations_target CHECK (related_plan_id IS NOT NULL OR citation IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX ix_plan_relations_plan ON plan_relations (plan_id)`);
    await q.query(`CREATE INDEX ix_plan_relations_related_plan ON plan_relations (related_plan_id)`);

    await q.query(`
      CREATE TABLE import_jobs (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        file_name text NOT NULL,
        size_bytes integer NOT NULL,
        sha256 text NOT NULL,
        mime_type text,
        kind text NOT NULL,
        parser_version text NOT NULL,
        status text NOT NULL,
        parsed jsonb,
        warnings jsonb NOT NULL,
        name_matches jsonb NOT NULL,
        unresolved_names jsonb NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        confirmed_plan_id uuid,
        confirmed_by uuid,
        confirmed_at timestamptz,
        CONSTRAINT pk_import_jobs PRIMARY KEY (id),
        CONSTRAINT fk_import_jobs_created_by FOREIGN KEY (created_by) REFERENCES users(id) ON DELETE RESTRICT,
        CONSTRAINT fk_import_jobs_confirmed_plan FOREIGN KEY (confirmed_plan_id) REFERENCES plans(id) ON DELETE RESTRICT,
        CONSTRAINT fk_import_jobs_confirmed_by FOREIGN KEY (confirmed_by) REFERENCES users(id) ON DELETE RESTRICT,
        CONSTRAINT ck_import_jobs_status CHECK (status IN ('previewed','confirmed','failed')),
        CONSTRAINT ck_import_jobs_kind CHECK (kind IN ('docx','md','txt')),
        CONSTRAINT ck_import_jobs_confirmed CHECK ((status = 'confirmed') = (confirmed_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX ix_import_jobs_sha256 ON import_jobs (sha256)`);
    await q.query(`CREATE INDEX ix_import_jobs_created_by ON import_jobs (created_by, created_at)`);
    await q.query(`CREATE INDEX ix_import_jobs_status ON import_jobs (status, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE import_jobs`);
    await q.query(`DROP TABLE plan_relations`);
    await q.query(`DROP TABLE plan_recipients`);
    await q.query(`DROP TABLE reporting_duty_parties`);
    await q.query(`DROP TABLE plan_reporting_duties`);
    await q.query(`DROP TABLE responsibility_assignees`);
    await q.query(`DROP TABLE plan_responsibilities`);
    await q.query(`DROP TABLE plan_budget_lines`);
    await q.query(`DROP TABLE plan_targets`);
    await q.query(`DROP TABLE plan_legal_bases`);
    await q.query(`DROP TABLE plan_sections`);
    await q.query(`ALTER TABLE plans DROP CONSTRAINT fk_plans_current_revision`);
    await q.query(`DROP TABLE plan_revisions`);
    await q.query(`DROP TABLE plans`);
  }
}
