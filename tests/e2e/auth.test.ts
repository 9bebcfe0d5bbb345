import { Client, startApiStack, type TestStack } from './support/api-stack';

describe('authentication', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startApiStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('logs in with the demo password, sets a strict httpOnly cookie and returns the user', async () => {
    const res = await fetch(`${stack.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'vhxh', password: 'Dondoc@2026' }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('dondoc_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/i);
    const body = (await res.json()) as { user: Record<string, unknown> };
    expect(body.user).toMatchObject({ username: 'vhxh', fullName: 'Nông Văn Đức', roles: ['department'] });
    expect(JSON.stringify(body)).not.toMatch(/password/i);
  });

  it('answers /api/me with organisation, position and permissions', async () => {
    const c = new Client(stack.baseUrl);
    await c.login('phochutich');
    const me = await c.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      username: 'phochutich',
      fullName: 'Hoàng Thị Lan',
      roles: ['leader'],
      organisation: { name: 'Ủy ban nhân dân xã Tân Hòa' },
      position: { title: 'Phó Chủ tịch UBND xã', portfolio: 'phụ trách khối Văn hóa - Xã hội' },
    });
    expect(me.body.permissions).toContain('plans.approve');
    expect(me.body.permissions).not.toContain('organisations.write');
  });

  it('refuses a wrong password and an unknown user with the same 401, never saying which', async () => {
    const c = new Client(stack.baseUrl);
    const wrong = await c.post('/api/auth/login', { username: 'chutich', password: 'sai-mat-khau' });
    const unknown = await c.post('/api/auth/login', { username: 'khongtontai', password: 'Dondoc@2026' });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        statusCode: 401,
        code: 'AUTH_INVALID_CREDENTIALS',
        message: 'Tên đăng nhập hoặc mật khẩu không đúng',
      });
      expect(res.headers.getSetCookie()).toEqual([]);
    }
  });

  it('answers 429 on the 6th attempt within a minute for the same IP and username', async () => {
    const c = new Client(stack.baseUrl);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await c.post('/api/auth/login', { username: 'taichinh', password: `sai-${i}` })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const blocked = await c.post('/api/auth/login', { username: 'taichinh', password: 'Dondoc@2026' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('AUTH_TOO_MANY_ATTEMPTS');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another username from the same IP is not affected.
    expect((await c.post('/api/auth/login', { username: 'vanthu', password: 'Dondoc@2026' })).status).toBe(200);
  });

  it('never throttles correct sign-ins (only failures count)', async () => {
    const c = new Client(stack.baseUrl);
    for (let i = 0; i < 7; i++)
      expect((await c.post('/api/auth/login', { username: 'chutich', password: 'Dondoc@2026' })).status).toBe(200);
  });

  it('logout answers 204, clears the cookie, and the old session no longer works without it', async () => {
    const c = new Client(stack.baseUrl);
    await c.login('vanthu');
    expect((await c.get('/api/me')).status).toBe(200);
    const out = await c.post('/api/auth/logout');
    expect(out.status).toBe(204);
    const cleared = out.headers.getSetCookie().find((c2) => c2.startsWith('dondoc_session='));
    expect(cleared).toMatch(/^dondoc_session=;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(c.cookie).toBeNull();
    const me = await c.get('/api/me');
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('AUTH_REQUIRED');
  });

  it('rejects a forged session token', async () => {
    const c = new Client(stack.baseUrl);
    c.cookie = 'dondoc_session=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad';
    expect((await c.get('/api/me')).status).toBe(401);
  });
});
