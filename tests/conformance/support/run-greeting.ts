import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { createConformanceActivities } from '../activities';
import { localActivityWorkflow } from '../workflows';
import { installQuietRuntime } from './conformance-environment';
import { uniqueId } from './ids';
import { LatchRegistry } from './latch-registry';
import { conformanceWorkflowBundle } from './workflow-bundle';

/** Runs one workflow (with a local activity) through a short-lived worker on `env`; returns its result. */
export async function runGreeting(env: TestWorkflowEnvironment, name: string): Promise<string> {
  installQuietRuntime();
  const taskQueue = uniqueId('launch');
  const worker = await Worker.create({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue,
    workflowBundle: await conformanceWorkflowBundle(),
    activities: createConformanceActivities({ latches: new LatchRegistry() }),
    shutdownGraceTime: '1 second',
  });
  return worker.runUntil(
    env.client.workflow.execute(localActivityWorkflow, { taskQueue, workflowId: uniqueId('greeting'), args: [name] }),
  );
}
