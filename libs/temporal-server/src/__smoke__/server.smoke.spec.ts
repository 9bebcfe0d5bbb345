import { Client, Connection, WorkflowUpdateFailedError } from '@temporalio/client';
import { InternalConnectionOptionsSymbol } from '@temporalio/client/lib/connection';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { startTemporalServer, type TemporalServerHandle } from '../index';

// End-to-end smoke with the real SDK against the in-process server (time skipping, so the 1-day sleep is instant).
describe('embedded Temporal server smoke', () => {
  let server: TemporalServerHandle;
  let client: Client;
  let worker: Worker;
  let running: Promise<void>;

  beforeAll(async () => {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    server = await startTemporalServer({ port: 0, timeSkipping: true });
    const connection = await NativeConnection.connect({ address: server.address });
    worker = await Worker.create({
      connection,
      taskQueue: 'smoke',
      workflowsPath: require.resolve('./smoke.workflows'),
      activities: { greet: async (name: string) => `Hello, ${name}` },
    });
    running = worker.run();
    const clientConnection = await Connection.connect({
      address: server.address,
      // Same switch TestWorkflowEnvironment uses to expose TestService on a connection.
      [InternalConnectionOptionsSymbol]: { supportsTestService: true },
    } as Parameters<typeof Connection.connect>[0]);
    client = new Client({ connection: clientConnection });
    // The test client holds no time-skipping lock of its own: release the initial one so timers can skip.
    await clientConnection.testService!.unlockTimeSkipping({});
  }, 60_000);

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await server?.stop();
  });

  it('runs signal, query, activity and a 1-day timer', async () => {
    const h = await client.workflow.start('hello', { taskQueue: 'smoke', workflowId: 'smoke-hello', args: ['dondoc'] });
    await h.signal('add', 'a');
    expect(await h.query('items')).toEqual(['a']);
    expect(await h.result()).toBe('Hello, dondoc a');
  });

  it('runs updates and rejects through the validator', async () => {
    const h = await client.workflow.start('counter', { taskQueue: 'smoke', workflowId: 'smoke-counter' });
    expect(await h.executeUpdate('inc', { args: [4] })).toBe(4);
    await expect(h.executeUpdate('inc', { args: [-1] })).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    expect(await h.executeUpdate('inc', { args: [6] })).toBe(10);
    expect(await h.result()).toBe(10);
  });

  it('runs a child workflow', async () => {
    expect(await client.workflow.execute('parent', { taskQueue: 'smoke', workflowId: 'smoke-parent' })).toBe(42);
  });
});
