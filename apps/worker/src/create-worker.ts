import type { Duration } from '@temporalio/common';
import { type NativeConnection, Worker } from '@temporalio/worker';
import { createActivities, type DondocActivityDeps } from '@dondoc/activities';

/** Options of {@link createDondocWorker}. */
export interface DondocWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  deps: DondocActivityDeps;
  /** A prebuilt bundle (tests, production images); otherwise `@dondoc/workflows` is bundled at start. */
  workflowBundle?: { codePath: string } | { code: string };
  /** How long activities may finish after a shutdown request. */
  shutdownGraceTime?: Duration;
}

/**
 * The one place where dondoc's worker is assembled: workflows from the `@dondoc/workflows` package
 * (bundled by the SDK, following workspace packages through node_modules), activities from the
 * factories over explicit dependencies.
 */
export function createDondocWorker(options: DondocWorkerOptions): Promise<Worker> {
  const workflows = options.workflowBundle ? { workflowBundle: options.workflowBundle } : { workflowsPath: require.resolve('@dondoc/workflows') };
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    ...workflows,
    activities: createActivities(options.deps),
    shutdownGraceTime: options.shutdownGraceTime ?? '10 seconds',
  });
}
