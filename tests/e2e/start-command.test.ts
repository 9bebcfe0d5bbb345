// `dondoc start` as a newcomer runs it: the built CLI in a child process on embedded defaults
// (its own Postgres under a fresh DATA_DIR, dondoc's Temporal server, the worker, the API).
// Checks the two promises of the README: Ctrl-C (SIGINT) leaves no process behind, and a second
// start reuses the same data without seeding twice.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from './support/api-stack';

jest.setTimeout(240_000);

const repo = path.resolve(__dirname, '../..');
const cli = path.join(repo, 'apps/cli/bin/dondoc.js');

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function start(dataDir: string, port: number): Started {
  let out = '';
  const child = spawn(process.execPath, [cli, 'start'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: 'embedded', TEMPORAL_ADDRESS: 'embedded', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function until(what: string, check: () => boolean, started: Started, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (started.child.exitCode !== null) throw new Error(`dondoc start exited before ${what}:\n${started.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${started.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Every live process whose command line mentions `needle` (the DATA_DIR is in Postgres' `-D`). */
function processesMentioning(needle: string): string[] {
  const found: string[] = [];
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmd.includes(needle) && Number(pid) !== process.pid) found.push(`${pid}: ${cmd}`);
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

async function stopWithSigint(started: Started): Promise<number | null> {
  started.child.kill('SIGINT');
  return started.exited;
}

describe('dondoc start', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-start-'));
  afterAll(() => {
    // Postgres, when running as root, leaves files owned by its own user: remove as we can.
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs the stack, stops cleanly on SIGINT, and reuses its data on the next start', async () => {
    const port = await freePort();
    const first = start(dataDir, port);
    await until('the ready banner', () => first.output().includes(`http://127.0.0.1:${port}`), first);
    expect(first.output()).toContain('chutich');

    const base = `http://127.0.0.1:${port}`;
    const health = (await (await fetch(`${base}/api/health`)).json()) as { database: { status: string }; temporal: { status: string } };
    expect(health.database.status).toBe('up');
    expect(health.temporal.status).toBe('up');

    const leader = new Client(base);
    expect((await leader.request('POST', '/api/auth/login', { username: 'chutich', password: 'Dondoc@2026' })).status).toBe(200);
    expect(processesMentioning(dataDir).length).toBeGreaterThan(0);

    expect(await stopWithSigint(first)).toBe(0);
    expect(processesMentioning(dataDir)).toEqual([]);

    const second = start(dataDir, port);
    await until('the ready banner again', () => second.output().includes(`http://127.0.0.1:${port}`), second);
    const admin = new Client(base);
    expect((await admin.request('POST', '/api/auth/login', { username: 'admin', password: 'Dondoc@2026' })).status).toBe(200);
    const users = await admin.request('GET', '/api/users?q=chutich&page=1&perPage=25');
    expect(users.status).toBe(200);
    expect(users.body.data.filter((u: { username: string }) => u.username === 'chutich')).toHaveLength(1);
    expect(second.output()).not.toMatch(/đã áp dụng \d+ migration/);

    expect(await stopWithSigint(second)).toBe(0);
    expect(processesMentioning(dataDir)).toEqual([]);
  });
});
