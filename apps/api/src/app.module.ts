import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { API_RUNTIME, CONFIG, type ApiRuntime, type DondocConfig } from './common/config.provider';
import { JsonLogger } from './common/json-logger';
import { FEATURE_MODULES } from './feature-modules';

const OWNS_DATA_SOURCE = Symbol('OwnsDataSource');

/** Closes the DataSource with the app when the app created it. */
@Injectable()
class DataSourceCloser implements OnApplicationShutdown {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(OWNS_DATA_SOURCE) private readonly owned: boolean,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.owned && this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/** Shared providers: config, runtime facts, the connected DataSource, the logger. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(
    config: DondocConfig,
    runtime: ApiRuntime,
    dataSource: DataSource,
    logger: JsonLogger,
    ownsDataSource: boolean,
  ): DynamicModule {
    const providers = [
      { provide: OWNS_DATA_SOURCE, useValue: ownsDataSource },
      { provide: CONFIG, useValue: config },
      { provide: API_RUNTIME, useValue: runtime },
      { provide: DataSource, useValue: dataSource },
      { provide: JsonLogger, useValue: logger },
    ];
    return {
      module: CoreModule,
      providers: [...providers, DataSourceCloser],
      exports: providers.map((p) => p.provide),
    };
  }
}

/** Root module: built per app instance so tests can run several APIs in one process. */
@Module({})
export class AppModule {
  static forRoot(
    config: DondocConfig,
    runtime: ApiRuntime,
    dataSource: DataSource,
    logger: JsonLogger,
    ownsDataSource: boolean,
    extra: DynamicModule['imports'] = [],
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, runtime, dataSource, logger, ownsDataSource),
        DiscoveryModule,
        ...FEATURE_MODULES,
        ...(extra ?? []),
      ],
    };
  }
}
