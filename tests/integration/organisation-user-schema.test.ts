import { OrganisationEntity, UserEntity, OrganisationSuccessionEntity } from '@dondoc/persistence';
import { createTestDatabase, type TestDatabase } from '@dondoc/testing';

describe('organisation and user tables', () => {
  let db: TestDatabase;
  let orgId: string;
  let otherOrgId: string;
  beforeAll(async () => {
    db = await createTestDatabase({ seeded: true });
    const repo = db.dataSource.getRepository(OrganisationEntity);
    orgId = (await repo.findOneByOrFail({ code: 'xa-tan-hoa.hoi-ccb' })).id;
    otherOrgId = (await repo.findOneByOrFail({ code: 'xa-tan-hoa.hoi-nong-dan' })).id;
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const user = (over: Partial<UserEntity>) => ({
    username: 'nguoidung',
    fullName: 'Người Dùng',
    passwordHash: 'x',
    roles: ['department'] as UserEntity['roles'],
    organisationId: orgId,
    ...over,
  });

  it('starts from the seeded template (demo data present)', async () => {
    expect(await db.dataSource.getRepository(UserEntity).countBy({ active: true })).toBe(7);
  });

  it('keeps usernames unique and lower-case', async () => {
    await expect(db.dataSource.getRepository(UserEntity).insert(user({ username: 'admin' }))).rejects.toThrow(
      /uq_users_username/,
    );
    await expect(db.dataSource.getRepository(UserEntity).insert(user({ username: 'Hoa' }))).rejects.toThrow(
      /ck_users_username/,
    );
  });

  it('accepts only known roles', async () => {
    await expect(
      db.dataSource.getRepository(UserEntity).insert(user({ roles: ['superuser' as never] })),
    ).rejects.toThrow(/ck_users_roles/);
  });

  it('does not hand out password hashes unless asked', async () => {
    const u = await db.dataSource.getRepository(UserEntity).findOneByOrFail({ username: 'admin' });
    expect(u.passwordHash).toBeUndefined();
  });

  it('refuses validity periods that end before they start and unknown kinds', async () => {
    await expect(
      db.dataSource
        .getRepository(OrganisationEntity)
        .update({ id: orgId }, { validFrom: '2025-07-01', validTo: '2025-06-30' }),
    ).rejects.toThrow(/ck_organisations_validity/);
    await expect(
      db.dataSource.getRepository(OrganisationEntity).update({ id: orgId }, { kind: 'ministry' as never }),
    ).rejects.toThrow(/ck_organisations_kind/);
  });

  it('never hard-deletes an organisation that people or successors point to', async () => {
    const withUsers = (await db.dataSource.getRepository(UserEntity).findOneByOrFail({ username: 'vhxh' }))
      .organisationId;
    await expect(db.dataSource.getRepository(OrganisationEntity).delete({ id: withUsers })).rejects.toThrow(
      /foreign key/,
    );
  });

  it('records successions between distinct organisations only', async () => {
    const repo = db.dataSource.getRepository(OrganisationSuccessionEntity);
    await repo.insert({
      predecessorId: orgId,
      successorId: otherOrgId,
      kind: 'merged-into',
      effectiveOn: '2025-07-01',
      scope: null,
      basis: null,
    });
    await expect(
      repo.insert({
        predecessorId: orgId,
        successorId: orgId,
        kind: 'renamed',
        effectiveOn: '2025-07-01',
        scope: null,
        basis: null,
      }),
    ).rejects.toThrow(/ck_org_successions_distinct/);
    const sonnmt = await db.dataSource.query(
      `SELECT p.code AS predecessor, s.code AS successor, os.scope FROM organisation_successions os
         JOIN organisations p ON p.id = os.predecessor_id JOIN organisations s ON s.id = os.successor_id WHERE s.code = 'so-nnmt-thai-nguyen'`,
    );
    expect(sonnmt).toEqual([
      { predecessor: 'so-ldtbxh-bac-kan', successor: 'so-nnmt-thai-nguyen', scope: 'giảm nghèo' },
    ]);
  });
});
