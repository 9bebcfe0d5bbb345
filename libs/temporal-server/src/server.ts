import { VirtualClock } from './clock/virtual-clock';
import { createEngine } from './engine/create-engine';
import { NamespaceRegistry, VALUE_TYPE_BY_NAME } from './namespaces/namespace-registry';
import { startGrpcServer } from './rpc/grpc-server';
import { healthHandlers } from './rpc/health.handlers';
import { namespaceHandlers } from './rpc/namespace.handlers';
import { operatorServiceHandlers } from './rpc/operator-service.handlers';
import { scheduleHandlers } from './rpc/schedule.handlers';
import { testServiceHandlers } from './rpc/test-service.handlers';
import { workflowServiceHandlers } from './rpc/workflow-service.handlers';
import type { HandlerTable } from './rpc/grpc-server';
import type { ExecutionStore } from './store/execution-store';
import { MemoryExecutionStore } from './store/memory.store';
import { PostgresExecutionStore } from './store/postgres/postgres.store';
import { prefetchRequest } from './store/postgres/prefetch';
import { recoverEngine, recoverTransfers } from './store/postgres/recovery';
import { TimerLoop } from './store/postgres/timer-loop';
import { WindowedClock } from './store/postgres/windowed-clock';
import { PostgresScheduleStore } from './schedules/postgres-schedule.store';
import { Scheduler } from './schedules/scheduler';
import { MemoryScheduleStore, type ScheduleStore } from './schedules/schedule-store';
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
  /** Virtual time at start, epoch ms (default: now). Lets a test run a plan of a past year on its own dates. */
  initialTime?: number;
  /** A logger, or a level for the built-in stderr logger (default `warn`). */
  log?: Logger | LogLevel;
  logFormat?: 'pretty' | 'json';
  /**
   * Durable store: a `postgres://` URL selects the PostgreSQL store (schema `dbSchema`, default `temporal`),
   * recovered on start. Anything else (or nothing) keeps the in-memory store.
   */
  dbUrl?: string;
  dbSchema?: string;
  /**
   * A failed commit or read of the durable store. Default: log and exit the process (status 1) so that the
   * supervisor restarts the server and recovery runs; in-process tests pass a hook instead.
   */
  onStoreError?: (err: Error) => void;
  /** Idle runs the durable store keeps in memory (default 1000). */
  residentRuns?: number;
  /** Durable store: timers due within this many ms are kept in process, later ones stay rows (default 30 000). */
  timerHorizonMs?: number;
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
  /** Durable store only: runs held in memory and timers held in the clock (what idle workflows cost). */
  storeStats?(): { residentRuns: number; clockTimers: number };
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
  // On the durable store only timers due soon live in the clock; the rest are rows the timer loop reads when due.
  const clock = isPostgresUrl(opts.dbUrl)
    ? new WindowedClock(!!opts.timeSkipping, 1, (err) => log.error('timer failed', err))
    : new VirtualClock(!!opts.timeSkipping, 1, (err) => log.error('timer failed', err));
  if (opts.initialTime !== undefined) clock.startAt(opts.initialTime);
  let durable: PostgresExecutionStore | undefined;
  let store: ExecutionStore = new MemoryExecutionStore();
  let failed = false;
  const storeFailed = (err: Error) => {
    if (failed) return;
    failed = true;
    log.error('durable store failed; exiting so that the server is restarted and recovers from the database', err);
    if (opts.onStoreError) opts.onStoreError(err);
    else process.exit(1);
  };
  if (isPostgresUrl(opts.dbUrl)) {
    store = durable = await PostgresExecutionStore.open(opts.dbUrl, { schema: opts.dbSchema, onError: storeFailed, residentRuns: opts.residentRuns });
  }
  const engine = createEngine({ clock, store, namespaces: new NamespaceRegistry(opts.namespaces ?? [], searchAttributes), log });
  let timerLoop: TimerLoop | undefined;
  if (durable && clock instanceof WindowedClock) {
    durable.isPinned = (run) =>
      clock.holds(run.runId) ||
      engine.historyWaiters.has(run.runId) ||
      engine.historyWaiters.has(`close:${run.runId}`) ||
      [...engine.queryWaiters.values()].some((q) => q.runId === run.runId);
    const r = recoverEngine(engine, durable);
    timerLoop = new TimerLoop(engine, durable, clock, { onError: storeFailed, horizonMs: opts.timerHorizonMs });
    await timerLoop.start();
    // Cross-run effects a crash left owed (child starts and closes, external signals/cancels, parent-close policies).
    const transfers = await recoverTransfers(engine, durable);
    log.info(`durable store: recovered ${r.tasks} tasks, ${transfers} transfers; ${clock.armedCount} timers due soon armed, ${durable.residentCount} runs in memory`);
  }
  // Schedules keep their own table beside the executions (same database and schema when durable).
  const scheduleStore: ScheduleStore = durable && isPostgresUrl(opts.dbUrl) ? await PostgresScheduleStore.open(opts.dbUrl, opts.dbSchema, (err) => log.error('schedule store failed', err)) : new MemoryScheduleStore();
  const scheduler = new Scheduler(engine, scheduleStore);
  const recoveredSchedules = await scheduler.recover();
  if (recoveredSchedules) log.info(`schedules: recovered ${recoveredSchedules}`);
  const ip = opts.ip ?? '127.0.0.1';
  const grpc = await startGrpcServer({
    ip,
    port: opts.port ?? 0,
    log,
    handlers: answerAfterFlush(durable, {
      ...workflowServiceHandlers(engine),
      ...namespaceHandlers(engine),
      ...operatorServiceHandlers(engine),
      ...scheduleHandlers(scheduler),
      ...testServiceHandlers(clock),
      ...healthHandlers(),
    }),
  });
  const host = ip === '0.0.0.0' || ip === '::' ? '127.0.0.1' : ip;
  let stopping: Promise<void> | undefined;
  const stats = durable && clock instanceof WindowedClock ? { store: durable, clock } : undefined;
  return {
    address: `${host}:${grpc.port}`,
    port: grpc.port,
    storeStats: stats && (() => ({ residentRuns: stats.store.residentCount, clockTimers: stats.clock.armedCount })),
    // Idempotent: the launcher and tests may both stop it.
    stop: () =>
      (stopping ??= (async () => {
        engine.matching.stop();
        timerLoop?.stop();
        scheduler.stop();
        clock.stop();
        await grpc.stop();
        await durable?.close();
        await scheduleStore.close();
      })()),
  };
}

/** With a durable store every RPC answers only once what it committed (and everything before it) is durable. */
function answerAfterFlush(store: PostgresExecutionStore | undefined, handlers: HandlerTable): HandlerTable {
  if (!store) return handlers;
  const out: Record<string, HandlerTable[string]> = {};
  for (const [name, h] of Object.entries(handlers)) {
    out[name] = async (req, ctx) => {
      let result: unknown;
      try {
        // Runs the request names are loaded before the engine (synchronous) needs them.
        await prefetchRequest(store, req);
        result = await h(req, ctx);
      } finally {
        await store.flush();
      }
      return result;
    };
  }
  return out;
}
