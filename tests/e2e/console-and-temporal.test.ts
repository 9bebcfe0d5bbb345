import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client, startApiStack, type TestStack } from './support/api-stack';

describe('built console on / with SPA fallback', () => {
  let stack: TestStack;
  let consoleDir: string;
  beforeAll(async () => {
    consoleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-console-'));
    fs.writeFileSync(path.join(consoleDir, 'index.html'), '<!doctype html><title>dondoc</title><div id="root"></div>');
    fs.mkdirSync(path.join(consoleDir, 'assets'));
    fs.writeFileSync(path.join(consoleDir, 'assets', 'app.js'), 'console.log("dondoc")');
    stack = await startApiStack({ CONSOLE_DIR: consoleDir });
  });
  afterAll(async () => {
    await stack?.stop();
    fs.rmSync(consoleDir, { recursive: true, force: true });
  });

  it('serves index.html on /, assets as files, and index.html for client-side routes', async () => {
    const root = await fetch(`${stack.baseUrl}/`);
    expect(root.status).toBe(200);
    expect(await root.text()).toContain('<div id="root">');
    const asset = await fetch(`${stack.baseUrl}/assets/app.js`);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    const deep = await fetch(`${stack.baseUrl}/organisations/123/show`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<div id="root">');
  });

  it('keeps /api answers as JSON, never the SPA page', async () => {
    const res = await new Client(stack.baseUrl).get('/api/does-not-exist');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'NOT_FOUND' });
    expect((await new Client(stack.baseUrl).get('/api/health')).body.database.status).toBe('up');
  });
});

describe('health with an unreachable Temporal', () => {
  let stack: TestStack;
  let closedPort: number;
  beforeAll(async () => {
    // A port that was free a moment ago: nothing listens there.
    closedPort = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    stack = await startApiStack({ TEMPORAL_ADDRESS: `127.0.0.1:${closedPort}` });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('answers 200 "degraded" with Temporal down, within the short timeout', async () => {
    const started = Date.now();
    const res = await new Client(stack.baseUrl).get('/api/health');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'degraded',
      database: { status: 'up' },
      temporal: { status: 'down', address: `127.0.0.1:${closedPort}` },
    });
  });
});
