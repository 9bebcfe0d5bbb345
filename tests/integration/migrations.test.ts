import { createTestDatabase, type TestDatabase } from '@dondoc/testing';

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('leave no pending migration and match the entities exactly', async () => {
    expect(await db.dataSource.showMigrations()).toBe(false);
    // The schema TypeORM would build from the entities must equal what the migrations built.
    const diff = await db.dataSource.driver.createSchemaBuilder().log();
    expect(diff.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('use only timestamptz for points in time', async () => {
    const rows: { table_name: string; column_name: string }[] = await db.dataSource.query(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type = 'timestamp without time zone'`,
    );
    expect(rows).toEqual([]);
  });

  it('store instants independently of the session time zone', async () => {
    const qr = db.dataSource.createQueryRunner();
    try {
      await qr.query(`SET TIME ZONE 'Asia/Ho_Chi_Minh'`);
      const [row] = await qr.query(`SELECT '2024-06-05T17:00:00Z'::timestamptz AS t`);
      expect((row.t as Date).toISOString()).toBe('2024-06-05T17:00:00.000Z');
    } finally {
      await qr.release();
    }
  });

  it('provide accent-insensitive matching for Vietnamese (đ, ư, ơ, tones)', async () => {
    const [row] = await db.dataSource.query(`SELECT dondoc_unaccent('Giảm nghèo Đông Hưng Ủy ban') AS s`);
    expect(row.s).toBe('giam ngheo dong hung uy ban');
  });
});
