// Restart coverage of the durable store (issue #4): for updates, child workflows, cron, workflow and activity retry
// backoff, continue-as-new, signal-with-start, workflow-id policies and schedules, the dev server on PostgreSQL is
// SIGKILLed at a chosen moment and restarted on the same database. Side effects are counted by the test's `tick`
// activity; runs are counted in the store's own tables; histories must keep contiguous event ids.
//
// Two kinds of moments: "between two RPCs" (a state reached and acknowledged, then kill), and "between two commits of
// one step" — the test holds a row lock that the step's second transaction needs, waits until that transaction
// blocks on it, kills the server, then releases the lock (what a crash between the two commits leaves behind).
import { Client, Connection, WorkflowExecutionAlreadyStartedError, WorkflowUpdateStage } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { NativeConnection, Worker, bundleWorkflowCode } from '@temporalio/worker';
import { Context } from '@temporalio/activity';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  FAST_RECONNECT,
  PgClient,
  QUIET_BUNDLER_LOGGER,
  eventIdsContiguous,
  freePort,
  installQuietRuntime,
  kill9,
  sleep,
  sql,
  startServer,
  testDatabase,
  waitUntil,
  type PgConnection,
  type Server,
} from './support/durable-server';
import {
  add,
  bump,
  finish,
  release,
  restartActivityRetry,
  restartChain,
  restartCollector,
  restartClosingParent,
  restartCron,
  restartParent,
  restartRetried,
  restartSignaler,
  restartUpdatable,
} from './temporal-restart-coverage.workflows';

jest.setTimeout(120_000);

const E = temporal.api.enums.v1.EventType;
const NS = 'default';
/** Bounded wait for an outcome a server bug would withhold forever. */
const OUTCOME_MS = 30_000;


