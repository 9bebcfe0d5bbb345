import * as path from 'node:path';
import { ConfigError, type ConfigProblem } from './config.error';
import { LOG_LEVELS, type DondocConfig, type Env, type LogLevel, type SmtpConfig } from './config.types';

/** Everything but the JWT secret, which may need file I/O to resolve. */
export type ValidatedConfig = Omit<DondocConfig, 'jwtSecret'> & { readonly jwtSecret: string | undefined };

/** Repository root: this file sits in libs/config/{src,dist}/. */
export const DEFAULT_ROOT_DIR = path.resolve(__dirname, '..', '..', '..');

const TRUE = ['1', 'true', 'yes', 'on'];
const FALSE = ['0', 'false', 'no', 'off'];

/**
 * Pure validation of an environment: no file system, no network. Collects every problem and
 * throws one {@link ConfigError}. Empty strings count as unset.
 */
export function validateConfig(env: Env, rootDir: string = DEFAULT_ROOT_DIR): ValidatedConfig {
  const problems: ConfigProblem[] = [];
  const get = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  const bad = (variable: string, vi: string, en: string): void => {
    problems.push({ variable, vi, en });
  };

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = get(name);
    if (raw === undefined) return fallback;
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isInteger(n) || n < min || n > max) {
      bad(
        name,
        `phải là số nguyên từ ${min} đến ${max}, nhận "${raw}"`,
        `must be an integer ${min}–${max}, got "${raw}"`,
      );
      return fallback;
    }
    return n;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = get(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (TRUE.includes(raw)) return true;
    if (FALSE.includes(raw)) return false;
    bad(name, `phải là true hoặc false, nhận "${raw}"`, `must be true or false, got "${raw}"`);
    return fallback;
  };
  const dir = (name: string, fallback: string): string => path.resolve(rootDir, get(name) ?? fallback);

  const databaseUrl = get('DATABASE_URL') ?? 'embedded';
  if (databaseUrl !== 'embedded' && !/^postgres(ql)?:\/\/[^\s]+$/.test(databaseUrl)) {
    bad('DATABASE_URL', 'phải là "embedded" hoặc URL postgres://…', 'must be "embedded" or a postgres:// URL');
  }

  const temporalAddress = get('TEMPORAL_ADDRESS') ?? 'embedded';
  if (
    temporalAddress !== 'embedded' &&
    !/^[A-Za-z0-9.\-_]+:\d{1,5}$|^\[[0-9a-fA-F:]+\]:\d{1,5}$/.test(temporalAddress)
  ) {
    bad('TEMPORAL_ADDRESS', 'phải là "embedded" hoặc host:port', 'must be "embedded" or host:port');
  }

  const embeddedStore = get('TEMPORAL_EMBEDDED_STORE') ?? 'postgres';
  if (embeddedStore !== 'postgres' && embeddedStore !== 'memory') {
    bad('TEMPORAL_EMBEDDED_STORE', 'phải là "postgres" hoặc "memory"', 'must be "postgres" or "memory"');
  }

  const tzDisplay = get('TZ_DISPLAY') ?? 'Asia/Ho_Chi_Minh';
  try {
    new Intl.DateTimeFormat('en', { timeZone: tzDisplay });
  } catch {
    bad('TZ_DISPLAY', `múi giờ không tồn tại: "${tzDisplay}"`, `unknown time zone "${tzDisplay}"`);
  }

  const logLevelRaw = (get('LOG_LEVEL') ?? 'info').toLowerCase();
  const logLevel = (LOG_LEVELS as readonly string[]).includes(logLevelRaw) ? (logLevelRaw as LogLevel) : 'info';
  if (logLevel !== logLevelRaw) {
    bad('LOG_LEVEL', `phải là một trong ${LOG_LEVELS.join(', ')}`, `must be one of ${LOG_LEVELS.join(', ')}`);
  }

  const bodyLimit = get('BODY_LIMIT') ?? '1mb';
  if (!/^\d+(b|kb|mb)$/i.test(bodyLimit)) {
    bad('BODY_LIMIT', 'phải có dạng 100kb hoặc 1mb', 'must look like 100kb or 1mb');
  }

  const jwtSecret = get('JWT_SECRET');
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    bad('JWT_SECRET', 'phải dài ít nhất 32 ký tự', 'must be at least 32 characters long');
  }

  let smtp: SmtpConfig | null = null;
  const smtpUrl = get('SMTP_URL');
  const smtpHost = get('SMTP_HOST');
  if (smtpUrl !== undefined || smtpHost !== undefined) {
    const from = get('SMTP_FROM');
    if (from === undefined || !/^[^@\s<>]+@[^@\s<>]+$|<[^@\s<>]+@[^@\s<>]+>$/.test(from)) {
      bad('SMTP_FROM', 'bắt buộc khi có SMTP_URL hoặc SMTP_HOST, là một địa chỉ email', 'required with SMTP_URL or SMTP_HOST, an e-mail address');
    }
    if (smtpUrl !== undefined && smtpHost !== undefined) {
      bad('SMTP_URL', 'chỉ dùng một trong SMTP_URL hoặc SMTP_HOST', 'set either SMTP_URL or SMTP_HOST, not both');
    }
    if (smtpUrl !== undefined) {
      const parsed = parseSmtpUrl(smtpUrl);
      if (!parsed) bad('SMTP_URL', 'phải có dạng smtp://người-dùng:mật-khẩu@máy-chủ:cổng hoặc smtps://…', 'must look like smtp://user:password@host:port or smtps://…');
      smtp = { ...(parsed ?? { host: '', port: 587, secure: false, user: undefined, password: undefined }), from: from ?? '' };
    } else {
      const port = int('SMTP_PORT', 587, 1, 65535);
      smtp = { host: smtpHost!, port, secure: port === 465, user: get('SMTP_USER'), password: get('SMTP_PASSWORD'), from: from ?? '' };
    }
  }

  const dataDir = dir('DATA_DIR', '.data');
  const config: ValidatedConfig = {
    rootDir,
    dataDir,
    database: { url: databaseUrl, embedded: databaseUrl === 'embedded' },
    temporal: {
      address: temporalAddress,
      embedded: temporalAddress === 'embedded',
      namespace: get('TEMPORAL_NAMESPACE') ?? 'default',
      taskQueue: get('TEMPORAL_TASK_QUEUE') ?? 'dondoc',
      embeddedStore: embeddedStore === 'memory' ? 'memory' : 'postgres',
    },
    http: {
      host: get('HOST') ?? '127.0.0.1',
      port: int('PORT', 3000, 0, 65535),
      bodyLimit,
      cookieSecure: bool('COOKIE_SECURE', false),
    },
    jwtSecret,
    tzDisplay,
    logLevel,
    smtp,
    consoleDir: dir('CONSOLE_DIR', 'apps/console/dist'),
    seedDemo: bool('SEED_DEMO', true),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** `smtp://[user[:password]@]host[:port]` (STARTTLS, default port 587) or `smtps://…` (TLS, default 465). */
function parseSmtpUrl(raw: string): Omit<SmtpConfig, 'from'> | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || !url.hostname || (url.pathname && url.pathname !== '/')) return undefined;
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    user: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
  };
}
