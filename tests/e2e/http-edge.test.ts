import { Controller, Get, Module } from '@nestjs/common';
import { createApiApp, findUndeclaredRoutes, listRoutes, RequirePermission } from '../../apps/api/src';
import { Client, startApiStack, type TestStack } from './support/api-stack';

@Controller('forgotten')
class ForgottenController {
  @Get()
  open(): string {
    return 'should never be reachable';
  }

  @Get('typo')
  @RequirePermission('organisations.raed' as never)
  typo(): string {
    return 'unknown permission';
  }
}

@Module({ controllers: [ForgottenController] })
class ForgottenModule {}

describe('HTTP edge', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startApiStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('every route declares a permission or @Public()', () => {
    const routes = listRoutes(stack.app as never);
    expect(routes.length).toBeGreaterThanOrEqual(14);
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining(['POST /auth/login', 'GET /me', 'GET /organisations', 'DELETE /users/:id', 'GET /health']),
    );
    expect(findUndeclaredRoutes(stack.app as never)).toEqual([]);
    // Only login, logout and health are public.
    expect(
      routes
        .filter((r) => r.public)
        .map((r) => r.path)
        .sort(),
    ).toEqual(['/auth/login', '/auth/logout', '/health']);
  });

  it('refuses to boot an API with a route lacking a (known) permission', async () => {
    await expect(
      createApiApp(stack.config, { dataSource: stack.db.dataSource, modules: [ForgottenModule] }),
    ).rejects.toThrow(/Routes without @Public\(\) or @RequirePermission\(\): GET \/forgotten, GET \/forgotten\/typo/);
    expect(stack.db.dataSource.isInitialized).toBe(true);
  });

  it('reports health with the database up and Temporal disabled when not configured', async () => {
    const res = await new Client(stack.baseUrl).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { status: 'up' }, temporal: { status: 'disabled' } });
  });

  it('echoes X-Request-Id, or makes one', async () => {
    const c = new Client(stack.baseUrl);
    const given = await c.request('GET', '/api/health', undefined, { 'x-request-id': 'abc-123' });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const made = await c.get('/api/health');
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 422 naming an unknown field in a body', async () => {
    const c = new Client(stack.baseUrl);
    const res = await c.post('/api/auth/login', { username: 'admin', password: 'x', rememberMe: true });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ statusCode: 422, code: 'VALIDATION_FAILED', message: 'Dữ liệu không hợp lệ' });
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'rememberMe' })]);
  });

  it('answers 422 per field for wrong types and missing fields', async () => {
    const c = new Client(stack.baseUrl);
    await c.login('admin');
    const res = await c.post('/api/organisations', { name: '', kind: 'spaceship', isStateAdministrative: 'yes' });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'isStateAdministrative',
      'kind',
      'name',
    ]);
  });

  it('answers 401 without a session and 403 when a department user calls an admin route', async () => {
    const anonymous = new Client(stack.baseUrl);
    expect((await anonymous.get('/api/organisations')).status).toBe(401);
    const c = new Client(stack.baseUrl);
    await c.login('vhxh');
    expect((await c.get('/api/organisations')).status).toBe(200);
    const res = await c.post('/api/organisations', { name: 'Tổ công tác', kind: 'other', isStateAdministrative: true });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({
      statusCode: 403,
      code: 'FORBIDDEN',
      message: 'Bạn không có quyền thực hiện thao tác này',
    });
    expect((await c.post('/api/users', {})).status).toBe(403);
  });

  it('answers JSON 404 for unknown API paths and malformed ids', async () => {
    const c = new Client(stack.baseUrl);
    await c.login('admin');
    expect((await c.get('/api/nothing-here')).body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    expect((await c.get('/api/organisations/not-a-uuid')).status).toBe(404);
    expect((await c.get('/api/organisations/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('rejects malformed JSON and oversized bodies with JSON errors', async () => {
    const c = new Client(stack.baseUrl);
    const bad = await c.request('POST', '/api/auth/login', '{"username":', { 'content-type': 'application/json' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'BAD_REQUEST' });
    const big = await c.post('/api/auth/login', { username: 'admin', password: 'x'.repeat(2 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('serves the OpenAPI document', async () => {
    const c = new Client(stack.baseUrl);
    const doc = await c.get('/api/docs/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/organisations', '/api/organisations/{id}', '/api/me']),
    );
    const page = await c.get('/api/docs');
    expect(page.status).toBe(200);
  });

  it('sends no CORS headers (same origin only)', async () => {
    const res = await fetch(`${stack.baseUrl}/api/health`, { headers: { origin: 'http://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