describe('durable store (PostgreSQL): kill -9 and restart, case by case', () => {
  const db = testDatabase('temporal_restart');
  let server: Server | undefined;
  let port = 0;
  let connection: Connection;
  let client: Client;
  let nativeConnection: NativeConnection;
  let worker: Worker;
  let running: Promise<void>;
  let workflowBundle: { code: string };
  const taskQueue = `restart-${randomBytes(4).toString('hex')}`;
  /** Executions of the `tick` activity per key (the test process outlives every server). */
  const ticks = new Map<string, number>();
  const ticked = (key: string) => ticks.get(key) ?? 0;
  const tickOnce = (key: string) => {
    const n = ticked(key) + 1;
    ticks.set(key, n);
    return n;
  };
  const flakyAttempts = new Map<string, number>();

  /** Runs a client call for at most `ms`, then cancels it (a call left waiting would outlive the test). */
  async function within<T>(ms: number, call: () => Promise<T>, what: string): Promise<T> {
    const abort = new AbortController();
    const late = new Error(`${what}: no outcome within ${ms} ms`);
    const timedOut = new Promise<never>((_, reject) => abort.signal.addEventListener('abort', () => reject(late)));
    const timer = setTimeout(() => abort.abort(), ms);
    try {
      return await Promise.race([connection.withAbortSignal(abort.signal, call), timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** SIGKILL, stay down `downMs` (timers come due meanwhile), restart on the same database. */
  async function crash(downMs = 0, whileDown?: () => Promise<void>): Promise<void> {
    if (server) await kill9(server);
    server = undefined;
    await whileDown?.();
    if (downMs) await sleep(downMs);
    server = await startServer(port, db.url);
  }

  const history = async (workflowId: string, runId?: string) => (await client.workflow.getHandle(workflowId, runId).fetchHistory()).events ?? [];
  const ofType = (events: temporal.api.history.v1.IHistoryEvent[], type: number) => events.filter((e) => e.eventType === type);
  /** Runs of a workflow id, from the store's own table. */
  const runsOf = async (workflowId: string) =>
    (await sql(db.url, 'SELECT run_id, state FROM temporal.runs WHERE namespace = $1 AND workflow_id = $2', [NS, workflowId])).map((r) => ({ runId: String(r.run_id), state: String(r.state) }));
  const payloads = (v: unknown) => ({ payloads: [defaultPayloadConverter.toPayload(v)] });

  /** A connection holding a lock in an open transaction; `release()` (after the kill) rolls it back. */
  async function holdLock(statement: string, params: unknown[]): Promise<{ rows: Array<Record<string, unknown>>; release(): Promise<void> }> {
    const c: PgConnection = new PgClient({ connectionString: db.url });
    await c.connect();
    await c.query('BEGIN');
    const { rows } = await c.query(statement, params);
    return {
      rows,
      release: async () => {
        // The dead server's sessions live on until Postgres notices: end them first, or a statement waiting for
        // our lock would still run (and commit) once the lock goes.
        await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()').catch(() => undefined);
        await c.query('ROLLBACK').catch(() => undefined);
        await c.end();
      },
    };
  }
  /** Some session of this database (the server's commit) waits for a lock. */
  const commitBlocked = async () =>
    Number((await sql(db.url, `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`))[0]!.n) > 0;
  /** Event types committed for a run, read from the table (not through the server). */
  const committedEventTypes = async (runId: string) =>
    (await sql(db.url, 'SELECT data FROM temporal.history_events WHERE run_id = $1 ORDER BY event_id', [runId])).map((r) => Number((r.data as { eventType?: number }).eventType));

  beforeAll(async () => {
    installQuietRuntime();
    await db.create();
    port = await freePort();
    const bundle = bundleWorkflowCode({ workflowsPath: require.resolve('./temporal-restart-coverage.workflows'), logger: QUIET_BUNDLER_LOGGER });
    server = await startServer(port, db.url);
    const address = `127.0.0.1:${port}`;
    connection = await Connection.connect({ address, channelArgs: FAST_RECONNECT });
    client = new Client({ connection });
    nativeConnection = await NativeConnection.connect({ address });
    workflowBundle = await bundle;
    worker = await Worker.create({
      connection: nativeConnection,
      taskQueue,
      workflowBundle,
      activities: {
        tick: async (key: string) => tickOnce(key),
        async flaky(key: string, failures: number): Promise<string> {
          const n = (flakyAttempts.get(key) ?? 0) + 1;
          flakyAttempts.set(key, n);
          if (Context.current().info.attempt <= failures) throw new Error(`attempt ${n} fails`);
          return `ok after ${n}`;
        },
      },
    });
    running = worker.run();
  });

  // A test that failed between kill and restart leaves no server: the next one (and the worker's shutdown) needs it.
  afterEach(async () => {
    if (server && server.proc.exitCode === null && server.proc.signalCode === null) return;
    if (server) await kill9(server);
    server = await startServer(port, db.url);
  });

  afterAll(async () => {
    if (worker?.getState() === 'RUNNING') worker.shutdown();
    await running?.catch(() => undefined);
    await nativeConnection?.close();
    await connection?.close();
    if (server) await kill9(server);
    await db.drop();
  });

  describe('updates', () => {
    it('an update accepted before the kill completes exactly once after the restart; a repeat of its id answers from the record', async () => {
      const h = await client.workflow.start(restartUpdatable, { taskQueue, workflowId: `upd-accepted-${taskQueue}` });
      const u1 = await h.startUpdate(bump, { args: ['u1', 0], updateId: 'u1', waitForStage: WorkflowUpdateStage.ACCEPTED });
      await crash();
      await h.signal(release);
      await expect(u1.result()).resolves.toBe(1);
      // The same update id again, after the restart and after completion: the recorded outcome, no second run.
      await expect(h.executeUpdate(bump, { args: ['u1', 0], updateId: 'u1' })).resolves.toBe(1);
      await h.signal(finish);
      await expect(h.result()).resolves.toEqual(['u1']);
      expect(ticked(`update:${h.workflowId}:u1`)).toBe(1);
      const events = await history(h.workflowId);
      expect(eventIdsContiguous(events)).toBe(true);
      expect(ofType(events, E.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED)).toHaveLength(1);
      expect(ofType(events, E.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED)).toHaveLength(1);
    });

    it('an update whose caller got no answer is retried by the client across the restart and deduplicated by update id', async () => {
      const h = await client.workflow.start(restartUpdatable, { taskQueue, workflowId: `upd-unanswered-${taskQueue}` });
      await h.signal(release);
      // The handler sleeps 3 s: the caller is still waiting for the outcome when the server dies.
      const pending = h.executeUpdate(bump, { args: ['u2', 3_000], updateId: 'u2' });
      await waitUntil('u2 accepted', async () => ofType(await history(h.workflowId), E.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED).length === 1);
      // Down past the handler's timer: it fires right after the restart.
      await crash(4_000);
      await expect(within(OUTCOME_MS, () => pending, 'the retried update')).resolves.toBe(1);
      // The caller's retry, made explicit: same id, same answer.
      await expect(h.executeUpdate(bump, { args: ['u2', 3_000], updateId: 'u2' })).resolves.toBe(1);
      await h.signal(finish);
      await expect(h.result()).resolves.toEqual(['u2']);
      expect(ticked(`update:${h.workflowId}:u2`)).toBe(1);
      const events = await history(h.workflowId);
      expect(eventIdsContiguous(events)).toBe(true);
      expect(ofType(events, E.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED)).toHaveLength(1);
      expect(ofType(events, E.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED)).toHaveLength(1);
      expect(ofType(events, E.EVENT_TYPE_TIMER_FIRED)).toHaveLength(1);
    });

    it('an update sent while the server is down is delivered once it is back', async () => {
      const h = await client.workflow.start(restartUpdatable, { taskQueue, workflowId: `upd-down-${taskQueue}` });
      await h.signal(release);
      await waitUntil('first task done', async () => (await history(h.workflowId)).length >= 4);
      let pending: Promise<number> | undefined;
      await crash(1_000, async () => {
        pending = h.executeUpdate(bump, { args: ['u3', 0], updateId: 'u3' });
      });
      await expect(within(OUTCOME_MS, () => pending!, 'the update sent while down')).resolves.toBe(1);
      await h.signal(finish);
      await expect(h.result()).resolves.toEqual(['u3']);
      expect(ticked(`update:${h.workflowId}:u3`)).toBe(1);
    });
  });

  describe('child workflows', () => {
    it('a parent waiting on its child across the kill gets the child result exactly once', async () => {
      const parentId = `parent-wait-${taskQueue}`;
      const childId = `${parentId}-child`;
      const parent = await client.workflow.start(restartParent, { taskQueue, workflowId: parentId, args: [childId, true] });
      await waitUntil('child started', async () => ofType(await history(parentId), E.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_STARTED).length === 1);
      await crash(1_000);
      await client.workflow.getHandle(childId).signal(release);
      await expect(within(OUTCOME_MS, () => parent.result(), 'the parent')).resolves.toBe(`parent:child:${childId}`);
      expect(ticked(`child:${childId}`)).toBe(1);
      expect(await runsOf(childId)).toHaveLength(1);
      const events = await history(parentId);
      expect(eventIdsContiguous(events)).toBe(true);
      expect(ofType(events, E.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED)).toHaveLength(1);
      expect(ofType(events, E.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_STARTED)).toHaveLength(1);
      expect(ofType(events, E.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED)).toHaveLength(1);
    });

    // The child start is a transfer (engine/children.ops.ts): owed in the parent's transaction, re-executed by recovery.
    it('killed after the parent recorded StartChildWorkflowExecutionInitiated but before the child start committed: the child starts once after the restart', async () => {
      const parentId = `parent-initiated-${taskQueue}`;
      const childId = `${parentId}-child`;
      // The child's start writes its current-run pointer: an uncommitted row of ours makes that transaction wait.
      const lock = await holdLock('INSERT INTO temporal.current_runs (namespace, workflow_id, run_id) VALUES ($1, $2, $3)', [NS, childId, 'held-by-test']);
      let parentRunId = '';
      try {
        const parent = await client.workflow.start(restartParent, { taskQueue, workflowId: parentId, args: [childId, false] });
        parentRunId = parent.firstExecutionRunId;
        await waitUntil('child start blocked', commitBlocked);
        await kill9(server!);
        server = undefined;
      } finally {
        await lock.release();
      }
      // The crash window was hit: the parent's Initiated is durable, the child is not.
      expect(await committedEventTypes(parentRunId)).toContain(E.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED);
      expect(await runsOf(childId)).toHaveLength(0);
      server = await startServer(port, db.url);
      await expect(within(OUTCOME_MS, () => client.workflow.getHandle(parentId).result(), 'the parent')).resolves.toBe(`parent:child:${childId}`);
      expect(ticked(`child:${childId}`)).toBe(1);
      expect(await runsOf(childId)).toHaveLength(1);
      const events = await history(parentId);
      expect(eventIdsContiguous(events)).toBe(true);
      expect(ofType(events, E.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_STARTED)).toHaveLength(1);
      expect(ofType(events, E.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED)).toHaveLength(1);
    });

    // The child's close reaches the parent through a transfer owed in the child's closing transaction.
    it('killed after the child closed but before the parent heard of it: the completion reaches the parent exactly once', async () => {
      const parentId = `parent-close-${taskQueue}`;
      const childId = `${parentId}-child`;
      const parent = await client.workflow.start(restartParent, { taskQueue, workflowId: parentId, args: [childId, true] });
      await waitUntil('child started', async () => ofType(await history(parentId), E.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_STARTED).length === 1);
      await waitUntil('parent idle', async () => (await history(parentId)).at(-1)?.eventType === E.EVENT_TYPE_WORKFLOW_TASK_COMPLETED);
      // Only the parent's notification touches the parent's row: lock it, let the child finish.
      const lock = await holdLock('SELECT 1 FROM temporal.runs WHERE run_id = $1 FOR UPDATE', [parent.firstExecutionRunId]);
      try {
        await client.workflow.getHandle(childId).signal(release);
        await waitUntil('child closed, parent notification blocked', async () => (await runsOf(childId))[0]?.state === 'completed' && (await commitBlocked()));
        await kill9(server!);
        server = undefined;
      } finally {
        await lock.release();
      }
      expect(await committedEventTypes(parent.firstExecutionRunId)).not.toContain(E.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED);
      server = await startServer(port, db.url);
      await expect(within(OUTCOME_MS, () => parent.result(), 'the parent')).resolves.toBe(`parent:child:${childId}`);
      expect(ticked(`child:${childId}`)).toBe(1);
      const events = await history(parentId);
      expect(eventIdsContiguous(events)).toBe(true);
      expect(ofType(events, E.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED)).toHaveLength(1);
    });
  });

  describe('external signal and parent-close policy', () => {
    it('killed after the sender recorded SignalExternalWorkflowExecutionInitiated but before the signal committed: the target gets it exactly once', async () => {
      const targetId = `ext-target-${taskQueue}`;
      const senderId = `ext-sender-${taskQueue}`;
      const target = await client.workflow.start(restartCollector, { taskQueue, workflowId: targetId });
      await waitUntil('target idle', async () => (await history(targetId)).at(-1)?.eventType === E.EVENT_TYPE_WORKFLOW_TASK_COMPLETED);
      // Only the delivery touches the target's row: lock it, let the sender send.
      const lock = await holdLock('SELECT 1 FROM temporal.runs WHERE run_id = $1 FOR UPDATE', [target.firstExecutionRunId]);
      let senderRunId = '';
      try {
        const sender = await client.workflow.start(restartSignaler, { taskQueue, workflowId: senderId, args: [targetId, 'x1'] });
        senderRunId = sender.firstExecutionRunId;
        await waitUntil('signal initiated, delivery blocked', async () => (await committedEventTypes(senderRunId)).includes(E.EVENT_TYPE_SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED) && (await commitBlocked()));
        await kill9(server!);
        server = undefined;
      } finally {
        await lock.release();
      }
      // The crash window was hit: the sender's Initiated is durable, the delivery is not.
      expect(await committedEventTypes(senderRunId)).not.toContain(E.EVENT_TYPE_EXTERNAL_WORKFLOW_EXECUTION_SIGNALED);
      expect(await committedEventTypes(target.firstExecutionRunId)).not.toContain(E.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED);
      server = await startServer(port, db.url);
      await expect(within(OUTCOME_MS, () => client.workflow.getHandle(senderId).result(), 'the sender')).resolves.toBe(`signaled:${targetId}`);
      await target.signal(finish);
      await expect(within(OUTCOME_MS, () => target.result(), 'the target')).resolves.toEqual(['x1']);
      const events = await history(targetId);
      expect(eventIdsContiguous(events)).toBe(true);
      expect(ofType(events, E.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED).filter((e) => e.workflowExecutionSignaledEventAttributes?.externalWorkflowExecution?.workflowId === senderId)).toHaveLength(1);
      const sent = await history(senderId);
      expect(eventIdsContiguous(sent)).toBe(true);
      expect(ofType(sent, E.EVENT_TYPE_EXTERNAL_WORKFLOW_EXECUTION_SIGNALED)).toHaveLength(1);
    });

    it('killed after the parent closed but before its TERMINATE policy reached the child: the child is terminated once after the restart', async () => {
      const parentId = `pcp-parent-${taskQueue}`;
      const childId = `${parentId}-child`;
      const parent = await client.workflow.start(restartClosingParent, { taskQueue, workflowId: parentId, args: [childId] });
      await waitUntil('child started', async () => ofType(await history(parentId), E.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_STARTED).length === 1);
      await waitUntil('parent idle', async () => (await history(parentId)).at(-1)?.eventType === E.EVENT_TYPE_WORKFLOW_TASK_COMPLETED);
      await waitUntil('child idle', async () => (await history(childId)).at(-1)?.eventType === E.EVENT_TYPE_WORKFLOW_TASK_COMPLETED);
      const childRunId = (await runsOf(childId))[0]!.runId;
      // Only the policy touches the child's row: lock it, let the parent complete.
      const lock = await holdLock('SELECT 1 FROM temporal.runs WHERE run_id = $1 FOR UPDATE', [childRunId]);
      try {
        await parent.signal(finish);
        await waitUntil('parent closed, child termination blocked', async () => (await runsOf(parentId))[0]?.state === 'completed' && (await commitBlocked()));
        await kill9(server!);
        server = undefined;
      } finally {
        await lock.release();
      }
      expect(await runsOf(childId)).toEqual([{ runId: childRunId, state: 'running' }]);
      server = await startServer(port, db.url);
      await expect(within(OUTCOME_MS, () => parent.result(), 'the parent')).resolves.toBe('parent closed');
      await waitUntil('child terminated', async () => (await runsOf(childId))[0]?.state === 'terminated', OUTCOME_MS);
      expect(await runsOf(childId)).toHaveLength(1);
      const events = await history(childId);
      expect(eventIdsContiguous(events)).toBe(true);
      const terminated = ofType(events, E.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED);
      expect(terminated).toHaveLength(1);
      expect(terminated[0]!.workflowExecutionTerminatedEventAttributes?.reason).toBe('by parent close policy');
    });
  });

  it('cron: the next run comes due while the server is down, starts right after the restart and runs once', async () => {
    const workflowId = `cron-${taskQueue}`;
    const h = await client.workflow.start(restartCron, { taskQueue, workflowId, cronSchedule: '@every 3s' });
    // First run done and its successor waiting for its time: kill, and stay down past it.
    await waitUntil('first cron run closed', async () => (await runsOf(workflowId)).length === 2, 30_000);
    await crash(4_000);
    await waitUntil('two more runs', async () => (await runsOf(workflowId)).filter((r) => r.state === 'completed').length >= 3, 30_000);
    await h.terminate('enough');
    const runs = await runsOf(workflowId);
    const completed = runs.filter((r) => r.state === 'completed');
    // Every completed run ran its body once; the chain is a line (each run continues the previous one).
    for (const r of completed) expect(ticked(`cron:${r.runId}`)).toBe(1);
    const previous = new Map<string, string>();
    for (const r of runs) {
      const started = (await history(workflowId, r.runId))[0]!.workflowExecutionStartedEventAttributes!;
      if (started.continuedExecutionRunId) previous.set(r.runId, started.continuedExecutionRunId);
    }
    expect(previous.size).toBe(runs.length - 1);
    expect(new Set(previous.values()).size).toBe(previous.size);
    for (const r of runs) expect(eventIdsContiguous(await history(workflowId, r.runId))).toBe(true);
  });

  it('workflow retry: the backoff before attempt 2 spans the kill and the attempt runs once after the restart', async () => {
    const workflowId = `wf-retry-${taskQueue}`;
    const h = await client.workflow.start(restartRetried, { taskQueue, workflowId, retry: { initialInterval: '3 seconds', backoffCoefficient: 1, maximumAttempts: 3 } });
    await waitUntil('attempt 2 waiting', async () => (await runsOf(workflowId)).length === 2);
    expect(ticked(`wf-attempt:${workflowId}:2`)).toBe(0);
    await crash(4_000);
    await expect(within(OUTCOME_MS, () => h.result(), 'attempt 2')).resolves.toBe('attempt:2');
    expect(ticked(`wf-attempt:${workflowId}:1`)).toBe(1);
    expect(ticked(`wf-attempt:${workflowId}:2`)).toBe(1);
    expect(ticked(`wf-attempt:${workflowId}:3`)).toBe(0);
    expect((await runsOf(workflowId)).map((r) => r.state).sort()).toEqual(['completed', 'failed']);
  });

  it('activity retry: the backoff before attempt 2 spans the kill and the attempt runs once after the restart', async () => {
    const workflowId = `act-retry-${taskQueue}`;
    const h = await client.workflow.start(restartActivityRetry, { taskQueue, workflowId });
    await waitUntil('attempt 1 failed, attempt 2 in backoff', async () => {
      const a = (await h.describe()).raw.pendingActivities?.[0];
      return !!a?.lastFailure && Number(a.attempt) === 2;
    });
    await crash(4_000);
    await expect(within(OUTCOME_MS, () => h.result(), 'the activity')).resolves.toBe('ok after 2');
    expect(flakyAttempts.get(`act:${workflowId}`)).toBe(2);
    const events = await history(workflowId);
    expect(eventIdsContiguous(events)).toBe(true);
    expect(ofType(events, E.EVENT_TYPE_ACTIVITY_TASK_STARTED).map((e) => e.activityTaskStartedEventAttributes!.attempt)).toEqual([2]);
    expect(ofType(events, E.EVENT_TYPE_ACTIVITY_TASK_COMPLETED)).toHaveLength(1);
  });

  it('continue-as-new: a chain killed twice mid-way ends once, each run ran once, every run but the last continued as new', async () => {
    const workflowId = `chain-${taskQueue}`;
    const h = await client.workflow.start(restartChain, { taskQueue, workflowId, args: [0, 4, 1_500] });
    for (const runs of [2, 4]) {
      // Kill while the newest run sleeps (its timer started), not while an activity is in flight.
      await waitUntil(`run ${runs} asleep`, async () => {
        const r = await runsOf(workflowId);
        if (r.length < runs) return false;
        const d = await client.workflow.getHandle(workflowId).describe();
        return (await history(workflowId, d.runId)).some((e) => e.eventType === E.EVENT_TYPE_TIMER_STARTED);
      });
      await crash(2_000);
    }
    await expect(within(OUTCOME_MS, () => h.result(), 'the chain')).resolves.toBe(4);
    const runs = await runsOf(workflowId);
    expect(runs).toHaveLength(5);
    expect(runs.filter((r) => r.state === 'continuedAsNew')).toHaveLength(4);
    for (let n = 0; n <= 4; n++) expect(ticked(`chain:${workflowId}:${n}`)).toBe(1);
    for (const r of runs) {
      const events = await history(workflowId, r.runId);
      expect(eventIdsContiguous(events)).toBe(true);
      expect(ofType(events, E.EVENT_TYPE_TIMER_FIRED)).toHaveLength(1);
    }
  });

  describe('signal-with-start and workflow-id policies', () => {
    it('signal-with-start after a restart signals the run started before it, or starts a new run of a closed id', async () => {
      const workflowId = `sws-${taskQueue}`;
      const first = await client.workflow.signalWithStart(restartCollector, { taskQueue, workflowId, signal: add, signalArgs: ['a1'] });
      const closedId = `sws-closed-${taskQueue}`;
      const closed = await client.workflow.signalWithStart(restartCollector, { taskQueue, workflowId: closedId, signal: finish, signalArgs: [] });
      await expect(closed.result()).resolves.toEqual([]);
      await crash();
      const again = await client.workflow.signalWithStart(restartCollector, { taskQueue, workflowId, signal: add, signalArgs: ['a2'] });
      expect(again.signaledRunId).toBe(first.signaledRunId);
      await again.signal(finish);
      await expect(again.result()).resolves.toEqual(['a1', 'a2']);
      expect(await runsOf(workflowId)).toHaveLength(1);

      const fresh = await client.workflow.signalWithStart(restartCollector, { taskQueue, workflowId: closedId, signal: add, signalArgs: ['b1'] });
      expect(fresh.signaledRunId).not.toBe(closed.signaledRunId);
      const events = await history(closedId, fresh.signaledRunId);
      expect(events.slice(0, 2).map((e) => e.eventType)).toEqual([E.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED, E.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED]);
      await fresh.signal(finish);
      await expect(fresh.result()).resolves.toEqual(['b1']);
    });

    it('a signal retried with the same request id after the restart is applied once', async () => {
      const workflowId = `sig-retry-${taskQueue}`;
      const h = await client.workflow.start(restartCollector, { taskQueue, workflowId });
      const requestId = randomUUID();
      const signal = () =>
        client.workflowService.signalWorkflowExecution({ namespace: NS, workflowExecution: { workflowId }, signalName: 'add', input: payloads('s1'), requestId, identity: 'restart-test' });
      await signal();
      await crash();
      await signal();
      await h.signal(finish);
      await expect(h.result()).resolves.toEqual(['s1']);
    });

    // A client retry of a call whose answer was lost must not signal twice (the request id dedupes it).
    it('a signal-with-start retried with the same request id after the restart signals once', async () => {
      const workflowId = `sws-retry-${taskQueue}`;
      const requestId = randomUUID();
      const sws = () =>
        client.workflowService.signalWithStartWorkflowExecution({
          namespace: NS, workflowId, workflowType: { name: 'restartCollector' }, taskQueue: { name: taskQueue }, signalName: 'add', signalInput: payloads('w1'), requestId, identity: 'restart-test',
        });
      const firstRun = (await sws()).runId;
      await waitUntil('first task done', async () => (await history(workflowId)).length >= 5);
      await crash();
      expect((await sws()).runId).toBe(firstRun);
      await client.workflow.getHandle(workflowId).signal(finish);
      await expect(client.workflow.getHandle(workflowId).result()).resolves.toEqual(['w1']);
    });

    it('id reuse and conflict policies hold against runs closed or still running before the restart', async () => {
      const closedId = `reuse-closed-${taskQueue}`;
      const openId = `reuse-open-${taskQueue}`;
      const closed = await client.workflow.start(restartCollector, { taskQueue, workflowId: closedId });
      await closed.signal(finish);
      await closed.result();
      const open = await client.workflow.start(restartCollector, { taskQueue, workflowId: openId });
      // A start whose answer "was lost": the same request id is sent again after the restart.
      const retriedId = `reuse-retried-${taskQueue}`;
      const requestId = randomUUID();
      const rawStart = () =>
        client.workflowService.startWorkflowExecution({ namespace: NS, workflowId: retriedId, workflowType: { name: 'restartCollector' }, taskQueue: { name: taskQueue }, requestId, identity: 'restart-test' });
      const retriedRun = (await rawStart()).runId;
      await crash();

      const again = await rawStart();
      expect(again.runId).toBe(retriedRun);
      expect(await runsOf(retriedId)).toHaveLength(1);

      await expect(client.workflow.start(restartCollector, { taskQueue, workflowId: closedId, workflowIdReusePolicy: 'REJECT_DUPLICATE' })).rejects.toBeInstanceOf(WorkflowExecutionAlreadyStartedError);
      await expect(client.workflow.start(restartCollector, { taskQueue, workflowId: closedId, workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY' })).rejects.toBeInstanceOf(
        WorkflowExecutionAlreadyStartedError,
      );
      const reused = await client.workflow.start(restartCollector, { taskQueue, workflowId: closedId, workflowIdReusePolicy: 'ALLOW_DUPLICATE' });
      expect(reused.firstExecutionRunId).not.toBe(closed.firstExecutionRunId);

      await expect(client.workflow.start(restartCollector, { taskQueue, workflowId: openId })).rejects.toBeInstanceOf(WorkflowExecutionAlreadyStartedError);
      const existing = await client.workflow.start(restartCollector, { taskQueue, workflowId: openId, workflowIdConflictPolicy: 'USE_EXISTING' });
      expect(existing.firstExecutionRunId).toBe(open.firstExecutionRunId);
      const replaced = await client.workflow.start(restartCollector, { taskQueue, workflowId: openId, workflowIdConflictPolicy: 'TERMINATE_EXISTING' });
      expect(replaced.firstExecutionRunId).not.toBe(open.firstExecutionRunId);
      expect((await client.workflow.getHandle(openId, open.firstExecutionRunId).describe()).status.name).toBe('TERMINATED');
      expect((await runsOf(openId)).map((r) => r.state).sort()).toEqual(['running', 'terminated']);

      for (const id of [closedId, openId, retriedId]) await client.workflow.getHandle(id).terminate('done');
    });
  });

  it('schedules: killed after an action started its workflow but before the schedule recorded it, the restart starts nothing twice (deterministic request id)', async () => {
    const scheduleId = `restart-schedule-${taskQueue}`;
    const base = `${scheduleId}-wf`;
    // Its own task queue, polled only after the restart: a worker running the scheduled workflow at the instant of
    // the kill would race it (an activity dispatched but never received is only retried after its timeout).
    const scheduledQueue = `${taskQueue}-scheduled`;
    const handle = await client.schedule.create({
      scheduleId,
      spec: { intervals: [{ every: '3 seconds' }] },
      action: { type: 'startWorkflow', workflowType: 'restartScheduled', taskQueue: scheduledQueue, workflowId: base },
    });
    // The schedule's row is written after the start commits: hold it, so the crash falls between the two.
    const lock = await holdLock('SELECT data FROM temporal.schedules WHERE namespace = $1 AND schedule_id = $2 FOR UPDATE', [NS, scheduleId]);
    const lockedCount = (lock.rows[0]!.data as { actionCount: number }).actionCount;
    const scheduledRuns = async () =>
      (await sql(db.url, `SELECT workflow_id, run_id FROM temporal.current_runs WHERE namespace = $1 AND workflow_id LIKE $2`, [NS, `${base}-%`])).map((r) => ({
        workflowId: String(r.workflow_id),
        runId: String(r.run_id),
      }));
    const before = new Set((await scheduledRuns()).map((r) => r.workflowId));
    let started: { workflowId: string; runId: string } | undefined;
    try {
      started = await waitUntil(
        'a scheduled start committed, its schedule write blocked',
        async () => {
          const fresh = (await scheduledRuns()).filter((r) => !before.has(r.workflowId));
          return fresh.length === 1 && (await commitBlocked()) ? fresh[0] : undefined;
        },
        30_000,
      );
      await kill9(server!);
      server = undefined;
    } finally {
      await lock.release();
    }
    // The crash window was hit: the run is durable, the schedule's record of it is not.
    const stored = (await sql(db.url, 'SELECT data FROM temporal.schedules WHERE schedule_id = $1', [scheduleId]))[0]!.data as { actionCount: number };
    expect(stored.actionCount).toBe(lockedCount);
    server = await startServer(port, db.url);
    // The restart replays that nominal time with the same request id: the start answers with the run that exists.
    const replayed = await waitUntil('the replayed action recorded', async () => (await handle.describe()).info.recentActions.find((a) => a.action.workflow.workflowId === started!.workflowId));
    expect(replayed.action.workflow.firstExecutionRunId).toBe(started!.runId);
    await handle.pause('enough');
    const scheduledWorker = await Worker.create({ connection: nativeConnection, taskQueue: scheduledQueue, workflowBundle, activities: { tick: async (key: string) => tickOnce(key) } });
    const scheduledRunning = scheduledWorker.run();
    try {
      await waitUntil('the scheduled run done', async () => ticked(`scheduled:${started!.workflowId}`) >= 1, OUTCOME_MS);
      expect(await runsOf(started!.workflowId)).toHaveLength(1);
      // Every workflow the schedule started, before or after the restart, has one run and ran once.
      const d = await handle.describe();
      for (const a of d.info.recentActions) {
        expect(await runsOf(a.action.workflow.workflowId)).toHaveLength(1);
        await waitUntil(`${a.action.workflow.workflowId} done`, async () => (await runsOf(a.action.workflow.workflowId))[0]?.state === 'completed', OUTCOME_MS);
        expect(ticked(`scheduled:${a.action.workflow.workflowId}`)).toBe(1);
      }
      expect(new Set(d.info.recentActions.map((a) => a.action.workflow.workflowId)).size).toBe(d.info.recentActions.length);
    } finally {
      scheduledWorker.shutdown();
      await scheduledRunning;
    }
    await handle.delete();
  });
});
