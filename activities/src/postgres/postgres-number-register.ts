import { chooseDocumentNumber } from '@dondoc/domain';
import type { NumberRegister, NumberReservation } from '../ports';
import type { PostgresDataSource } from './data-source.type';

interface EntryRow {
  number: number;
  status: 'reserved' | 'used' | 'voided' | 'recalled';
  reservation_key: string | null;
}

/** The plan id inside a reservation key made by the plan workflow (`plan:<id>:r<revision>:…`). */
export function planIdOfReservationKey(key: string): string | null {
  return /^plan:([^:]+):/.exec(key)?.[1] ?? null;
}

/**
 * The outgoing register in Postgres (`document_register_entries`). Every reservation runs in one
 * transaction under an advisory lock per (organisation, year), so two clerks (or two retries) never
 * get the same number; UNIQUE(organisation_id, year, number) is the backstop. Idempotent on the
 * reservation key. A used or voided number is refused with `NUMBER_ALREADY_USED` (the domain rule).
 */
export class PostgresNumberRegister implements NumberRegister {
  constructor(private readonly dataSource: PostgresDataSource) {}

  async reserve(r: NumberReservation): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('dondoc.register'), hashtext($1 || ':' || $2::text))`, [
        r.agencyId,
        r.year,
      ]);
      const known = (await m.query(`SELECT number FROM document_register_entries WHERE reservation_key = $1`, [
        r.reservationKey,
      ])) as { number: number }[];
      if (known[0]) return known[0].number;
      const planId = planIdOfReservationKey(r.reservationKey);
      if (r.requested === undefined) {
        const [{ next }] = (await m.query(
          `SELECT COALESCE(MAX(number), 0) + 1 AS next FROM document_register_entries WHERE organisation_id = $1 AND year = $2`,
          [r.agencyId, r.year],
        )) as [{ next: number }];
        await m.query(
          `INSERT INTO document_register_entries (organisation_id, year, number, status, plan_id, reservation_key) VALUES ($1, $2, $3, 'reserved', $4, $5)`,
          [r.agencyId, r.year, next, planId, r.reservationKey],
        );
        return next;
      }
      const rows = (await m.query(
        `SELECT number, status, reservation_key FROM document_register_entries WHERE organisation_id = $1 AND year = $2 AND number = $3`,
        [r.agencyId, r.year, r.requested],
      )) as EntryRow[];
      const row = rows[0];
      // The domain rule decides (a used or voided number is refused; a reserved one may be taken when asked for).
      const number = chooseDocumentNumber(
        {
          agencyId: r.agencyId,
          year: r.year,
          // A recalled document's number stays taken.
          used: row?.status === 'used' || row?.status === 'recalled' ? [row.number] : [],
          voided: row?.status === 'voided' ? [row.number] : [],
        },
        r.agencyId,
        r.year,
        r.requested,
      );
      if (row) {
        await m.query(
          `UPDATE document_register_entries SET reservation_key = $4, plan_id = COALESCE($5, plan_id), reserved_at = now()
            WHERE organisation_id = $1 AND year = $2 AND number = $3`,
          [r.agencyId, r.year, number, r.reservationKey, planId],
        );
      } else {
        await m.query(
          `INSERT INTO document_register_entries (organisation_id, year, number, status, plan_id, reservation_key) VALUES ($1, $2, $3, 'reserved', $4, $5)`,
          [r.agencyId, r.year, number, planId, r.reservationKey],
        );
      }
      return number;
    });
  }

  /** Voids a reserved number (never reused in the year). Returns false when it is not reserved. */
  async void(agencyId: string, year: number, number: number, reason: string): Promise<boolean> {
    const res = (await this.dataSource.query(
      `UPDATE document_register_entries SET status = 'voided', voided_at = now(), void_reason = $4
        WHERE organisation_id = $1 AND year = $2 AND number = $3 AND status = 'reserved' RETURNING id`,
      [agencyId, year, number, reason],
    )) as [unknown[], number] | unknown[];
    const rows = Array.isArray(res[0]) ? (res[0] as unknown[]) : (res as unknown[]);
    return rows.length > 0;
  }
}
