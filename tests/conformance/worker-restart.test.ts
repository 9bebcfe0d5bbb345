// Worker shutdown and restart (protocol §7.8, §7.10): ShutdownWorker must release sticky queues; workers without
// a cache (no stickiness) and with a tiny cache (evictions, full-history refetch) still complete workflows.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { collectWorkflow, messagesWorkflow } from './workflows';
import { appendSignal, finishSignal, stateQuery } from './workflows/definitions';
import {
  conformanceWorkflowBundle,
  countOf,
  historyTypes,
  uniqueId,
  useConformanceEnvironment,
  waitFor,
} from './support';

jest.setTimeout(60_000);

/** Longer than any normal hand-over, shorter than the test timeout: a stalled sticky queue is unmistakable. */
const STICKY_TIMEOUT_MS = 20_000;

const ctx = useConformanceEnvironment({ kind: 'local', startWorker: false });

describe('worker shutdown and restart', () => {
  it('hands a cached (sticky) workflow to a new worker without waiting for the sticky timeout', async () => {
    const first = await ctx.startWorker({ stickyQueueScheduleToStartTimeout: STICKY_TIMEOUT_MS });
    const handle = await ctx.client.workflow.start(messagesWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('sticky'),
    });
    await handle.signal(appendSignal, 'before restart');
    await expect(handle.query(stateQuery)).resolves.toEqual(['before restart']);
    await first.stop(); // graceful: ShutdownWorker with the sticky queue name

    const second = await ctx.startWorker();
    const resumedAt = Date.now();
    await handle.signal(appendSignal, 'after restart');
    await expect(handle.query(stateQuery)).resolves.toEqual(['before restart', 'after restart']);
    await handle.signal(finishSignal);
    await expect(handle.result()).resolves.toEqual(['before restart', 'after restart']);
    // Not a speed target: a server that ignores ShutdownWorker only moves the task after the sticky timeout.
    expect(Date.now() - resumedAt).toBeLessThan(STICKY_TIMEOUT_MS / 2);
    expect(countOf(await historyTypes(handle), 'WorkflowTaskTimedOut')).toBe(0);
    await second.stop();
  });

  it('completes workflows on a worker without a cache (no sticky queue, full history every task)', async () => {
    const worker = await ctx.startWorker({ maxCachedWorkflows: 0 });
    const handle = await ctx.client.workflow.start(collectWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('no-cache'),
      args: [3],
    });
    for (const v of ['x', 'y', 'z']) await handle.signal(appendSignal, v);
    await expect(handle.result()).resolves.toEqual(['x', 'y', 'z']);
    await worker.stop();
  });

  it('completes workflows when the cache is smaller than the number of open workflows (evictions)', async () => {
    const worker = await ctx.startWorker({ maxCachedWorkflows: 2, maxConcurrentWorkflowTaskExecutions: 2 });
    const handles = await Promise.all(
      Array.from({ length: 5 }, (_v, i) =>
        ctx.client.workflow.start(collectWorkflow, {
          taskQueue: ctx.taskQueue,
          workflowId: uniqueId(`evict-${i}`),
          args: [3],
        }),
      ),
    );
    for (const v of ['1', '2', '3']) {
      await Promise.all(handles.map((h) => h.signal(appendSignal, v)));
    }
    const results = await Promise.all(handles.map((h) => h.result()));
    expect(results).toEqual(handles.map(() => ['1', '2', '3']));
    await worker.stop();
  });

  it('continues a workflow on a new worker after the first one stopped mid-way', async () => {
    const first = await ctx.startWorker();
    const handle = await ctx.client.workflow.start(collectWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('handover'),
      args: [2],
    });
    await handle.signal(appendSignal, 'one');
    await expect(handle.query(stateQuery)).resolves.toEqual(['one']);
    await first.stop();
    await handle.signal(appendSignal, 'two'); // arrives while no worker polls
    const second = await ctx.startWorker();
    await expect(handle.result()).resolves.toEqual(['one', 'two']);
    await second.stop();
  });

  /** Runs a collectWorkflow(2) on a worker process until 'one' is in its sticky cache, then kills that process. */
  async function runOnKilledWorker(prefix: string) {
    const { codePath } = await conformanceWorkflowBundle();
    const child = spawn(
      process.execPath,
      // Sticky schedule-to-start timeout of 1 s: how long the server waits for the dead worker before falling back.
      [
        join(__dirname, 'support', 'standalone-worker.js'),
        ctx.env.address,
        ctx.env.namespace ?? 'default',
        ctx.taskQueue,
        codePath,
        '1000',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      await waitFor(() => output.includes('READY'), { description: 'standalone worker ready', timeoutMs: 20_000 });
      const handle = await ctx.client.workflow.start(collectWorkflow, {
        taskQueue: ctx.taskQueue,
        workflowId: uniqueId(prefix),
        args: [2],
      });
      await handle.signal(appendSignal, 'one');
      await expect(handle.query(stateQuery)).resolves.toEqual(['one']);
      return handle;
    } finally {
      child.kill('SIGKILL'); // no ShutdownWorker: the run stays sticky to a queue nobody polls
      await waitFor(() => child.exitCode !== null || child.signalCode !== null, { description: 'worker process gone' });
    }
  }

  it('moves the next workflow task of a killed sticky worker to the normal queue', async () => {
    const handle = await runOnKilledWorker('killed-worker-task');
    const worker = await ctx.startWorker();
    await handle.signal(appendSignal, 'two');
    await expect(handle.result()).resolves.toEqual(['one', 'two']);
    await worker.stop();
  });

  it('moves a query for a killed sticky worker to the normal queue after the sticky timeout', async () => {
    const handle = await runOnKilledWorker('killed-worker-query');
    const worker = await ctx.startWorker();
    await expect(handle.query(stateQuery)).resolves.toEqual(['one']);
    await handle.signal(appendSignal, 'two');
    await expect(handle.result()).resolves.toEqual(['one', 'two']);
    await worker.stop();
  });
});
