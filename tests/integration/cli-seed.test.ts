import { migrateCommand } from '../../apps/cli/src/commands/migrate.command';
import { seedCommand } from '../../apps/cli/src/commands/seed.command';
import { createTestDatabase, type TestDatabase } from '@dondoc/testing';

describe('dondoc migrate / dondoc seed', () => {
  let db: TestDatabase;
  const saved = { ...process.env };
  beforeAll(async () => {
    // An empty database (not the template): the commands must build everything themselves.
    db = await createTestDatabase();
    await db.dataSource.query(`DROP SCHEMA public CASCADE`);
    await db.dataSource.query(`CREATE SCHEMA public`);
    process.env.DATABASE_URL = db.url;
    process.env.JWT_SECRET = 'x'.repeat(40);
  });
  afterAll(async () => {
    process.env = saved;
    await db?.destroy();
  });

  const run = async (cmd: typeof seedCommand, argv: string[] = []) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await cmd.run(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('migrate applies the migrations once', async () => {
    const first = await run(migrateCommand);
    expect(first).toMatchObject({ code: 0 });
    expect(first.out).toMatch(/Foundation/);
    const second = await run(migrateCommand);
    expect(second.out).toMatch(/up to date/);
  });

  it('seed is idempotent', async () => {
    const first = await run(seedCommand);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/\+7 tài khoản/);
    const second = await run(seedCommand);
    expect(second.out).toMatch(/\+0 đơn vị hành chính, \+0 tổ chức, \+0 chức vụ, \+0 tài khoản/);
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int n FROM users`);
    expect(n).toBe(7);
  });

  it('rejects stray arguments with exit code 2', async () => {
    expect((await run(seedCommand, ['--force'])).code).toBe(2);
  });
});
