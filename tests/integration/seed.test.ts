import {
  DEMO_USERS,
  OrganisationEntity,
  UserEntity,
  seedDemoData,
  verifyPassword,
  DEMO_PASSWORD,
} from '@dondoc/persistence';
import { createTestDatabase, type TestDatabase } from '@dondoc/testing';

describe('seedDemoData', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('creates the demo commune, then changes nothing when run again', async () => {
    const first = await seedDemoData(db.dataSource);
    expect(first.users).toBe(DEMO_USERS.length);
    expect(first.organisations).toBeGreaterThanOrEqual(15);
    const counts = async () =>
      db.dataSource.query(`SELECT (SELECT count(*) FROM users)::int u, (SELECT count(*) FROM organisations)::int o,
        (SELECT count(*) FROM positions)::int p, (SELECT count(*) FROM administrative_units)::int a, (SELECT count(*) FROM audit_events)::int e`);
    const before = await counts();
    const second = await seedDemoData(db.dataSource);
    expect(second).toEqual({ units: 0, organisations: 0, positions: 0, users: 0, successions: 0 });
    expect(await counts()).toEqual(before);
  });

  it('survives two seeds racing', async () => {
    await Promise.all([seedDemoData(db.dataSource), seedDemoData(db.dataSource)]);
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int n FROM users`);
    expect(n).toBe(DEMO_USERS.length);
  });

  it('gives every demo login the documented password and a role', async () => {
    const users = await db.dataSource
      .getRepository(UserEntity)
      .find({ select: { username: true, passwordHash: true, roles: true } });
    expect(users.map((u) => u.username).sort()).toEqual([
      'admin',
      'chutich',
      'phochutich',
      'sonnmt',
      'taichinh',
      'vanthu',
      'vhxh',
    ]);
    for (const u of users) {
      expect(await verifyPassword(u.passwordHash, DEMO_PASSWORD)).toBe(true);
      expect(u.roles.length).toBeGreaterThan(0);
    }
  });

  it('marks the Front and mass organisations as not state-administrative', async () => {
    const orgs = await db.dataSource.getRepository(OrganisationEntity).find();
    const byKind = (k: string) => orgs.filter((o) => o.kind === k);
    expect(byKind('mass-organisation').length).toBeGreaterThanOrEqual(4);
    expect([...byKind('mass-organisation'), ...byKind('fatherland-front')].every((o) => !o.isStateAdministrative)).toBe(
      true,
    );
    expect(byKind('peoples-committee').every((o) => o.isStateAdministrative)).toBe(true);
    expect(orgs.find((o) => o.code === 'so-nnmt-thai-nguyen')?.name).toBe(
      'Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên',
    );
  });
});
