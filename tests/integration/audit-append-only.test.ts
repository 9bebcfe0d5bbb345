import { AuditEventEntity, recordAuditEvent } from '@dondoc/persistence';
import { createTestDatabase, type TestDatabase } from '@dondoc/testing';

describe('audit events', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('can be appended, with before/after and request id', async () => {
    await recordAuditEvent(db.dataSource.manager, {
      actorId: null,
      action: 'organisation.update',
      objectType: 'organisation',
      objectId: 'x1',
      before: { name: 'Cũ' },
      after: { name: 'Mới' },
      requestId: 'req-1',
    });
    const rows = await db.dataSource.getRepository(AuditEventEntity).findBy({ objectId: 'x1' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'organisation.update',
      before: { name: 'Cũ' },
      after: { name: 'Mới' },
      requestId: 'req-1',
    });
    expect(rows[0]!.occurredAt).toBeInstanceOf(Date);
  });

  it.each([
    ['UPDATE', `UPDATE audit_events SET action = 'tampered'`],
    ['DELETE', `DELETE FROM audit_events`],
    ['TRUNCATE', `TRUNCATE audit_events`],
  ])('refuse %s', async (_op, sql) => {
    await expect(db.dataSource.query(sql)).rejects.toThrow(/append-only/);
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'tampered'`);
    expect(n).toBe(0);
  });
});
