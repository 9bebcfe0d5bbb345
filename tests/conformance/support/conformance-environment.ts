import type { Client } from '@temporalio/client';
import type { SearchAttributeType } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker, type WorkerOptions } from '@temporalio/worker';
// Deep import until `export * from './temporal';` is in libs/testing/src/index.ts (owned by the foundation engineer).
import {
  createTestEnvironment,
  TEST_SERVER_ADDRESS_VARIABLE,
  type TestEnvironmentKind,
} from '@dondoc/testing';
import { createConformanceActivities } from '../activities';
import { createDurableDatabase, onDurableStore, type DurableDatabase } from './durable-store';
import { uniqueId } from './ids';
import { LatchRegistry } from './latch-registry';
import { conformanceWorkflowBundle } from './workflow-bundle';

/** True when the suite targets an external server (`TEMPORAL_TEST_SERVER_ADDRESS`): no time skipping there. */
export const againstExternalServer = Boolean(process.env[TEST_SERVER_ADDRESS_VARIABLE]?.trim());

/** `it` for tests that need a time-skipping server; skipped against an external server. */
export const itWithTimeSkipping: jest.It = againstExternalServer ? it.skip : it;

/** `describe` for tests about dondoc's own executable; skipped against an external server. */
export const describeDondocServer: jest.Describe = againstExternalServer ? describe.skip : describe;

/** Options of {@link useConformanceEnvironment}. */
export interface ConformanceEnvironmentOptions {
  readonly kind: TestEnvironmentKind;
  readonly searchAttributes?: Readonly<Record<string, SearchAttributeType>>;
  /** Start one worker on {@link ConformanceEnvironment.taskQueue} for the whole file (default true). */
  readonly startWorker?: boolean;
  readonly workerOptions?: Partial<WorkerOptions>;
}

/** A worker running in the background, with a way to stop it and wait for `run()` to resolve. */
export interface RunningWorker {
  readonly worker: Worker;
  stop(): Promise<void>;
}

/** One server + client (+ worker) shared by every test of a file. */
export interface ConformanceEnvironment {
  readonly env: TestWorkflowEnvironment;
  readonly client: Client;
  readonly taskQueue: string;
  readonly latches: LatchRegistry;
  /** Creates and runs a worker on `taskQueue` (default: the file's queue); stop it before the file ends. */
  startWorker(options?: Partial<WorkerOptions>): Promise<RunningWorker>;
}

let runtimeInstalled = false;

/** Installs the SDK runtime with a WARN logger once per jest worker, so test output stays readable. */
export function installQuietRuntime(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // Already installed in this process by another test file: keep it.
  }
}

/**
 * Registers beforeAll/afterAll hooks that start a test environment on dondoc's server (or the external server),
 * and a worker with the conformance workflows and activities on a task queue unique to this file.
 */
export function useConformanceEnvironment(options: ConformanceEnvironmentOptions): ConformanceEnvironment {
  let env: TestWorkflowEnvironment | undefined;
  let database: DurableDatabase | undefined;
  const taskQueue = uniqueId('conformance');
  const latches = new LatchRegistry();
  const running: RunningWorker[] = [];

  const context: ConformanceEnvironment = {
    get env() {
      if (!env) throw new Error('conformance environment not started (use it inside tests)');
      return env;
    },
    get client() {
      return context.env.client;
    },
    taskQueue,
    latches,
    async startWorker(overrides = {}) {
      const worker = await Worker.create({
        connection: context.env.nativeConnection,
        namespace: context.env.namespace ?? 'default',
        taskQueue,
        workflowBundle: await conformanceWorkflowBundle(),
        activities: createConformanceActivities({ latches }),
        shutdownGraceTime: '1 second',
        ...overrides,
      });
      const done = worker.run();
      let stopped = false;
      const handle: RunningWorker = {
        worker,
        async stop() {
          if (!stopped) {
            stopped = true;
            if (worker.getState() === 'RUNNING') worker.shutdown();
          }
          await done;
        },
      };
      running.push(handle);
      return handle;
    },
  };

  beforeAll(async () => {
    installQuietRuntime();
    // On the durable store each file's server gets an empty database of its own.
    if (onDurableStore() && !againstExternalServer) database = await createDurableDatabase();
    env = await createTestEnvironment(options.kind, {
      searchAttributes: options.searchAttributes,
      extraArgs: database ? ['--db-filename', database.url] : [],
    });
    if (options.startWorker !== false) await context.startWorker(options.workerOptions);
  }, 120_000);

  afterAll(async () => {
    await Promise.allSettled(running.map((w) => w.stop()));
    await env?.teardown();
    await database?.drop();
  }, 60_000);

  return context;
}
