import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError } from './config.error';
import { loadConfig } from './load-config';
import { validateConfig } from './validate-config';

describe('validateConfig', () => {
  it('applies the documented defaults', () => {
    const c = validateConfig({}, '/repo');
    expect(c.database).toEqual({ url: 'embedded', embedded: true });
    expect(c.temporal).toEqual({ address: 'embedded', embedded: true, namespace: 'default', taskQueue: 'dondoc', embeddedStore: 'postgres' });
    expect(c.http.port).toBe(3000);
    expect(c.dataDir).toBe('/repo/.data');
    expect(c.consoleDir).toBe('/repo/apps/console/dist');
    expect(c.tzDisplay).toBe('Asia/Ho_Chi_Minh');
    expect(c.seedDemo).toBe(true);
    expect(c.smtp).toBeNull();
  });

  it('accepts explicit values', () => {
    const c = validateConfig(
      {
        DATABASE_URL: 'postgres://u:p@db:5432/x',
        TEMPORAL_ADDRESS: 'temporal:7233',
        PORT: '8080',
        SEED_DEMO: 'false',
        SMTP_HOST: 'smtp.x.vn',
        SMTP_FROM: 'dondoc@x.vn',
      },
      '/repo',
    );
    expect(c.database.embedded).toBe(false);
    expect(c.temporal.embedded).toBe(false);
    expect(c.http.port).toBe(8080);
    expect(c.seedDemo).toBe(false);
    expect(c.smtp).toMatchObject({ host: 'smtp.x.vn', port: 587, from: 'dondoc@x.vn' });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['TEMPORAL_ADDRESS', 'no-port'],
    ['TZ_DISPLAY', 'Mars/Olympus'],
    ['LOG_LEVEL', 'loud'],
    ['SEED_DEMO', 'maybe'],
    ['JWT_SECRET', 'short'],
  ])('names the bad variable %s=%s in Vietnamese and English', (name, value) => {
    try {
      validateConfig({ [name]: value }, '/repo');
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems.map((p) => p.variable)).toEqual([name]);
      expect((err as Error).message).toContain('Cấu hình không hợp lệ / Invalid configuration');
      expect((err as Error).message).toContain(name);
    }
  });
});

describe('SMTP', () => {
  it('reads SMTP_URL: smtp:// is STARTTLS on 587, smtps:// TLS on 465, credentials decoded', () => {
    expect(validateConfig({ SMTP_URL: 'smtp://mail.x.vn', SMTP_FROM: 'Đôn đốc <dondoc@x.vn>' }, '/repo').smtp).toEqual({
      host: 'mail.x.vn',
      port: 587,
      secure: false,
      user: undefined,
      password: undefined,
      from: 'Đôn đốc <dondoc@x.vn>',
    });
    expect(validateConfig({ SMTP_URL: 'smtps://dondoc%40x.vn:p%40ss@mail.x.vn:2465', SMTP_FROM: 'dondoc@x.vn' }, '/repo').smtp).toEqual({
      host: 'mail.x.vn',
      port: 2465,
      secure: true,
      user: 'dondoc@x.vn',
      password: 'p@ss',
      from: 'dondoc@x.vn',
    });
  });

  it.each<[Record<string, string>, string]>([
    [{ SMTP_URL: 'http://mail.x.vn', SMTP_FROM: 'dondoc@x.vn' }, 'SMTP_URL'],
    [{ SMTP_URL: 'smtp://', SMTP_FROM: 'dondoc@x.vn' }, 'SMTP_URL'],
    [{ SMTP_URL: 'smtp://mail.x.vn' }, 'SMTP_FROM'],
    [{ SMTP_URL: 'smtp://mail.x.vn', SMTP_HOST: 'mail.x.vn', SMTP_FROM: 'dondoc@x.vn' }, 'SMTP_URL'],
  ])('refuses %j naming %s', (env, variable) => {
    const problems = (): string[] => {
      try {
        validateConfig(env, '/repo');
        return [];
      } catch (err) {
        return (err as ConfigError).problems.map((p) => p.variable);
      }
    };
    expect(problems()).toEqual([variable]);
  });
});

describe('loadConfig', () => {
  it('creates the JWT secret once with mode 0600 and returns a frozen object', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-config-'));
    try {
      const a = loadConfig({ DATA_DIR: dir });
      const b = loadConfig({ DATA_DIR: dir });
      expect(a.jwtSecret.length).toBeGreaterThanOrEqual(32);
      expect(b.jwtSecret).toBe(a.jwtSecret);
      expect(fs.statSync(path.join(dir, 'jwt-secret')).mode & 0o777).toBe(0o600);
      expect(Object.isFrozen(a)).toBe(true);
      expect(Object.isFrozen(a.http)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('.env.example', () => {
  it('documents every variable the validator reads', () => {
    const source = fs.readFileSync(path.join(__dirname, 'validate-config.ts'), 'utf8');
    const read = new Set([...source.matchAll(/(?:get|int|bool|dir|bad)\('([A-Z_]+)'/g)].map((m) => m[1]!));
    const example = fs.readFileSync(path.join(__dirname, '..', '..', '..', '.env.example'), 'utf8');
    const documented = new Set([...example.matchAll(/^#?\s*([A-Z_]+)=/gm)].map((m) => m[1]!));
    expect([...read].filter((v) => !documented.has(v))).toEqual([]);
    expect(read.size).toBeGreaterThanOrEqual(15);
  });
});
