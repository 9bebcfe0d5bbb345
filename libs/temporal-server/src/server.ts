import { VirtualClock } from './clock/virtual-clock';
import { createEngine } from './engine/create-engine';
import { NamespaceRegistry, VALUE_TYPE_BY_NAME } from './namespaces/namespace-registry';
import { startGrpcServer } from './rpc/grpc-server';
import { healthHandlers } from './rpc/health.handlers';
import { namespaceHandlers } from './rpc/namespace.handlers';
import { operatorServiceHandlers } from './rpc/operator-service.handlers';
import { testServiceHandlers } from './rpc/test-service.handlers';
import { workflowServiceHandlers } from './rpc/workflow-service.handlers';
import type { HandlerTable } from './rpc/grpc-server';
import type { DurableExecutionStore, ExecutionStore } from './store/execution-store';
import { MemoryExecutionStore } from './store/memory.store';
import { PostgresExecutionStore } from './store/postgres/postgres.store';
import { recoverEngine } from './store/postgres/recovery';
import { createLogger, type Logger, type LogLevel } from './util/logger';

/** Options of {@link startTemporalServer}. */
export interface TemporalServerOptions {
  /** TCP port; 0 picks a free one. */
  port?: number;
  /** Bind address, default 127.0.0.1. */
  ip?: string;
  /** Namespaces besides `default`. */
  namespaces?: readonly string[];
  /** Custom search attributes, name → type (`Keyword`, `Text`, `Int`, `Double`, `Bool`, `Datetime`, `KeywordList`). */
  searchAttributes?: Readonly<Record<string, string>>;
  /** Test-server mode: virtual clock with time skipping, starting with one lock (protocol doc §8). */
  timeSkipping?: boolean;
  /** A logger, or a level for the built-in stderr logger (default `warn`). */
  log?: Logger | LogLevel;
  logFormat?: 'pretty' | 'json';
  /**
   * Durable store: a `postgres://` URL selects the PostgreSQL store (schema `dbSchema`, default `temporal`),
   * recovered on start. Anything else (or nothing) keeps the in-memory store.
   */
  dbUrl?: string;
  dbSchema?: string;
}

/** Whether `--db-filename` names a PostgreSQL database rather than a file. */
export const isPostgresUrl = (s: string | undefined): s is string => !!s && /^postgres(ql)?:\/\//i.test(s);

/** A running server. */
export interface TemporalServerHandle {
  /** `host:port` for Connection/NativeConnection. */
  readonly address: string;
  readonly port: number;
  /** Answers open long polls, stops timers and closes the gRPC server. */
  stop(): Promise<void>;
}

/**
 * Starts dondoc's embedded Temporal-protocol-compatible server (in-memory store) in this process.
 * @example const srv = await startTemporalServer({ port: 0, timeSkipping: true }); … await srv.stop();
 */
export async function startTemporalServer(opts: TemporalServerOptions = {}): Promise<TemporalServerHandle> {
  const log = typeof opts.log === 'object' ? opts.log : createLogger(opts.log ?? 'warn', opts.logFormat);
  const searchAttributes: Record<string, number> = {};
  for (const [name, type] of Object.entries(opts.searchAttributes ?? {})) {
    const t = VALUE_TYPE_BY_NAME[type.toLowerCase().replace(/_/g, '')];
    if (t === undefined) throw new Error(`unknown search attribute type ${type} for ${name}`);
    searchAttributes[name] = t;
  }
  const clock = new VirtualClock(!!opts.timeSkipping, 1, (err) => log.error('timer failed', err));
  let durable: PostgresExecutionStore | undefined;
  let store: ExecutionStore = new MemoryExecutionStore();
  if (isPostgresUrl(opts.dbUrl)) {
    store = durable = await PostgresExecutionStore.open(opts.dbUrl, {
      schema: opts.dbSchema,
      onError: (err) => log.error('durable store: commit failed; RPCs now fail until restart', err),
    });
  }
  const engine = createEngine({ clock, store, namespaces: new NamespaceRegistry(opts.namespaces ?? [], searchAttributes), log });
  if (durable) {
    const r = recoverEngine(engine, durable);
    log.info(`durable store: recovered ${r.timers} timers (${r.overdueTimers} overdue) and ${r.tasks} tasks`);
  }
  const ip = opts.ip ?? '127.0.0.1';
  const grpc = await startGrpcServer({
    ip,
    port: opts.port ?? 0,
    log,
    handlers: answerAfterFlush(durable, {
      ...workflowServiceHandlers(engine),
      ...namespaceHandlers(engine),
      ...operatorServiceHandlers(engine),
      ...testServiceHandlers(clock),
      ...healthHandlers(),
    }),
  });
  const host = ip === '0.0.0.0' || ip === '::' ? '127.0.0.1' : ip;
  let stopping: Promise<void> | undefined;
  return {
    address: `${host}:${grpc.port}`,
    port: grpc.port,
    // Idempotent: the launcher and tests may both stop it.
    stop: () =>
      (stopping ??= (async () => {
        engine.matching.stop();
        clock.stop();
        await grpc.stop();
        await durable?.close();
      })()),
  };
}

/** With a durable store every RPC answers only once what it committed (and everything before it) is durable. */
function answerAfterFlush(store: DurableExecutionStore | undefined, handlers: HandlerTable): HandlerTable {
  if (!store) return handlers;
  const out: Record<string, HandlerTable[string]> = {};
  for (const [name, h] of Object.entries(handlers)) {
    out[name] = async (req, ctx) => {
      let result: unknown;
      try {
        result = await h(req, ctx);
      } finally {
        await store.flush();
      }
      return result;
    };
  }
  return out;
}
