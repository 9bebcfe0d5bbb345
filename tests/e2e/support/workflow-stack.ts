// The e2e stack with workflows: dondoc's Temporal server (dev mode, wall clock), the API on its own seeded
// database, and the real worker created in-process from apps/worker with the Postgres activity ports on
// that database — what every "through HTTP, with the workflows running" test needs.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, type Worker } from '@temporalio/worker';
import { startTestStack } from '@dondoc/testing';
import { createApiApp } from '../../../apps/api/src';
import { createDondocWorker } from '../../../apps/worker/src/create-worker';
import { postgresActivityDeps } from '../../../apps/worker/src/worker-deps';
// Deep import: libs/testing's index does not export the temporal helpers yet.
import { createTestEnvironment } from '../../../libs/testing/src/temporal';
import { dondocWorkflowBundle } from '../../workflows/support/workflow-bundle';
import { Client, type TestStack } from './api-stack';

export interface SeededUser {
  id: string;
  organisation_id: string;
}

export interface WorkflowStack {
  readonly env: TestWorkflowEnvironment;
  readonly stack: TestStack;
  readonly worker: Worker;
  readonly taskQueue: string;
  /** Seeded demo users by username. */
  readonly users: Record<string, SeededUser>;
  /** Logged-in HTTP clients by username (those asked for). */
  readonly as: Record<string, Client>;
  stop(): Promise<void>;
}

/** dondoc's Temporal server (dev mode) and the production workflow bundle, with a fresh task queue. */
export async function startTemporal(): Promise<{ env: TestWorkflowEnvironment; bundle: Awaited<ReturnType<typeof dondocWorkflowBundle>>; taskQueue: string; apiEnv: Record<string, string> }> {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // Installed by another file in this jest worker.
  }
  const taskQueue = `dondoc-e2e-${randomUUID().slice(0, 8)}`;
  const [env, bundle] = await Promise.all([createTestEnvironment('local'), dondocWorkflowBundle()]);
  const apiEnv = { TEMPORAL_ADDRESS: env.address, TEMPORAL_NAMESPACE: env.namespace ?? 'default', TEMPORAL_TASK_QUEUE: taskQueue };
  return { env, bundle, taskQueue, apiEnv };
}

/** The real worker (apps/worker) on a test database; `stop()` shuts it down and waits. */
export async function runWorker(
  temporal: Awaited<ReturnType<typeof startTemporal>>,
  dataSource: TestStack['db']['dataSource'],
): Promise<{ worker: Worker; stop(): Promise<void> }> {
  const worker = await createDondocWorker({
    connection: temporal.env.nativeConnection,
    namespace: temporal.env.namespace ?? 'default',
    taskQueue: temporal.taskQueue,
    deps: postgresActivityDeps(dataSource),
    workflowBundle: temporal.bundle,
    shutdownGraceTime: '1 second',
  });
  const running = worker.run();
  return {
    worker,
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running;
    },
  };
}

/** Seeded demo users (id and organisation) by username. */
export async function seededUsers(dataSource: TestStack['db']['dataSource']): Promise<Record<string, SeededUser>> {
  const rows: (SeededUser & { username: string })[] = await dataSource.query(`SELECT username, id, organisation_id FROM users`);
  return Object.fromEntries(rows.map((r) => [r.username, { id: r.id, organisation_id: r.organisation_id }]));
}

/** Starts server, API and worker; logs in the given demo users. Call `stop()` in afterAll. */
export async function startWorkflowStack(options: { logins?: readonly string[]; apiEnv?: Record<string, string> } = {}): Promise<WorkflowStack> {
  const temporal = await startTemporal();
  const stack = await startTestStack({ createApp: (config) => createApiApp(config), env: { ...temporal.apiEnv, ...options.apiEnv } });
  const running = await runWorker(temporal, stack.db.dataSource);
  const users = await seededUsers(stack.db.dataSource);
  const as: Record<string, Client> = {};
  for (const u of options.logins ?? []) {
    as[u] = new Client(stack.baseUrl);
    await as[u].login(u);
  }
  return {
    env: temporal.env,
    stack,
    worker: running.worker,
    taskQueue: temporal.taskQueue,
    users,
    as,
    async stop() {
      await running.stop();
      await stack.stop();
      await temporal.env.teardown();
    },
  };
}

/** Polls `fn` until `ok` holds (no fixed sleeps); fails with the last value after `ms`. */
export async function eventually<T>(fn: () => Promise<T> | T, ok: (v: T) => boolean, ms = 60_000): Promise<T> {
  const until = Date.now() + ms;
  let last: T = await fn();
  while (!ok(last)) {
    if (Date.now() > until) throw new Error(`condition not met within ${ms} ms; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 200));
    last = await fn();
  }
  return last;
}
