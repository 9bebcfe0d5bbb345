/**
 * dondoc's embedded Temporal-protocol-compatible server: run it in-process with {@link startTemporalServer},
 * or as the `dondoc-temporal` executable (apps/temporal-server).
 */
export { isPostgresUrl, startTemporalServer, type TemporalServerHandle, type TemporalServerOptions } from './server';
export type { ExecutionStore, CommitBatch, VisibilityRecord as StoredVisibilityRecord } from './store/execution-store';
export { MemoryExecutionStore } from './store/memory.store';
export { createLogger, type Logger, type LogLevel } from './util/logger';
