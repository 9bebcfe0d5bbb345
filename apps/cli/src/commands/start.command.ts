import { environmentWith, loadConfig, type DondocConfig } from '@dondoc/config';
import {
  createDataSource,
  DEMO_PASSWORD,
  DEMO_USERS,
  EMBEDDED_DATABASE_NAME,
  ensureDatabase,
  runMigrations,
  seedDemoData,
  startEmbeddedPostgres,
} from '@dondoc/persistence';
import { type CliCommand, type CommandIo } from '../command';
import { appEntry } from '../start/app-entry';
import { Supervisor } from '../start/supervisor';
import { canConnect, freePort, waitFor } from '../start/wait-for';

/** `dondoc start`: the whole product on embedded defaults, stopped cleanly by Ctrl-C. */
export const startCommand: CliCommand = {
  name: 'start',
  summary: 'Chạy dondoc: Postgres, máy chủ Temporal, worker, API và bảng điều khiển (run everything)',
  async run(_argv, io) {
    const config = loadConfig();
    const stack = new Supervisor(io);
    const onSignal = (): void => {
      io.stdout('\ndondoc: đang dừng… (stopping)');
      void stack.stop(0);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      await bringUp(config, stack, io);
    } catch (error) {
      io.stderr(`dondoc: không khởi động được (start failed): ${error instanceof Error ? error.message : String(error)}`);
      await stack.stop(1);
    }
    return stack.whenStopped();
  },
};

async function bringUp(config: DondocConfig, stack: Supervisor, io: CommandIo): Promise<void> {
  const databaseUrl = await prepareDatabase(config, stack, io);
  const temporalAddress = await startTemporal(config, databaseUrl, stack, io);

  const env = environmentWith({ DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: temporalAddress ?? config.temporal.address, DATA_DIR: config.dataDir });
  const api = appEntry('@dondoc/api');
  if (!api) throw new Error('API chưa được biên dịch (apps/api/dist/main.js missing): npm run build');
  stack.spawnNode('api', api, [], env);
  const host = config.http.host === '0.0.0.0' ? '127.0.0.1' : config.http.host;
  const url = `http://${host}:${config.http.port}`;
  await waitFor('API', async () => (await fetch(`${url}/api/health`)).status < 500);

  const worker = temporalAddress !== undefined || !config.temporal.embedded ? appEntry('@dondoc/worker') : undefined;
  if (worker) stack.spawnNode('worker', worker, [], env);

  io.stdout(banner(url, config, Boolean(worker)));
}

async function prepareDatabase(config: DondocConfig, stack: Supervisor, io: CommandIo): Promise<string> {
  let url = config.database.url;
  if (config.database.embedded) {
    io.stdout('dondoc: khởi động PostgreSQL nhúng (embedded)…');
    // The supervisor owns shutdown order: Postgres must outlive the API and worker on Ctrl-C.
    const pg = await startEmbeddedPostgres({ dataDir: config.dataDir, handleSignals: false });
    stack.add('postgres', () => pg.stop());
    await ensureDatabase(pg.url, EMBEDDED_DATABASE_NAME);
    url = pg.urlFor(EMBEDDED_DATABASE_NAME);
  }
  const dataSource = createDataSource({ url, applicationName: 'dondoc-start', poolSize: 2 });
  await dataSource.initialize();
  try {
    const applied = await runMigrations(dataSource);
    if (applied.length) io.stdout(`dondoc: đã áp dụng ${applied.length} migration.`);
    if (config.seedDemo) await seedDemoData(dataSource);
  } finally {
    await dataSource.destroy();
  }
  return url;
}

/** Starts dondoc's own Temporal-compatible server when TEMPORAL_ADDRESS=embedded; returns its address. */
async function startTemporal(config: DondocConfig, databaseUrl: string, stack: Supervisor, io: CommandIo): Promise<string | undefined> {
  if (!config.temporal.embedded) return undefined;
  const entry = appEntry('@dondoc/temporal-server-app');
  if (!entry) {
    io.stderr('dondoc: máy chủ Temporal nhúng chưa được biên dịch; bỏ qua (embedded Temporal server not built).');
    return undefined;
  }
  const port = await freePort(7233);
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--namespace', config.temporal.namespace, '--headless'];
  // Running workflows live in the `temporal` schema of dondoc's own database, so deadlines survive restarts.
  if (config.temporal.embeddedStore === 'postgres') args.push('--db-filename', databaseUrl);
  stack.spawnNode('temporal-server', entry, args, environmentWith({}));
  await waitFor('Temporal server', () => canConnect('127.0.0.1', port), 15_000);
  return `127.0.0.1:${port}`;
}

function banner(url: string, config: DondocConfig, workerRunning: boolean): string {
  const users = DEMO_USERS.map((u) => `    ${u.username.padEnd(12)} ${u.roles.join(', ').padEnd(16)} ${u.fullName}`);
  return [
    '',
    `dondoc đang chạy / is running:  ${url}`,
    `  API:        ${url}/api   (OpenAPI: ${url}/api/docs)`,
    `  Temporal:   ${config.temporal.embedded ? 'nhúng (embedded)' : config.temporal.address}${workerRunning ? ', worker đang chạy' : ''}`,
    `  Dữ liệu:    ${config.dataDir}`,
    ...(config.seedDemo ? ['', `  Tài khoản demo (mật khẩu / password: ${DEMO_PASSWORD}):`, ...users] : []),
    '',
    '  Ctrl-C để dừng (to stop).',
    '',
  ].join('\n');
}
