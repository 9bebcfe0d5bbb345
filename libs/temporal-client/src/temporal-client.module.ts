import {
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type InjectionToken,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { TemporalGateway, type TemporalGatewayOptions } from './temporal-gateway';

const GATEWAY_OPTIONS = Symbol('TemporalGatewayOptions');

/** Closes the gateway's connection with the application. */
@Injectable()
class TemporalGatewayCloser implements OnApplicationShutdown {
  constructor(@Inject(TemporalGateway) private readonly gateway: TemporalGateway) {}

  async onApplicationShutdown(): Promise<void> {
    await this.gateway.close();
  }
}

/** Options of {@link TemporalClientModule.forRootAsync}: a factory over other providers (e.g. the config). */
export interface TemporalClientModuleOptions {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Nest factories take the injected values positionally
  useFactory: (...args: any[]) => TemporalGatewayOptions;
  inject?: InjectionToken[];
}

/**
 * Nest module providing {@link TemporalGateway} (lazily connected: the app boots without Temporal
 * and connects on the first workflow call), closed on shutdown.
 */
@Module({})
export class TemporalClientModule {
  static forRootAsync(options: TemporalClientModuleOptions): DynamicModule {
    return {
      module: TemporalClientModule,
      global: true,
      providers: [
        { provide: GATEWAY_OPTIONS, useFactory: options.useFactory, inject: options.inject ?? [] },
        {
          provide: TemporalGateway,
          useFactory: (o: TemporalGatewayOptions) => new TemporalGateway(o),
          inject: [GATEWAY_OPTIONS],
        },
        TemporalGatewayCloser,
      ],
      exports: [TemporalGateway],
    };
  }
}
