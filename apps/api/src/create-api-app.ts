import 'reflect-metadata';
import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { DataSource } from 'typeorm';
import type { DondocConfig } from '@dondoc/config';
import { createDataSource } from '@dondoc/persistence';
import { AppModule } from './app.module';
import { findUndeclaredRoutes } from './auth/route-permissions';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { JsonLogger } from './common/json-logger';
import { requestIdMiddleware } from './common/request-id.middleware';
import { createValidationPipe } from './common/validation.pipe';
import { serveConsole } from './console/serve-console';

/** Options of {@link createApiApp}. */
export interface CreateApiAppOptions {
  /** Use this connected DataSource (else one is created from the config and closed with the app). */
  dataSource?: DataSource;
  /** Real postgres URL when `config.database.url` is `embedded` (the caller started Postgres). */
  databaseUrl?: string;
  /** Resolved Temporal host:port when `config.temporal.address` is `embedded`; omitted = health "disabled". */
  temporalAddress?: string;
  /** Extra Nest modules (feature modules assembled by the caller). */
  modules?: DynamicModule['imports'];
  /** Logger; by default JSON lines on stdout at `config.logLevel`. */
  logger?: JsonLogger;
}

/**
 * Builds the dondoc HTTP API: Nest 11 on express, everything under /api, OpenAPI on /api/docs,
 * the console on / when built. Ready to `listen(port, host)`; does not listen itself.
 * Migrations are not run here: call `runMigrations` first (the CLI does).
 */
export async function createApiApp(
  config: DondocConfig,
  options: CreateApiAppOptions = {},
): Promise<NestExpressApplication> {
  const logger = options.logger ?? new JsonLogger(config.logLevel);
  let ownDataSource: DataSource | undefined;
  let dataSource = options.dataSource;
  if (!dataSource) {
    const url = options.databaseUrl ?? config.database.url;
    if (url === 'embedded')
      throw new Error('createApiApp: DATABASE_URL is "embedded"; start Postgres and pass options.databaseUrl');
    // Query errors are not logged by TypeORM: expected ones (unique violations) become 4xx answers,
    // unexpected ones are logged once, with the request id, by AllExceptionsFilter.
    ownDataSource = createDataSource({ url, applicationName: 'dondoc-api', logging: 'none' });
    dataSource = await ownDataSource.initialize();
  }
  const temporalAddress = options.temporalAddress ?? (config.temporal.embedded ? null : config.temporal.address);

  try {
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot(config, { temporalAddress }, dataSource, logger, ownDataSource !== undefined, options.modules),
      { logger, bodyParser: false, abortOnError: false },
    );
    const undeclared = findUndeclaredRoutes(app);
    if (undeclared.length > 0) {
      await app.close();
      throw new Error(
        `Routes without @Public() or @RequirePermission(): ${undeclared.map((r) => `${r.method} ${r.path}`).join(', ')}`,
      );
    }

    app.disable('x-powered-by');
    app.useBodyParser('json', { limit: config.http.bodyLimit });
    app.useBodyParser('urlencoded', { limit: config.http.bodyLimit, extended: false });
    app.use(cookieParser());
    app.use(requestIdMiddleware(logger));
    app.setGlobalPrefix('api');
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new AllExceptionsFilter(logger));

    const openApi = new DocumentBuilder()
      .setTitle('dondoc API')
      .setDescription('Đôn đốc: kế hoạch, nhiệm vụ, chế độ báo cáo / plans, tasks, reporting duties')
      .setVersion('0.1.0')
      .addCookieAuth('dondoc_session')
      .build();
    SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), {
      jsonDocumentUrl: 'api/docs/openapi.json',
    });

    serveConsole(app, config.consoleDir);

    return app;
  } catch (err) {
    if (ownDataSource?.isInitialized) await ownDataSource.destroy();
    throw err;
  }
}
