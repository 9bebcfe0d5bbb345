import type { StoredTransfer, TransferOp } from '../execution-store';

type Stmt = readonly [text: string, params: unknown[]];

/**
 * The statements that write a batch's transfer ops (owed cross-run effects) in the batch's transaction, on the
 * `transfers` table (migration 40). Ids are never reused, so per id the last op wins: rows done first, then rows owed.
 */
export function transferStatements(schema: string, ops: ReadonlyArray<TransferOp> | undefined): Stmt[] {
  if (!ops?.length) return [];
  const last = new Map<string, TransferOp>();
  for (const op of ops) {
    last.delete(op.id);
    last.set(op.id, op);
  }
  const owed = [...last.values()].flatMap((op) => (op.transfer ? [op.transfer] : []));
  const done = [...last.values()].filter((op) => !op.transfer).map((op) => op.id);
  const stmts: Stmt[] = [];
  if (done.length) stmts.push([`DELETE FROM ${schema}.transfers WHERE id = ANY($1::text[])`, [done]]);
  if (owed.length) {
    stmts.push([
      `INSERT INTO ${schema}.transfers (id, run_id, data) SELECT i, r, d FROM unnest($1::text[], $2::text[], $3::jsonb[]) AS t(i, r, d) ON CONFLICT (id) DO NOTHING`,
      [owed.map((t) => t.id), owed.map((t) => t.runId), owed.map((t) => JSON.stringify(t))],
    ]);
  }
  return stmts;
}

/** The query that reads every owed transfer at start, oldest first. */
export const pendingTransfersQuery = (schema: string): string => `SELECT data FROM ${schema}.transfers ORDER BY seq`;

export const transferOf = (row: { data: unknown }): StoredTransfer => (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as StoredTransfer;
