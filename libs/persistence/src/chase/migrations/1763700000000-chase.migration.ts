import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  NOTIFICATION_KINDS,
  REGISTER_ENTRY_STATUSES,
  sqlValues,
  SUBMISSION_PROJECTION_STATUSES,
  TASK_PROJECTION_ROLES,
} from '../chase.types';

/**
 * Chase schema: in-app notifications, read models of the plan/task/duty workflows (inbox, matrix),
 * and the outgoing-document register. Points in time are timestamptz only.
 */
export class Chase1763700000000 implements MigrationInterface {
  name = 'Chase1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        key text NOT NULL,
        recipient_ref text NOT NULL,
        recipient_user_id uuid,
        recipient_organisation_id uuid,
        recipient_position_id uuid,
        audience text NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        object_type text NOT NULL,
        object_id text NOT NULL,
        note text,
        scheduled_for timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        CONSTRAINT pk_notifications PRIMARY KEY (id),
        CONSTRAINT ck_notifications_kind CHECK (kind IN (${sqlValues(NOTIFICATION_KINDS)}))
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_notifications_key ON notifications (key)`);
    await q.query(`CREATE INDEX ix_notifications_user ON notifications (recipient_user_id, created_at)`);
    await q.query(
      `CREATE INDEX ix_notifications_organisation ON notifications (recipient_organisation_id, created_at)`,
    );
    await q.query(`CREATE INDEX ix_notifications_position ON notifications (recipient_position_id, created_at)`);

    await q.query(`
      CREATE TABLE task_projections (
        workflow_id text NOT NULL,
        plan_id text NOT NULL,
        responsibility_id text NOT NULL,
        organisation_id text NOT NULL,
        assigned_organisation_id text NOT NULL,
        role text NOT NULL,
        coordinator_organisation_ids text[] NOT NULL DEFAULT '{}',
        title text NOT NULL,
        due_at timestamptz,
        phase text NOT NULL,
        status_code text NOT NULL,
        status_label text NOT NULL,
        progress integer NOT NULL,
        pending_extension boolean NOT NULL DEFAULT false,
        view jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_task_projections PRIMARY KEY (workflow_id),
        CONSTRAINT ck_task_projections_role CHECK (role IN (${sqlValues(TASK_PROJECTION_ROLES)})),
        CONSTRAINT ck_task_projections_progress CHECK (progress BETWEEN 0 AND 100)
      )`);
    await q.query(`CREATE INDEX ix_task_projections_organisation ON task_projections (organisation_id, due_at)`);
    await q.query(`CREATE INDEX ix_task_projections_plan ON task_projections (plan_id)`);

    await q.query(`
      CREATE TABLE duty_projections (
        workflow_id text NOT NULL,
        plan_id text NOT NULL,
        duty_id text NOT NULL,
        title text NOT NULL,
        period_key text,
        due_at timestamptz,
        view jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_duty_projections PRIMARY KEY (workflow_id)
      )`);
    await q.query(`CREATE INDEX ix_duty_projections_plan ON duty_projections (plan_id)`);

    await q.query(`
      CREATE TABLE duty_submission_projections (
        workflow_id text NOT NULL,
        period_key text NOT NULL,
        organisation_id text NOT NULL,
        plan_id text NOT NULL,
        title text NOT NULL,
        status text NOT NULL,
        due_at timestamptz,
        submitted_at timestamptz,
        late boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_duty_submission_projections PRIMARY KEY (workflow_id, period_key, organisation_id),
        CONSTRAINT ck_duty_submission_projections_status CHECK (status IN (${sqlValues(SUBMISSION_PROJECTION_STATUSES)}))
      )`);
    await q.query(
      `CREATE INDEX ix_duty_submission_projections_organisation ON duty_submission_projections (organisation_id, status)`,
    );

    await q.query(`
      CREATE TABLE plan_workflow_states (
        plan_id text NOT NULL,
        workflow_id text NOT NULL,
        status text,
        status_label text,
        revision integer,
        issuing_agency_id text NOT NULL,
        people jsonb NOT NULL DEFAULT '{}',
        signing_authority jsonb,
        start_request_id text,
        started_by uuid,
        view jsonb,
        started_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_plan_workflow_states PRIMARY KEY (plan_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_plan_workflow_states_workflow ON plan_workflow_states (workflow_id)`);
    await q.query(`CREATE INDEX ix_plan_workflow_states_status ON plan_workflow_states (status)`);

    await q.query(`
      CREATE TABLE document_register_entries (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id text NOT NULL,
        year integer NOT NULL,
        number integer NOT NULL,
        symbol text,
        status text NOT NULL,
        plan_id text,
        reservation_key text,
        reserved_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz,
        voided_at timestamptz,
        void_reason text,
        CONSTRAINT pk_document_register_entries PRIMARY KEY (id),
        CONSTRAINT ck_document_register_entries_status CHECK (status IN (${sqlValues(REGISTER_ENTRY_STATUSES)})),
        CONSTRAINT ck_document_register_entries_number CHECK (number >= 1)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_document_register_entries_number ON document_register_entries (organisation_id, year, number)`,
    );
    await q.query(
      `CREATE UNIQUE INDEX uq_document_register_entries_reservation_key ON document_register_entries (reservation_key)`,
    );
    await q.query(`CREATE INDEX ix_document_register_entries_plan ON document_register_entries (plan_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'document_register_entries',
      'plan_workflow_states',
      'duty_submission_projections',
      'duty_projections',
      'task_projections',
      'notifications',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}
