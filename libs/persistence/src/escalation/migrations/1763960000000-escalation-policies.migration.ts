import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Configured escalation policies, chosen per plan and per reporting duty (null = the default policy). */
export class EscalationPolicies1763960000000 implements MigrationInterface {
  name = 'EscalationPolicies1763960000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE escalation_policies (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        description text,
        steps jsonb NOT NULL,
        send_at text NOT NULL DEFAULT '08:00',
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_escalation_policies PRIMARY KEY (id),
        CONSTRAINT ck_escalation_policies_name CHECK (btrim(name) <> ''),
        CONSTRAINT ck_escalation_policies_send_at CHECK (send_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_escalation_policies_name ON escalation_policies (lower(btrim(name)))`);
    await q.query(`ALTER TABLE plans ADD COLUMN escalation_policy_id uuid`);
    await q.query(
      `ALTER TABLE plans ADD CONSTRAINT fk_plans_escalation_policy FOREIGN KEY (escalation_policy_id) REFERENCES escalation_policies(id) ON DELETE RESTRICT`,
    );
    await q.query(`ALTER TABLE plan_reporting_duties ADD COLUMN escalation_policy_id uuid`);
    await q.query(
      `ALTER TABLE plan_reporting_duties ADD CONSTRAINT fk_plan_reporting_duties_escalation_policy FOREIGN KEY (escalation_policy_id) REFERENCES escalation_policies(id) ON DELETE RESTRICT`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plan_reporting_duties DROP COLUMN escalation_policy_id`);
    await q.query(`ALTER TABLE plans DROP COLUMN escalation_policy_id`);
    await q.query(`DROP TABLE escalation_policies`);
  }
}
