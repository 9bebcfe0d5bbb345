// Temporal goes away under a running API: a workflow action answers 503 TEMPORAL_UNAVAILABLE with the
// Vietnamese message (not 500), changes nothing in the database, and /api/health shows Temporal down.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, type Worker } from '@temporalio/worker';
import { type AssignedTaskInput, taskWorkflowId, WORKFLOW_TYPES } from '@dondoc/contracts';
import { localDateOf, WorkingCalendar } from '@dondoc/domain';
import { startTestStack } from '@dondoc/testing';
import { createApiApp } from '../../apps/api/src';
import { createDondocWorker } from '../../apps/worker/src/create-worker';
import { postgresActivityDeps } from '../../apps/worker/src/worker-deps';
// Deep import: libs/testing's index does not export the temporal helpers yet.
import { createTestEnvironment } from '../../libs/testing/src/temporal';
import { dondocWorkflowBundle } from '../workflows/support/workflow-bundle';
import { Client, type TestStack } from './support/api-stack';

// Server start, bundle, and the SDK's own retries (about 20 s) before it gives up on a dead server.
jest.setTimeout(180_000);

/** Polls `fn` until `ok` holds (no fixed sleeps). */
async function eventually<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  let last = await fn();
  while (!ok(last)) {
    if (Date.now() > until) throw new Error(`condition not met within ${ms} ms; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 200));
    last = await fn();
  }
  return last;
}

describe('Temporal unavailable', () => {
  let env: TestWorkflowEnvironment | undefined;
  let stack: TestStack;
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  const taskQueue = `dondoc-e2e-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    try {
      Runtime.install({ logger: new DefaultLogger('ERROR') });
    } catch {
      // Installed by another file in this jest worker.
    }
    const [created, bundle] = await Promise.all([createTestEnvironment('local'), dondocWorkflowBundle()]);
    env = created;
    stack = await startTestStack({
      createApp: (config) => createApiApp(config),
      env: { TEMPORAL_ADDRESS: env.address, TEMPORAL_NAMESPACE: env.namespace ?? 'default', TEMPORAL_TASK_QUEUE: taskQueue },
    });
    worker = await createDondocWorker({
      connection: env.nativeConnection,
      namespace: env.namespace ?? 'default',
      taskQueue,
      deps: postgresActivityDeps(stack.db.dataSource),
      workflowBundle: bundle,
      shutdownGraceTime: '1 second',
    });
    running = worker.run();
  });

  afterAll(async () => {
    if (worker?.getState() === 'RUNNING') worker.shutdown();
    await running;
    await stack?.stop();
    await env?.teardown();
  });

  it('answers 503 TEMPORAL_UNAVAILABLE for an action once the server is stopped, and changes nothing', async () => {
    const [vhxh] = (await stack.db.dataSource.query(`SELECT id, organisation_id FROM users WHERE username = 'vhxh'`)) as {
      id: string;
      organisation_id: string;
    }[];
    const calendar = WorkingCalendar.default();
    const today = localDateOf(new Date());
    const planId = `plan-${randomUUID().slice(0, 8)}`;
    const input: AssignedTaskInput = {
      planId,
      responsibilityId: 'r1',
      orgId: vhxh!.organisation_id,
      title: 'Rà soát hộ nghèo cuối năm',
      role: 'lead',
      dueRule: { kind: 'lastDay', date: calendar.addWorkingDays(today, 30) },
      chain: { ownerId: vhxh!.id },
    };
    const workflowId = taskWorkflowId(planId, 'r1', vhxh!.organisation_id);
    await env!.client.workflow.start(WORKFLOW_TYPES.assignedTask, { args: [input], taskQueue, workflowId });
    const client = new Client(stack.baseUrl);
    await client.login('vhxh');
    const path = `/api/tasks/${encodeURIComponent(workflowId)}/progress`;
    // The task is in the inbox and the API is connected: a first step goes through.
    await eventually(
      () => stack.db.dataSource.query(`SELECT 1 FROM task_projections WHERE workflow_id = $1`, [workflowId]) as Promise<unknown[]>,
      (rows) => rows.length === 1,
    );
    expect((await client.post(path, { progress: 20 })).status).toBe(200);
    await eventually(
      () => stack.db.dataSource.query(`SELECT progress FROM task_projections WHERE workflow_id = $1`, [workflowId]) as Promise<{ progress: number }[]>,
      (rows) => rows[0]?.progress === 20,
    );
    expect((await client.get('/api/health')).body).toMatchObject({ status: 'ok', temporal: { status: 'up' } });

    // Stop the worker, then dondoc's Temporal server.
    worker!.shutdown();
    await running;
    await env!.teardown();
    env = undefined;
    const snapshot = () =>
      stack.db.dataSource.query(
        `SELECT (SELECT json_agg(t ORDER BY workflow_id) FROM task_projections t) AS tasks,
                (SELECT count(*) FROM audit_events) AS audits,
                (SELECT count(*) FROM notifications) AS notifications`,
      ) as Promise<unknown[]>;
    const before = await snapshot();

    const down = await client.post(path, { progress: 60 });
    expect(down.status).toBe(503);
    expect(down.body).toEqual({
      statusCode: 503,
      code: 'TEMPORAL_UNAVAILABLE',
      message: 'Hệ thống xử lý quy trình tạm thời không sẵn sàng, vui lòng thử lại sau',
    });
    expect(down.headers.get('retry-after')).toBe('30');
    expect(await snapshot()).toEqual(before);

    const health = await client.get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'degraded', database: { status: 'up' }, temporal: { status: 'down' } });
  });
});
