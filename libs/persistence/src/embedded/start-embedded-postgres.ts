import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { loadEmbeddedPostgres, releaseSignalHandling } from './embedded-postgres.module';

/** Options of {@link startEmbeddedPostgres}. */
export interface StartEmbeddedPostgresOptions {
  /** DATA_DIR: the cluster lives in `dataDir/postgres`, its port and password in `dataDir/postgres.json`. */
  dataDir: string;
  /** Fixed port; by default the remembered one if still free, else any free port. */
  port?: number;
  /** Trade durability for speed (fsync off): for throw-away test clusters only. */
  ephemeral?: boolean;
  /**
   * Let embedded-postgres stop the cluster and exit the process on SIGINT/SIGTERM/SIGHUP and when
   * the event loop empties (its default, handy for scripts). Pass false when the host orders its
   * own shutdown (stop the API and worker first, Postgres last) and calls `stop()` itself.
   */
  handleSignals?: boolean;
  /** Receives Postgres' own log lines; silent by default. */
  onLog?: (line: string) => void;
}

/** A running embedded cluster. */
export interface EmbeddedPostgresHandle {
  /** URL of the `postgres` maintenance database, e.g. postgres://postgres:…@127.0.0.1:5433/postgres */
  readonly url: string;
  readonly port: number;
  /** Builds the URL of another database on this cluster. */
  urlFor(database: string): string;
  /** True when another process of ours already ran this cluster and we connected to it. */
  readonly reused: boolean;
  /** Stops the server cleanly (SIGINT = "fast shutdown"); safe to call twice; no-op when reused. */
  stop(): Promise<void>;
}

interface ClusterState {
  port: number;
  password: string;
}

const USER = 'postgres';

/**
 * Starts (and on first use initialises) a PostgreSQL cluster under `dataDir/postgres` with the
 * binaries of the `embedded-postgres` package. An existing cluster is reused, never re-initialised.
 * When running as root, Postgres runs as the `postgres` system user (created if missing) and
 * the cluster directory is handed to it. Listens on 127.0.0.1 only, no Unix socket.
 */
export async function startEmbeddedPostgres(options: StartEmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, 'postgres');
  const stateFile = path.join(dataDir, 'postgres.json');
  fs.mkdirSync(dataDir, { recursive: true });

  const previous = readState(stateFile);
  const initialised = fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  const urlOn = (port: number, password: string, database: string): string =>
    `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;

  // Already running (e.g. `dondoc start` in another terminal): share it instead of failing on
  // the cluster lock.
  if (
    initialised &&
    previous &&
    fs.existsSync(path.join(clusterDir, 'postmaster.pid')) &&
    !(await isPortFree(previous.port))
  ) {
    if (await canQuery(urlOn(previous.port, previous.password, 'postgres'))) {
      return {
        url: urlOn(previous.port, previous.password, 'postgres'),
        port: previous.port,
        urlFor: (database) => urlOn(previous.port, previous.password, database),
        reused: true,
        stop: async () => undefined,
      };
    }
  }
  if (!initialised && previous)
    throw new Error(
      `Postgres: ${stateFile} exists but ${clusterDir} holds no cluster; remove ${stateFile} to start afresh.`,
    );
  const password = previous?.password ?? randomBytes(18).toString('base64url');
  const port = options.port ?? (previous && (await isPortFree(previous.port)) ? previous.port : await findFreePort());

  const isRoot = os.userInfo().uid === 0;
  if (!initialised) {
    // A half-made directory from a failed initdb would make initdb fail again.
    fs.rmSync(clusterDir, { recursive: true, force: true });
  } else if (isRoot) {
    handToPostgresUser(clusterDir);
  }
  if (isRoot) makeTraversable(dataDir);

  const logTail: string[] = [];
  const onLog = (message: string): void => {
    for (const line of message.split('\n').filter(Boolean)) {
      logTail.push(line);
      if (logTail.length > 40) logTail.shift();
      options.onLog?.(line);
    }
  };

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  if (options.handleSignals === false) releaseSignalHandling();
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    // The builtin provider needs no OS locale; Vietnamese ordering uses ICU collations per query.
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'timezone=UTC',
      ...(options.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog,
    onError: (e) => onLog(String(e instanceof Error ? e.message : e)),
  });

  try {
    if (!initialised) await pg.initialise();
    await pg.start();
  } catch (err) {
    await pg.stop().catch(() => undefined);
    const detail = err instanceof Error ? err.message : 'server exited during start-up';
    throw new Error(`Postgres could not start in ${clusterDir} on port ${port}: ${detail}\n${logTail.join('\n')}`);
  }
  fs.writeFileSync(stateFile, JSON.stringify({ port, password } satisfies ClusterState) + '\n', { mode: 0o600 });

  // Safety net when the host owns signals: never leave an orphan postmaster behind.
  const killOnExit = (): void => {
    pg.process?.kill('SIGINT');
  };
  if (options.handleSignals === false) process.on('exit', killOnExit);

  let stopped: Promise<void> | undefined;
  const urlFor = (database: string): string => urlOn(port, password, database);
  return {
    url: urlFor('postgres'),
    port,
    urlFor,
    reused: false,
    stop: () =>
      (stopped ??= pg.stop().finally(() => {
        process.removeListener('exit', killOnExit);
      })),
  };
}

async function canQuery(url: string): Promise<boolean> {
  const ds = new DataSource({ type: 'postgres', url, poolSize: 1, connectTimeoutMS: 2000, logging: false });
  try {
    await ds.initialize();
    await ds.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    if (ds.isInitialized) await ds.destroy();
  }
}

function readState(file: string): ClusterState | undefined {
  try {
    const s = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<ClusterState>;
    return typeof s.port === 'number' && typeof s.password === 'string'
      ? { port: s.port, password: s.password }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Postgres refuses to run as root: make the `postgres` user own its cluster directory. */
function handToPostgresUser(clusterDir: string): void {
  const uid = Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' }).trim());
  if (fs.statSync(clusterDir).uid === uid) return;
  const walk = (p: string): void => {
    fs.lchownSync(p, uid, gid);
    if (fs.lstatSync(p).isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
  };
  walk(clusterDir);
}

/** The postgres user must be able to reach `dataDir/postgres` (mkdtemp makes 0700 directories). */
function makeTraversable(dir: string): void {
  const mode = fs.statSync(dir).mode & 0o777;
  if ((mode & 0o011) !== 0o011) fs.chmodSync(dir, mode | 0o011);
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Asks the kernel for a free TCP port on 127.0.0.1. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
