import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { API_RUNTIME, type ApiRuntime } from '../common/config.provider';
import { probeTemporal } from './temporal-probe';

/** Status of one dependency. */
export interface DependencyHealth {
  status: 'up' | 'down' | 'disabled';
  latencyMs?: number;
  error?: string;
  address?: string;
}

/** GET /api/health body. */
export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  database: DependencyHealth;
  temporal: DependencyHealth;
}

const TIMEOUT_MS = 2000;

/** Checks the database (SELECT 1) and Temporal (gRPC connect), each with a short timeout. */
@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(API_RUNTIME) private readonly runtime: ApiRuntime,
  ) {}

  async check(): Promise<HealthReport> {
    const [database, temporal] = await Promise.all([
      timed(() => this.dataSource.query('SELECT 1')),
      this.runtime.temporalAddress
        ? timed(() => probeTemporal(this.runtime.temporalAddress!, TIMEOUT_MS)).then((h) => ({
            ...h,
            address: this.runtime.temporalAddress!,
          }))
        : Promise.resolve<DependencyHealth>({ status: 'disabled' }),
    ]);
    const status = database.status !== 'up' ? 'down' : temporal.status === 'down' ? 'degraded' : 'ok';
    return { status, database, temporal };
  }
}

async function timed(fn: () => Promise<unknown>): Promise<DependencyHealth> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      fn(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timeout after ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    return { status: 'up', latencyMs: Date.now() - started };
  } catch (err) {
    return { status: 'down', latencyMs: Date.now() - started, error: err instanceof Error ? err.message : String(err) };
  } finally {
    clearTimeout(timer);
  }
}
