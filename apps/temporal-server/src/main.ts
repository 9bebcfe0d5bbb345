import { isPostgresUrl, startTemporalServer, type LogLevel } from '@dondoc/temporal-server';
import { parseCliArgs } from './cli-args';

const LEVELS = new Set(['debug', 'info', 'warn', 'error']);

/** `dondoc-temporal` entry: parse argv, start the server, stop on SIGINT/SIGTERM. Quiet on stdout. */
async function main(): Promise<void> {
  const o = parseCliArgs(process.argv.slice(2));
  const server = await startTemporalServer({
    port: o.port,
    ip: o.ip,
    namespaces: o.namespaces,
    searchAttributes: o.searchAttributes,
    timeSkipping: o.mode === 'test',
    ...(o.initialTime !== undefined ? { initialTime: o.initialTime } : {}),
    log: (LEVELS.has(o.logLevel) ? o.logLevel : 'warn') as LogLevel,
    logFormat: o.logFormat,
    // `--db-filename postgres://…` selects the durable PostgreSQL store; a file name is accepted and ignored.
    dbUrl: isPostgresUrl(o.dbFilename) ? o.dbFilename : undefined,
  });
  // A bug must not take the whole server (and every test using it) down: report and keep serving.
  process.on('uncaughtException', (err) => process.stderr.write(`dondoc-temporal: uncaught: ${err.stack ?? String(err)}\n`));
  process.on('unhandledRejection', (err) => process.stderr.write(`dondoc-temporal: unhandled rejection: ${String(err)}\n`));
  const stop = () => void server.stop().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`dondoc-temporal: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
