// The browser stack with workflows running: dondoc's Temporal server (dev mode), the API serving the
// built console, Chromium, and the real worker on the API's database (pieces shared with tests/e2e).
import { runWorker, seededUsers, startTemporal, type SeededUser } from '../../e2e/support/workflow-stack';
import { startBrowserStack, type BrowserStack } from './browser-stack';

export interface WorkflowBrowserStack {
  readonly stack: BrowserStack;
  readonly env: Awaited<ReturnType<typeof startTemporal>>['env'];
  readonly taskQueue: string;
  /** Seeded demo users by username. */
  readonly users: Record<string, SeededUser>;
  stop(): Promise<void>;
}

export async function startWorkflowBrowserStack(): Promise<WorkflowBrowserStack> {
  const temporal = await startTemporal();
  const stack = await startBrowserStack({ env: temporal.apiEnv });
  const worker = await runWorker(temporal, stack.api.db.dataSource);
  return {
    stack,
    env: temporal.env,
    taskQueue: temporal.taskQueue,
    users: await seededUsers(stack.api.db.dataSource),
    async stop() {
      await worker.stop();
      await stack.stop();
      await temporal.env.teardown();
    },
  };
}
