// Durable store: the dev server on PostgreSQL is killed with SIGKILL mid-flight and restarted on the same database;
// every workflow must finish with its result, timers fire once, and histories keep contiguous event ids.
import { Connection, Client, type WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import { NativeConnection, Worker, bundleWorkflowCode } from '@temporalio/worker';
import { randomBytes } from 'node:crypto';
import { PgClient, QUIET_BUNDLER_LOGGER, freePort, installQuietRuntime, kill9, startServer, testDatabase, waitUntil, type Server } from './support/durable-server';

jest.setTimeout(240_000);

const EVENT = { TIMER_STARTED: 17, TIMER_FIRED: 18, WORKFLOW_EXECUTION_COMPLETED: 2, ACTIVITY_TASK_STARTED: 11 };

async function historyOf(client: Client, h: WorkflowHandleWithFirstExecutionRunId) {
  return (await client.workflow.getHandle(h.workflowId, h.firstExecutionRunId).fetchHistory()).events ?? [];
}

describe('durable store (PostgreSQL): kill -9 and restart', () => {
  const testDb = testDatabase('temporal_durable');
  const dbUrl = testDb.url;
  let server: Server | undefined;
  let port = 0;

  beforeAll(async () => {
    installQuietRuntime();
    await testDb.create();
    port = await freePort();
  });

  afterAll(async () => {
    if (server) await kill9(server);
    await testDb.drop();
  });

  it('finishes a sleeping, a signal-waiting and an activity-running workflow across a SIGKILL', async () => {
    const bundle = bundleWorkflowCode({
      workflowsPath: require.resolve('./temporal-durable.workflows'),
      logger: QUIET_BUNDLER_LOGGER,
    });
    server = await startServer(port, dbUrl, 'info');
    const address = `127.0.0.1:${port}`;
    const connection = await Connection.connect({ address });
    const client = new Client({ connection });
    const taskQueue = `durable-${randomBytes(4).toString('hex')}`;
    let activityRuns = 0;
    const nativeConnection = await NativeConnection.connect({ address });
    const worker = await Worker.create({
      connection: nativeConnection,
      taskQueue,
      workflowBundle: await bundle,
      activities: {
        async slowEcho(value: string, ms: number): Promise<string> {
          activityRuns++;
          await new Promise((r) => setTimeout(r, ms));
          return `echo:${value}`;
        },
      },
    });
    const running = worker.run();
    try {
      const sleeper = await client.workflow.start('durableSleeper', { taskQueue, workflowId: `sleeper-${taskQueue}`, args: [3_000] });
      const waiter = await client.workflow.start('durableSignalWaiter', { taskQueue, workflowId: `waiter-${taskQueue}` });
      const runner = await client.workflow.start('durableActivityRunner', { taskQueue, workflowId: `runner-${taskQueue}`, args: [8_000] });

      // Mid-flight: the timer is started, the waiter has run its first task, the activity is running on the worker.
      await waitUntil('timer started', async () => (await historyOf(client, sleeper)).some((e) => e.eventType === EVENT.TIMER_STARTED));
      await waitUntil('waiter idle', async () => (await historyOf(client, waiter)).length >= 4);
      await waitUntil('activity started', async () => (await runner.describe()).raw.pendingActivities?.[0]?.state === 2 /* STARTED */);

      await kill9(server);
      server = undefined;
      // Stay down past the timer's due time: it must fire right after the restart, once.
      await new Promise((r) => setTimeout(r, 4_000));
      server = await startServer(port, dbUrl, 'info');

      await waiter.signal('go', 'hello');
      await expect(sleeper.result()).resolves.toBe('slept');
      await expect(waiter.result()).resolves.toBe('got:hello');
      await expect(runner.result()).resolves.toBe('echo:x');
      expect(activityRuns).toBe(1);

      for (const h of [sleeper, waiter, runner]) {
        const events = await historyOf(client, h);
        expect(events.map((e) => Number(e.eventId))).toEqual(events.map((_, i) => i + 1));
        expect(events.filter((e) => e.eventType === EVENT.WORKFLOW_EXECUTION_COMPLETED)).toHaveLength(1);
        const started = events.filter((e) => e.eventType === EVENT.TIMER_STARTED).map((e) => e.timerStartedEventAttributes!.timerId);
        const fired = events.filter((e) => e.eventType === EVENT.TIMER_FIRED).map((e) => e.timerFiredEventAttributes!.timerId);
        expect(fired.sort()).toEqual(started.sort());
        expect(new Set(fired).size).toBe(fired.length);
      }
      const sleeperEvents = await historyOf(client, sleeper);
      expect(sleeperEvents.filter((e) => e.eventType === EVENT.TIMER_FIRED)).toHaveLength(2);

      // A second restart (every run closed, no worker) serves the same histories from the database.
      worker.shutdown();
      await running;
      const before = await historyOf(client, runner);
      await kill9(server);
      server = await startServer(port, dbUrl, 'info');
      expect((await historyOf(client, runner)).length).toBe(before.length);
      expect((await client.workflow.getHandle(sleeper.workflowId).describe()).status.name).toBe('COMPLETED');
      // Nothing left to do after the run closed: no timer or task rows survive it.
      const db = new PgClient({ connectionString: dbUrl });
      await db.connect();
      const left = (await db.query(`SELECT (SELECT count(*) FROM temporal.timers)::int AS timers, (SELECT count(*) FROM temporal.tasks)::int AS tasks`)).rows[0];
      await db.end();
      expect(left).toEqual({ timers: 0, tasks: 0 });
    } finally {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running.catch(() => undefined);
      await nativeConnection.close();
      await connection.close();
    }
  });
});
