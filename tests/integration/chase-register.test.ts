// The outgoing register on real Postgres: concurrent reservations never collide, reservations are
// idempotent per key, used/voided numbers are refused, numbers run per organisation and year.
import { PostgresNumberRegister, PostgresProjectionStore } from '@dondoc/activities';
import type { PlanView } from '@dondoc/contracts';
import { DomainErrorCode, isDomainError } from '@dondoc/domain';
import { createTestDatabase, type TestDatabase } from '@dondoc/testing';

describe('outgoing register (document_register_entries)', () => {
  let db: TestDatabase;
  let register: PostgresNumberRegister;
  beforeAll(async () => {
    db = await createTestDatabase();
    register = new PostgresNumberRegister(db.dataSource);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('gives 20 parallel reservations 20 distinct consecutive numbers', async () => {
    const numbers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        register.reserve({ agencyId: 'ubnd-a', year: 2026, reservationKey: `plan:p${i}:r1:next` }),
      ),
    );
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const rows: { n: string }[] = await db.dataSource.query(
      `SELECT count(*) AS n FROM document_register_entries WHERE organisation_id = 'ubnd-a'`,
    );
    expect(Number(rows[0]!.n)).toBe(20);
    const plan: { plan_id: string }[] = await db.dataSource.query(
      `SELECT plan_id FROM document_register_entries WHERE reservation_key = 'plan:p3:r1:next'`,
    );
    expect(plan[0]!.plan_id).toBe('p3');
  });

  it('returns the same number for a retried reservation key, even when retried in parallel', async () => {
    const [a, b, c] = await Promise.all(
      [0, 1, 2].map(() => register.reserve({ agencyId: 'ubnd-b', year: 2026, reservationKey: 'plan:x:r1:next' })),
    );
    expect(a).toBe(1);
    expect([b, c]).toEqual([1, 1]);
    expect(await register.reserve({ agencyId: 'ubnd-b', year: 2026, reservationKey: 'plan:y:r1:next' })).toBe(2);
  });

  it('runs numbers per organisation and calendar year (01 again on 1 January)', async () => {
    expect(await register.reserve({ agencyId: 'ubnd-c', year: 2026, reservationKey: 'c-2026' })).toBe(1);
    expect(await register.reserve({ agencyId: 'ubnd-c', year: 2027, reservationKey: 'c-2027' })).toBe(1);
    expect(await register.reserve({ agencyId: 'ubnd-d', year: 2026, reservationKey: 'd-2026' })).toBe(1);
  });

  it('refuses a used or voided number, lets the clerk take a reserved or higher one, and continues after it', async () => {
    const first = await register.reserve({ agencyId: 'ubnd-e', year: 2026, reservationKey: 'plan:e1:r1:next' });
    const second = await register.reserve({ agencyId: 'ubnd-e', year: 2026, reservationKey: 'plan:e2:r1:next' });
    expect([first, second]).toEqual([1, 2]);
    // Number 1 becomes used when the plan's projection shows it.
    const store = new PostgresProjectionStore(db.dataSource);
    await store.save({ kind: 'plan', view: planView('e1', { agencyId: 'ubnd-e', number: 1 }) });
    const refused = await register
      .reserve({ agencyId: 'ubnd-e', year: 2026, requested: 1, reservationKey: 'plan:e3:r1:1' })
      .catch((e: unknown) => e);
    expect(isDomainError(refused) && refused.code).toBe(DomainErrorCode.NumberAlreadyUsed);
    expect(await register.void('ubnd-e', 2026, 2, 'Hủy số giữ chỗ')).toBe(true);
    const voided = await register
      .reserve({ agencyId: 'ubnd-e', year: 2026, requested: 2, reservationKey: 'plan:e3:r1:2' })
      .catch((e: unknown) => e);
    expect(isDomainError(voided) && voided.code).toBe(DomainErrorCode.NumberAlreadyUsed);
    expect(
      await register.reserve({ agencyId: 'ubnd-e', year: 2026, requested: 10, reservationKey: 'plan:e3:r1:10' }),
    ).toBe(10);
    expect(await register.reserve({ agencyId: 'ubnd-e', year: 2026, reservationKey: 'plan:e4:r1:next' })).toBe(11);
    const rows: { number: number; status: string; symbol: string | null }[] = await db.dataSource.query(
      `SELECT number, status, symbol FROM document_register_entries WHERE organisation_id = 'ubnd-e' ORDER BY number`,
    );
    expect(rows).toEqual([
      { number: 1, status: 'used', symbol: '01/KH-UBND' },
      { number: 2, status: 'voided', symbol: null },
      { number: 10, status: 'reserved', symbol: null },
      { number: 11, status: 'reserved', symbol: null },
    ]);
  });

  it('is backed by UNIQUE(organisation, year, number)', async () => {
    const insert = `INSERT INTO document_register_entries (organisation_id, year, number, status) VALUES ('ubnd-f', 2026, 5, 'reserved')`;
    await db.dataSource.query(insert);
    await expect(db.dataSource.query(insert)).rejects.toThrow(/uq_document_register_entries_number/);
  });
});

/** A minimal plan view as the lifecycle workflow projects it. */
function planView(
  planId: string,
  o: { agencyId: string; number?: number; status?: PlanView['lifecycle']['status'] },
): PlanView {
  return {
    workflowId: `plan:${planId}`,
    planId,
    title: 'Kế hoạch thử',
    lifecycle: {
      status: o.status ?? (o.number ? 'numbered' : 'draft'),
      revision: 1,
      documentType: 'KH',
      issuingAgencyId: o.agencyId,
      issuerCode: 'UBND',
      signerId: 'p-signer',
      ...(o.number
        ? {
            number: {
              number: o.number,
              symbol: `${String(o.number).padStart(2, '0')}/KH-UBND`,
              year: 2026,
              at: '2026-03-02T03:00:00.000Z',
            },
          }
        : {}),
    },
    statusLabel: 'Đã cấp số, chờ ban hành',
    replies: [],
    returns: [],
    warnings: [],
    taskWorkflowIds: [],
    dutyWorkflowIds: [],
  };
}
