// Schedules on the durable store: the dev server on PostgreSQL is killed with SIGKILL and restarted on the same
// database; the schedule survives with its counters, catches up on the time missed while down and fires the
// next action; a deletion survives a restart too; its jitter and the last run's result and failure survive.
import { Client, Connection, ScheduleNotFoundError, ScheduleOverlapPolicy, WorkflowFailedError, type ScheduleHandle } from '@temporalio/client';
import { NativeConnection, Worker, bundleWorkflowCode } from '@temporalio/worker';
import { randomBytes } from 'node:crypto';
import { QUIET_BUNDLER_LOGGER, freePort, installQuietRuntime, kill9, startServer, testDatabase, waitUntil, withPg, type Server } from './support/durable-server';

jest.setTimeout(240_000);

describe('schedules on the durable store (PostgreSQL): kill -9 and restart', () => {
  const db = testDatabase('temporal_schedules');
  const dbUrl = db.url;
  let server: Server | undefined;
  let port = 0;

  beforeAll(async () => {
    installQuietRuntime();
    await db.create();
    port = await freePort();
  });

  afterAll(async () => {
    if (server) await kill9(server);
    await db.drop();
  });

  const restart = async () => {
    if (server) await kill9(server);
    server = await startServer(port, dbUrl);
  };

  it('keeps the schedule, catches up and fires the next action after a restart; a delete is durable', async () => {
    const bundle = bundleWorkflowCode({
      workflowsPath: require.resolve('./temporal-schedules-durable.workflows'),
      logger: QUIET_BUNDLER_LOGGER,
    });
    server = await startServer(port, dbUrl);
    const address = `127.0.0.1:${port}`;
    const connection = await Connection.connect({ address });
    const client = new Client({ connection });
    const taskQueue = `schedules-${randomBytes(4).toString('hex')}`;
    const scheduleId = `nhac-han-${taskQueue}`;
    const handle = await client.schedule.create({
      scheduleId,
      spec: { intervals: [{ every: '2 seconds' }], timezone: 'Asia/Ho_Chi_Minh' },
      action: { type: 'startWorkflow', workflowType: 'durableSleeper', args: [10], taskQueue, workflowId: `${scheduleId}-wf` },
      memo: { plan: 'KH-2026-01' },
    });
    const created = await handle.describe();

    // Down across at least one due time (no worker yet: nothing could have run before).
    await kill9(server);
    await new Promise((r) => setTimeout(r, 3_000));
    const restartedAt = Date.now();
    server = await startServer(port, dbUrl);

    const survived = await handle.describe();
    expect(survived.memo).toEqual({ plan: 'KH-2026-01' });
    expect(survived.spec.intervals).toEqual([{ every: 2_000, offset: 0 }]);
    expect(survived.info.createdAt).toEqual(created.info.createdAt);
    expect(survived.action).toMatchObject({ workflowType: 'durableSleeper', taskQueue, workflowId: `${scheduleId}-wf` });
    // The time missed while down was caught up at the restart (catch-up window: the default year).
    expect(survived.info.recentActions.some((a) => a.scheduledAt.getTime() < restartedAt)).toBe(true);

    const nativeConnection = await NativeConnection.connect({ address });
    const worker = await Worker.create({ connection: nativeConnection, taskQueue, workflowBundle: await bundle });
    const running = worker.run();
    try {
      // The re-armed timer fires the next action after the restart, and its workflow completes.
      const next = await waitUntil('an action after the restart', async () =>
        (await handle.describe()).info.recentActions.find((a) => a.scheduledAt.getTime() > restartedAt),
      );
      const wf = client.workflow.getHandle(next.action.workflow.workflowId, next.action.workflow.firstExecutionRunId);
      await expect(wf.result()).resolves.toBe('slept');
      expect(next.action.workflow.workflowId).toBe(`${scheduleId}-wf-${new Date(Math.floor(next.scheduledAt.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z')}`);
      expect((await wf.describe()).searchAttributes.TemporalScheduledById).toEqual([scheduleId]);

      // Counters are durable: a second restart does not reset them.
      const taken = (await handle.describe()).info.numActionsTaken;
      await restart();
      expect((await handle.describe()).info.numActionsTaken).toBeGreaterThanOrEqual(taken);

      await handle.delete();
      await restart();
      await expect(handle.describe()).rejects.toBeInstanceOf(ScheduleNotFoundError);
      const rows = await withPg(dbUrl, (c) => c.query('SELECT count(*)::int AS n FROM temporal.schedules'));
      expect(rows.rows[0]).toEqual({ n: 0 });
    } finally {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running.catch(() => undefined);
      await nativeConnection.close();
      await connection.close();
    }
  });
  it('keeps the jitter and the last completion result and failure across a restart', async () => {
    server ??= await startServer(port, dbUrl);
    const address = `127.0.0.1:${port}`;
    const connection = await Connection.connect({ address });
    const client = new Client({ connection });
    const taskQueue = `schedules-carry-${randomBytes(4).toString('hex')}`;
    const scheduleId = `bao-cao-${taskQueue}`;
    const action = (mode: 'ok' | 'fail') =>
      ({ type: 'startWorkflow', workflowType: 'durableScheduledCounter', args: [mode], taskQueue, workflowId: `${scheduleId}-wf` }) as const;
    const handle = await client.schedule.create({
      scheduleId,
      spec: { calendars: [{ hour: 8 }], timezone: 'Asia/Ho_Chi_Minh', jitter: '2 hours' },
      action: action('ok'),
      state: { paused: true },
    });
    const nativeConnection = await NativeConnection.connect({ address });
    const worker = await Worker.create({
      connection: nativeConnection,
      taskQueue,
      workflowBundle: await bundleWorkflowCode({ workflowsPath: require.resolve('./temporal-schedules-durable.workflows'), logger: QUIET_BUNDLER_LOGGER }),
    });
    const running = worker.run();
    // Triggered runs are named after the trigger second; SKIP (not the SDK's default ALLOW_ALL) hands results on.
    const runTriggered = async (h: ScheduleHandle) => {
      const taken = (await h.describe()).info.numActionsTaken;
      await new Promise((r) => setTimeout(r, 1_100));
      await h.trigger(ScheduleOverlapPolicy.SKIP);
      const a = await waitUntil('the triggered run', async () => {
        const d = await h.describe();
        return d.info.numActionsTaken > taken && d.info.recentActions.at(-1);
      });
      return client.workflow.getHandle(a.action.workflow.workflowId, a.action.workflow.firstExecutionRunId).result();
    };
    try {
      await expect(runTriggered(handle)).resolves.toEqual({ count: 1, lastFailure: null });
      await handle.update((prev) => ({ ...prev, action: action('fail') }));
      await expect(runTriggered(handle)).rejects.toBeInstanceOf(WorkflowFailedError);
      await handle.update((prev) => ({ ...prev, action: action('ok') }));
      const before = (await handle.describe()).info.nextActionTimes.map((t) => t.getTime());
      expect(before.some((t) => t % 3_600_000 !== 0)).toBe(true);

      await kill9(server);
      server = await startServer(port, dbUrl);
      // Same jittered times (the jitter is a function of the schedule, not of the process).
      expect((await handle.describe()).info.nextActionTimes.map((t) => t.getTime())).toEqual(before);
      await expect(runTriggered(handle)).resolves.toEqual({ count: 2, lastFailure: 'failed after run 1' });
      await handle.delete();
    } finally {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running.catch(() => undefined);
      await nativeConnection.close();
      await connection.close();
    }
  });
});
