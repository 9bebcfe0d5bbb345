import type { DataSource } from 'typeorm';

/** What the next revision changes in the current one (by position in each list). */
export interface RevisionEdit {
  reason: string;
  createdBy: string | null;
  /** New text of the target at this position. */
  targetText?: { position: number; text: string };
  /** Budget line dropped. */
  dropBudgetLine?: number;
  /** New deadline of the responsibility at this position. */
  responsibilityDue?: { position: number; dueText: string };
}

const columnsOf = async (db: DataSource, table: string, skip: string[]): Promise<string[]> =>
  (
    (await db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`,
      [table],
    )) as { column_name: string }[]
  )
    .map((c) => c.column_name)
    .filter((c) => !skip.includes(c));

/**
 * Stores a new revision of a plan as a copy of its current one with the given changes, and makes it
 * current. A stand-in for the content editor (plans have no content-edit endpoint yet): the tests of
 * the revisions view need two stored revisions to compare.
 */
export async function storeNextRevision(db: DataSource, planId: string, edit: RevisionEdit): Promise<number> {
  return db.transaction(async (m) => {
    const [current] = (await m.query(
      `SELECT r.id, r.number FROM plans p JOIN plan_revisions r ON r.id = p.current_revision_id WHERE p.id = $1`,
      [planId],
    )) as { id: string; number: number }[];
    if (!current) throw new Error(`plan ${planId} has no current revision`);
    const [next] = (await m.query(
      `INSERT INTO plan_revisions (plan_id, number, snapshot, reason, created_by) VALUES ($1, $2, '{}', $3, $4) RETURNING id, number`,
      [planId, current.number + 1, edit.reason, edit.createdBy],
    )) as { id: string; number: number }[];
    for (const table of ['plan_sections', 'plan_targets', 'plan_budget_lines', 'plan_legal_bases']) {
      const cols = (await columnsOf(m.connection, table, ['id', 'revision_id'])).join(', ');
      await m.query(
        `INSERT INTO ${table} (revision_id, ${cols}) SELECT $1, ${cols} FROM ${table} WHERE revision_id = $2`,
        [next!.id, current.id],
      );
    }
    // Responsibilities keep their assignees: copied one by one.
    const rcols = (await columnsOf(m.connection, 'plan_responsibilities', ['id', 'revision_id'])).join(', ');
    const acols = (await columnsOf(m.connection, 'responsibility_assignees', ['id', 'responsibility_id'])).join(', ');
    const olds = (await m.query(`SELECT id FROM plan_responsibilities WHERE revision_id = $1 ORDER BY position`, [
      current.id,
    ])) as { id: string }[];
    for (const old of olds) {
      const [copy] = (await m.query(
        `INSERT INTO plan_responsibilities (revision_id, ${rcols}) SELECT $1, ${rcols} FROM plan_responsibilities WHERE id = $2 RETURNING id`,
        [next!.id, old.id],
      )) as { id: string }[];
      await m.query(
        `INSERT INTO responsibility_assignees (responsibility_id, ${acols}) SELECT $1, ${acols} FROM responsibility_assignees WHERE responsibility_id = $2`,
        [copy!.id, old.id],
      );
    }
    if (edit.targetText)
      await m.query(`UPDATE plan_targets SET text = $3 WHERE revision_id = $1 AND position = $2`, [
        next!.id,
        edit.targetText.position,
        edit.targetText.text,
      ]);
    if (edit.dropBudgetLine !== undefined)
      await m.query(`DELETE FROM plan_budget_lines WHERE revision_id = $1 AND position = $2`, [
        next!.id,
        edit.dropBudgetLine,
      ]);
    if (edit.responsibilityDue)
      await m.query(`UPDATE plan_responsibilities SET due_text = $3 WHERE revision_id = $1 AND position = $2`, [
        next!.id,
        edit.responsibilityDue.position,
        edit.responsibilityDue.dueText,
      ]);
    await m.query(`UPDATE plans SET current_revision_id = $1 WHERE id = $2`, [next!.id, planId]);
    return next!.number;
  });
}
