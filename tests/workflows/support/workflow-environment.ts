import type { Client, WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { createActivities, InMemoryAuditLog, InMemoryNumberRegister, InMemoryProjectionStore } from '@dondoc/activities';
import { randomUUID } from 'node:crypto';
// Deep import: libs/testing's index does not export the temporal helpers yet.
import { createTestEnvironment } from '@dondoc/testing';
import { RecordingNotifier } from './recording-notifier';
import { dondocWorkflowBundle } from './workflow-bundle';

type History = Awaited<ReturnType<WorkflowHandle['fetchHistory']>>;

/** One time-skipping server, worker and in-memory dependencies shared by the tests of a file. */
export interface WorkflowTestContext {
  readonly env: TestWorkflowEnvironment;
  readonly client: Client;
  readonly taskQueue: string;
  readonly notifier: RecordingNotifier;
  readonly audit: InMemoryAuditLog;
  readonly projections: InMemoryProjectionStore;
  readonly numbers: InMemoryNumberRegister;
  /** Keeps a run's history for the replay test at the end of the file. */
  keepHistory(handle: WorkflowHandle): Promise<History>;
  /** Replays every kept history against the current bundle (non-determinism fails). */
  replayKept(): Promise<{ workflowId: string; error?: unknown }[]>;
  /** Replays the given histories against the current bundle. */
  replay(histories: { workflowId: string; history: History }[]): Promise<{ workflowId: string; error?: unknown }[]>;
  /** The histories kept so far. */
  kept(): readonly { workflowId: string; history: History }[];
  /** Current virtual time. */
  now(): Promise<number>;
}

let runtimeInstalled = false;

/** Registers beforeAll/afterAll: dondoc's time-skipping server, a worker with the production bundle and in-memory deps. */
/** Options of {@link useWorkflowEnvironment}. */
export interface WorkflowEnvironmentOptions {
  /** Virtual time at start (`--initial-time`), e.g. to run a 2024 plan on its own dates. Default: now. */
  readonly startAt?: string;
}

export function useWorkflowEnvironment(options: WorkflowEnvironmentOptions = {}): WorkflowTestContext {
  let env: TestWorkflowEnvironment | undefined;
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  const taskQueue = `dondoc-test-${randomUUID().slice(0, 8)}`;
  const kept: { workflowId: string; history: History }[] = [];
  const audit = new InMemoryAuditLog();
  const projections = new InMemoryProjectionStore();
  const numbers = new InMemoryNumberRegister();
  const notifier = new RecordingNotifier(() => ctx.now());

  const ctx: WorkflowTestContext = {
    get env() {
      if (!env) throw new Error('workflow environment not started');
      return env;
    },
    get client() {
      return ctx.env.client;
    },
    taskQueue,
    notifier,
    audit,
    projections,
    numbers,
    async keepHistory(handle) {
      const history = await handle.fetchHistory();
      kept.push({ workflowId: handle.workflowId, history });
      return history;
    },
    async replayKept() {
      return ctx.replay(kept.map((k, i) => ({ workflowId: `${k.workflowId}#${i}`, history: k.history })));
    },
    kept: () => kept,
    async replay(histories) {
      const { codePath } = await dondocWorkflowBundle();
      const results: { workflowId: string; error?: unknown }[] = [];
      for await (const r of Worker.runReplayHistories({ workflowBundle: { codePath } }, histories)) {
        results.push({ workflowId: r.workflowId, ...(r.error ? { error: r.error } : {}) });
      }
      return results;
    },
    async now() {
      return ctx.env.currentTimeMs();
    },
  };

  beforeAll(async () => {
    if (!runtimeInstalled) {
      runtimeInstalled = true;
      try {
        Runtime.install({ logger: new DefaultLogger('WARN') });
      } catch {
        // Installed by another file in this jest worker.
      }
    }
    const [created, bundle] = await Promise.all([createTestEnvironment('time-skipping', options.startAt ? { extraArgs: ['--initial-time', options.startAt] } : {}), dondocWorkflowBundle()]);
    env = created;
    worker = await Worker.create({
      connection: env.nativeConnection,
      namespace: env.namespace ?? 'default',
      taskQueue,
      workflowBundle: bundle,
      activities: createActivities({ notifier, auditLog: audit, projections, numberRegister: numbers }),
      shutdownGraceTime: '1 second',
    });
    running = worker.run();
  }, 180_000);

  afterAll(async () => {
    if (worker?.getState() === 'RUNNING') worker.shutdown();
    await running;
    await env?.teardown();
  }, 60_000);

  return ctx;
}
