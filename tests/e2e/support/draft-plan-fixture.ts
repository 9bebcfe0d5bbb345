// The draft plan the workflow e2e tests drive through its lifecycle, written straight into the plans
// module's tables: "Kế hoạch giảm nghèo bền vững năm 2027" with two assignment rows.
import type { DataSource } from 'typeorm';

/** Organisation ids of the seed: the issuer (UBND) and the two departments the rows assign. */
export interface DraftPlanOrganisations {
  issuerId: string;
  vhxhId: string;
  taichinhId: string;
}

export interface DraftPlan {
  planId: string;
  /** The current (first) revision. */
  revisionId: string;
  /** The assignment rows in order: VH-XH leads the first (Tài chính coordinates), Tài chính leads the second. */
  responsibilityIds: string[];
}

export async function insertDraftPlan(db: DataSource, orgs: DraftPlanOrganisations): Promise<DraftPlan> {
  return db.transaction(async (m) => {
    const [p] = await m.query(
      `INSERT INTO plans (document_type, issuer_organisation_id, title, status, source, period_from, period_to)
       VALUES ('KH', $1, 'Kế hoạch giảm nghèo bền vững năm 2027', 'draft', 'born-digital', 2027, 2027) RETURNING id`,
      [orgs.issuerId],
    );
    const [rev] = await m.query(`INSERT INTO plan_revisions (plan_id, number, snapshot) VALUES ($1, 1, '{}') RETURNING id`, [p.id]);
    await m.query(`UPDATE plans SET current_revision_id = $1 WHERE id = $2`, [rev.id, p.id]);
    const rows: [string, [string, string][]][] = [
      [
        'Rà soát hộ nghèo, hộ cận nghèo trên địa bàn',
        [
          ['lead', orgs.vhxhId],
          ['coordinator', orgs.taichinhId],
        ],
      ],
      ['Bố trí kinh phí thực hiện các dự án giảm nghèo', [['lead', orgs.taichinhId]]],
    ];
    const responsibilityIds: string[] = [];
    for (const [i, [duties, assignees]] of rows.entries()) {
      const [r] = await m.query(
        `INSERT INTO plan_responsibilities (revision_id, position, mode, duties, origin) VALUES ($1, $2, 'order', $3, 'manual') RETURNING id`,
        [rev.id, i, duties],
      );
      responsibilityIds.push(r.id as string);
      for (const [j, [role, orgId]] of assignees.entries()) {
        await m.query(
          `INSERT INTO responsibility_assignees (responsibility_id, role, position, organisation_id, name, name_key, party_kind, resolved, match_method)
           VALUES ($1, $2, $3, $4, 'x', 'x', 'organisation', true, 'manual')`,
          [r.id, role, j, orgId],
        );
      }
    }
    return { planId: p.id as string, revisionId: rev.id as string, responsibilityIds };
  });
}
