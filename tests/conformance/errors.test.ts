// Error mapping (protocol §1): gRPC status + error details → the SDK's typed errors.
import {
  Client,
  QueryNotRegisteredError,
  WorkflowExecutionAlreadyStartedError,
  WorkflowFailedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { NamespaceNotFoundError } from '@temporalio/common';
import { collectWorkflow, messagesWorkflow } from './workflows';
import { appendSignal, appendUpdate, finishSignal, stateQuery } from './workflows/definitions';
import { itStillSkipsTime, uniqueId, useConformanceEnvironment } from './support';

jest.setTimeout(30_000);

const ctx = useConformanceEnvironment({ kind: 'time-skipping' });

describe('error mapping', () => {
  it('ALREADY_EXISTS on start → WorkflowExecutionAlreadyStartedError', async () => {
    const workflowId = uniqueId('duplicate');
    const handle = await ctx.client.workflow.start(messagesWorkflow, { taskQueue: ctx.taskQueue, workflowId });
    const duplicate = ctx.client.workflow.start(messagesWorkflow, { taskQueue: ctx.taskQueue, workflowId });
    await expect(duplicate).rejects.toBeInstanceOf(WorkflowExecutionAlreadyStartedError);
    await expect(duplicate).rejects.toMatchObject({ workflowId, workflowType: 'messagesWorkflow' });
    await handle.terminate();
  });

  describe('NOT_FOUND → WorkflowNotFoundError', () => {
    const missing = () => ctx.client.workflow.getHandle(uniqueId('missing'));
    it.each([
      ['describe', () => missing().describe()],
      ['signal', () => missing().signal(appendSignal, 'x')],
      ['query', () => missing().query(stateQuery)],
      ['cancel', () => missing().cancel()],
      ['terminate', () => missing().terminate()],
      ['result', () => missing().result()],
      ['executeUpdate', () => missing().executeUpdate(appendUpdate, { args: ['x'] })],
    ])('for %s of an unknown workflow', async (_name, call) => {
      await expect(call()).rejects.toBeInstanceOf(WorkflowNotFoundError);
    });

    it('fetchHistory of an unknown workflow gets the raw NOT_FOUND status (the client does not map it)', async () => {
      await expect(missing().fetchHistory()).rejects.toMatchObject({ code: 5 });
    });

    it('for a signal, cancel or terminate of a closed workflow', async () => {
      const handle = await ctx.client.workflow.start(collectWorkflow, {
        taskQueue: ctx.taskQueue,
        workflowId: uniqueId('closed'),
        args: [1],
      });
      await handle.signal(appendSignal, 'only');
      await handle.result();
      await expect(handle.signal(appendSignal, 'late')).rejects.toBeInstanceOf(WorkflowNotFoundError);
      await expect(handle.cancel()).rejects.toBeInstanceOf(WorkflowNotFoundError);
      await expect(handle.terminate()).rejects.toBeInstanceOf(WorkflowNotFoundError);
    });

    it('for an unknown run id of a known workflow', async () => {
      const handle = await ctx.client.workflow.start(messagesWorkflow, {
        taskQueue: ctx.taskQueue,
        workflowId: uniqueId('wrong-run'),
      });
      const wrongRun = ctx.client.workflow.getHandle(handle.workflowId, '00000000-0000-4000-8000-000000000000');
      await expect(wrongRun.describe()).rejects.toBeInstanceOf(WorkflowNotFoundError);
      await handle.signal(finishSignal);
      await handle.result();
    });

    it('for an update of a closed workflow', async () => {
      const handle = await ctx.client.workflow.start(collectWorkflow, {
        taskQueue: ctx.taskQueue,
        workflowId: uniqueId('closed-update'),
        args: [1],
      });
      await handle.signal(appendSignal, 'only');
      await handle.result();
      await expect(handle.executeUpdate(appendUpdate, { args: ['late'] })).rejects.toBeInstanceOf(
        WorkflowNotFoundError,
      );
    });
  });

  it('INVALID_ARGUMENT on QueryWorkflow → QueryNotRegisteredError', async () => {
    const handle = await ctx.client.workflow.start(messagesWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('query-error'),
    });
    await expect(handle.query('unregistered')).rejects.toBeInstanceOf(QueryNotRegisteredError);
    await handle.terminate();
  });

  it('NamespaceNotFoundFailure detail → NamespaceNotFoundError', async () => {
    const client = new Client({ connection: ctx.env.connection, namespace: 'dondoc-no-such-namespace' });
    const start = client.workflow.start(messagesWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('no-namespace'),
    });
    await expect(start).rejects.toBeInstanceOf(NamespaceNotFoundError);
    await expect(start).rejects.toMatchObject({ namespace: 'dondoc-no-such-namespace' });
  });

  it('validator rejection → WorkflowUpdateFailedError', async () => {
    const handle = await ctx.client.workflow.start(messagesWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('update-error'),
    });
    await expect(handle.executeUpdate(appendUpdate, { args: [''] })).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await handle.terminate();
  });

  it('terminated workflow → WorkflowFailedError whose cause is a TerminatedFailure', async () => {
    const handle = await ctx.client.workflow.start(messagesWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('terminated'),
    });
    await handle.terminate('because');
    const result = handle.result();
    await expect(result).rejects.toBeInstanceOf(WorkflowFailedError);
    await expect(result.catch((e: WorkflowFailedError) => e.cause?.name)).resolves.toBe('TerminatedFailure');
  });
});

itStillSkipsTime(ctx);
