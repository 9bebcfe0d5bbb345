// Process entry of the API (`node apps/api/dist/main.js`), spawned by `dondoc start` with a real
// DATABASE_URL and TEMPORAL_ADDRESS. Migrations and seeding are done by the caller beforehand.
import { loadConfig } from '@dondoc/config';
import { createApiApp } from './create-api-app';
import { JsonLogger } from './common/json-logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = new JsonLogger(config.logLevel);
  if (config.database.embedded) {
    throw new Error(
      'DATABASE_URL=embedded: chạy qua "dondoc start" hoặc đặt DATABASE_URL (run via "dondoc start" or set DATABASE_URL)',
    );
  }
  const app = await createApiApp(config, { logger });
  app.enableShutdownHooks(['SIGINT', 'SIGTERM']);
  await app.listen(config.http.port, config.http.host);
  logger.event('info', 'api listening', {
    url: `http://${config.http.host}:${config.http.port}`,
    console: config.consoleDir,
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`dondoc api: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
