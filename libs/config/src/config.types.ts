/** Log levels understood by the structured logger, most to least severe. */
export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Outgoing mail; absent when neither SMTP_URL nor SMTP_HOST is set (mail is then disabled). */
export interface SmtpConfig {
  readonly host: string;
  readonly port: number;
  /** TLS from the first byte (`smtps://`, or port 465); otherwise STARTTLS when the server offers it. */
  readonly secure: boolean;
  readonly user: string | undefined;
  readonly password: string | undefined;
  readonly from: string;
}

/**
 * The whole, validated configuration of a dondoc process. Produced once at boot by
 * {@link loadConfig}; frozen, so nothing can change it afterwards.
 */
export interface DondocConfig {
  /** Absolute path of the repository (or installation) root. */
  readonly rootDir: string;
  /** Where local state lives: embedded Postgres cluster, JWT secret, uploads. */
  readonly dataDir: string;
  readonly database: {
    /** `embedded` or a `postgres://` URL, exactly as configured. */
    readonly url: string;
    /** True when dondoc must start its own Postgres under `DATA_DIR/postgres`. */
    readonly embedded: boolean;
  };
  readonly temporal: {
    /** `embedded` or `host:port`. */
    readonly address: string;
    readonly embedded: boolean;
    readonly namespace: string;
    readonly taskQueue: string;
    /** Where the embedded Temporal server keeps workflows: dondoc's Postgres (survives restarts) or memory. */
    readonly embeddedStore: 'postgres' | 'memory';
  };
  readonly http: {
    readonly host: string;
    readonly port: number;
    /** Maximum JSON body, in the `bytes` package notation, e.g. `1mb`. */
    readonly bodyLimit: string;
    /** Mark the session cookie `Secure` (only behind HTTPS). */
    readonly cookieSecure: boolean;
  };
  /** Secret for HS256 session tokens (from JWT_SECRET or DATA_DIR/jwt-secret). */
  readonly jwtSecret: string;
  /** IANA time zone in which users read dates, e.g. Asia/Ho_Chi_Minh. */
  readonly tzDisplay: string;
  readonly logLevel: LogLevel;
  readonly smtp: SmtpConfig | null;
  /** Directory of the built console (index.html); served on `/` when it exists. */
  readonly consoleDir: string;
  /** Seed the demo commune and demo logins on start. */
  readonly seedDemo: boolean;
}

/** Environment as read from process.env (or a test's plain object). */
export type Env = Readonly<Record<string, string | undefined>>;
