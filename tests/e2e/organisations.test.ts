import { Client, startApiStack, type TestStack } from './support/api-stack';

interface AuditRow {
  action: string;
  actor_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  request_id: string | null;
}

describe('organisations API', () => {
  let stack: TestStack;
  let admin: Client;
  let adminId: string;
  const audit = (id: string): Promise<AuditRow[]> =>
    stack.db.dataSource.query(
      `SELECT action, actor_id, before, after, request_id FROM audit_events WHERE object_id = $1 ORDER BY id`,
      [id],
    );

  beforeAll(async () => {
    stack = await startApiStack();
    admin = new Client(stack.baseUrl);
    await admin.login('admin');
    adminId = (await admin.get('/api/me')).body.id;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('lists with the react-admin contract: {data, total}, paging and sorting', async () => {
    const page1 = await admin.get('/api/organisations?page=1&perPage=5&sort=name&order=ASC');
    expect(page1.status).toBe(200);
    expect(page1.body.data).toHaveLength(5);
    expect(page1.body.total).toBeGreaterThanOrEqual(19);
    const page2 = await admin.get('/api/organisations?page=2&perPage=5&sort=name&order=ASC');
    expect(page2.body.data[0].id).not.toBe(page1.body.data[0].id);
    const names = page1.body.data.map((o: { name: string }) => o.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
  });

  it('searches without accents, through names and aliases', async () => {
    const byName = await admin.get(`/api/organisations?q=${encodeURIComponent('hoi lien hiep phu nu')}`);
    expect(byName.body.data.map((o: { code: string }) => o.code)).toEqual(['xa-tan-hoa.hoi-lhpn']);
    const byAlias = await admin.get('/api/organisations?q=mttq');
    expect(byAlias.body.data.map((o: { code: string }) => o.code)).toContain('xa-tan-hoa.mttq');
    const withD = await admin.get(`/api/organisations?q=${encodeURIComponent('doan thanh nien')}`);
    expect(withD.body.total).toBe(1);
  });

  it('filters by field and by ids (getMany)', async () => {
    const mass = await admin.get('/api/organisations?kind=mass-organisation&perPage=100');
    expect(mass.body.total).toBe(4);
    expect(mass.body.data.every((o: { isStateAdministrative: boolean }) => !o.isStateAdministrative)).toBe(true);
    const ids = mass.body.data.slice(0, 2).map((o: { id: string }) => o.id);
    const many = await admin.get(`/api/organisations?id=${ids[0]}&id=${ids[1]}`);
    expect(many.body.data.map((o: { id: string }) => o.id).sort()).toEqual([...ids].sort());
    expect((await admin.get('/api/organisations?kind=castle')).status).toBe(422);
    expect((await admin.get('/api/organisations?colour=red')).body.errors).toEqual([
      expect.objectContaining({ field: 'colour' }),
    ]);
  });

  it('creates, reads, updates and closes, auditing each write with actor, before/after and request id', async () => {
    const ubnd = (await admin.get('/api/organisations?q=ubnd%20xa%20tan%20hoa&kind=peoples-committee')).body.data[0];
    const created = await admin.request(
      'POST',
      '/api/organisations',
      {
        name: 'Tổ công tác giảm nghèo',
        kind: 'other',
        parentId: ubnd.id,
        unitId: ubnd.unitId,
        aliases: ['Tổ GN'],
        isStateAdministrative: true,
      },
      { 'x-request-id': 'req-create-1' },
    );
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({ name: 'Tổ công tác giảm nghèo', parentId: ubnd.id, validTo: null });

    expect((await admin.get(`/api/organisations/${id}`)).body.name).toBe('Tổ công tác giảm nghèo');

    const updated = await admin.request(
      'PATCH',
      `/api/organisations/${id}`,
      { name: 'Tổ công tác giảm nghèo bền vững' },
      { 'x-request-id': 'req-update-1' },
    );
    expect(updated.status).toBe(200);
    expect(updated.body.name).toBe('Tổ công tác giảm nghèo bền vững');

    const closed = await admin.delete(`/api/organisations/${id}`);
    expect(closed.status).toBe(200);
    expect(closed.body.validTo).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await admin.get(`/api/organisations/${id}`)).status).toBe(200); // still there: history
    expect((await admin.get(`/api/organisations?current=true&q=${encodeURIComponent('to cong tac')}`)).body.total).toBe(
      0,
    );

    const rows = await audit(id);
    expect(rows.map((r) => r.action)).toEqual(['organisation.create', 'organisation.update', 'organisation.close']);
    expect(rows.every((r) => r.actor_id === adminId)).toBe(true);
    expect(rows[0]).toMatchObject({
      before: null,
      after: { name: 'Tổ công tác giảm nghèo' },
      request_id: 'req-create-1',
    });
    expect(rows[1]).toMatchObject({
      before: { name: 'Tổ công tác giảm nghèo' },
      after: { name: 'Tổ công tác giảm nghèo bền vững' },
      request_id: 'req-update-1',
    });
    expect(rows[2]!.before!.validTo).toBeNull();
  });

  it('shows the trail through /api/audit-events to admins and leaders, not to departments', async () => {
    const org = await admin.post('/api/organisations', {
      name: 'Ban chỉ đạo giảm nghèo',
      kind: 'other',
      isStateAdministrative: true,
    });
    await admin.patch(`/api/organisations/${org.body.id}`, { shortName: 'BCĐ GN' });
    const trail = await admin.get(`/api/audit-events?objectType=organisation&objectId=${org.body.id}`);
    expect(trail.status).toBe(200);
    expect(trail.body.total).toBe(2);
    expect(trail.body.data[0]).toMatchObject({
      action: 'organisation.update',
      actorName: 'Quản trị hệ thống',
      after: { shortName: 'BCĐ GN' },
    });
    expect((await admin.get(`/api/audit-events/${trail.body.data[1].id}`)).body.action).toBe('organisation.create');
    const leader = new Client(stack.baseUrl);
    await leader.login('chutich');
    expect((await leader.get('/api/audit-events?perPage=1')).status).toBe(200);
    const dept = new Client(stack.baseUrl);
    await dept.login('vhxh');
    expect((await dept.get('/api/audit-events')).status).toBe(403);
  });

  it('refuses a write that would fail, leaving no audit row (same transaction)', async () => {
    const [{ n: before }] = await stack.db.dataSource.query(`SELECT count(*)::int n FROM audit_events`);
    const dup = await admin.post('/api/organisations', {
      code: 'xa-tan-hoa.ubnd',
      name: 'Trùng mã',
      kind: 'other',
      isStateAdministrative: true,
    });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('CODE_TAKEN');
    const badParent = await admin.post('/api/organisations', {
      name: 'X',
      kind: 'other',
      isStateAdministrative: true,
      parentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(badParent.status).toBe(422);
    expect(badParent.body.errors).toEqual([expect.objectContaining({ field: 'parentId' })]);
    const [{ n: after }] = await stack.db.dataSource.query(`SELECT count(*)::int n FROM audit_events`);
    expect(after).toBe(before);
  });

  it('refuses making an organisation its own ancestor', async () => {
    const ubnd = (await admin.get('/api/organisations?kind=peoples-committee')).body.data[0];
    const child = (await admin.get(`/api/organisations?parentId=${ubnd.id}`)).body.data[0];
    const res = await admin.patch(`/api/organisations/${ubnd.id}`, { parentId: child.id });
    expect(res.status).toBe(422);
  });
});

describe('users API', () => {
  let stack: TestStack;
  let admin: Client;
  beforeAll(async () => {
    stack = await startApiStack();
    admin = new Client(stack.baseUrl);
    await admin.login('admin');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('lists users to everyone logged in, never with passwords', async () => {
    const c = new Client(stack.baseUrl);
    await c.login('taichinh');
    const list = await c.get('/api/users?perPage=50&sort=fullName');
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(7);
    expect(JSON.stringify(list.body)).not.toMatch(/password|argon2/i);
    const search = await c.get(`/api/users?q=${encodeURIComponent('nong van duc')}`);
    expect(search.body.data.map((u: { username: string }) => u.username)).toEqual(['vhxh']);
  });

  it('creates a user who can log in, then deactivates them (who then cannot)', async () => {
    const org = (await admin.get('/api/organisations?q=van%20hoa%20-%20xa%20hoi&kind=department')).body.data[0];
    const created = await admin.post('/api/users', {
      username: 'vhxh2',
      fullName: 'Đinh Thị Mai',
      password: 'MatKhau@123',
      roles: ['department'],
      organisationId: org.id,
    });
    expect(created.status).toBe(201);
    expect(JSON.stringify(created.body)).not.toMatch(/password|MatKhau/i);
    const dup = await admin.post('/api/users', {
      username: 'vhxh2',
      fullName: 'X',
      password: 'MatKhau@123',
      roles: ['department'],
      organisationId: org.id,
    });
    expect(dup.status).toBe(409);

    const mai = new Client(stack.baseUrl);
    await mai.login('vhxh2', 'MatKhau@123');
    expect((await mai.get('/api/me')).body.organisation.name).toBe('Văn hóa - Xã hội');

    expect((await admin.delete(`/api/users/${created.body.id}`)).body.active).toBe(false);
    expect((await mai.get('/api/me')).status).toBe(401); // session dies with the account
    expect(
      (await new Client(stack.baseUrl).post('/api/auth/login', { username: 'vhxh2', password: 'MatKhau@123' })).status,
    ).toBe(401);

    const rows: { action: string; after: Record<string, unknown> }[] = await stack.db.dataSource.query(
      `SELECT action, after FROM audit_events WHERE object_id = $1 ORDER BY id`,
      [created.body.id],
    );
    expect(rows.map((r) => r.action)).toEqual(['user.create', 'user.deactivate']);
    expect(JSON.stringify(rows)).not.toMatch(/MatKhau|argon2/);
  });

  it('lets an admin change a password, audited without the password', async () => {
    const vanthu = (await admin.get('/api/users?q=vanthu')).body.data[0];
    const res = await admin.patch(`/api/users/${vanthu.id}`, { password: 'DoiMatKhau@1' });
    expect(res.status).toBe(200);
    const c = new Client(stack.baseUrl);
    await c.login('vanthu', 'DoiMatKhau@1');
    const [row] = await stack.db.dataSource.query(
      `SELECT after FROM audit_events WHERE object_id = $1 AND action = 'user.update'`,
      [vanthu.id],
    );
    expect(row.after.passwordChanged).toBe(true);
    expect(JSON.stringify(row)).not.toMatch(/DoiMatKhau/);
  });
});

describe('directory API (units, positions)', () => {
  let stack: TestStack;
  let c: Client;
  beforeAll(async () => {
    stack = await startApiStack();
    c = new Client(stack.baseUrl);
    await c.login('vanthu');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('lists administrative units with levels and validity, searchable without accents', async () => {
    const res = await c.get('/api/administrative-units?level=commune&sort=name');
    expect(res.status).toBe(200);
    expect(res.body.data.map((u: { name: string }) => u.name)).toEqual(['Xã Tân Hòa', 'Xã Tân Hòa (cũ)']);
    const current = res.body.data[0];
    expect(current).toMatchObject({ validFrom: '2025-07-01', validTo: null });
    expect((await c.get(`/api/administrative-units/${current.id}`)).body.code).toBe('xa-tan-hoa');
    expect((await c.get('/api/administrative-units?q=bac%20kan')).body.total).toBe(1);
  });

  it('lists positions of an organisation with their portfolios', async () => {
    const ubnd = (await c.get('/api/organisations?kind=peoples-committee')).body.data[0];
    const res = await c.get(`/api/positions?organisationId=${ubnd.id}&sort=title`);
    expect(res.body.data.map((p: { title: string; portfolio: string | null }) => [p.title, p.portfolio])).toEqual([
      ['Chủ tịch UBND xã', null],
      ['Phó Chủ tịch UBND xã', 'phụ trách khối Văn hóa - Xã hội'],
    ]);
    expect((await c.get('/api/positions?q=lao%20dong')).body.data[0].portfolio).toBe(
      'phụ trách Lao động - Thương binh và Xã hội',
    );
  });
});
