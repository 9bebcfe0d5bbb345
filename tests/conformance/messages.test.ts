// Signals and queries (protocol §6.2, §7.3): trace §4 scenarios signal external, signalWithStart, query on a
// running and on a closed workflow, unknown query type.
import { Client, QueryNotRegisteredError, QueryRejectedError } from '@temporalio/client';
import { collectWorkflow, messagesWorkflow, signalExternalWorkflow, signalMissingWorkflow } from './workflows';
import { appendSignal, failingQuery, finishSignal, stateQuery } from './workflows/definitions';
import {
  eventTypeName,
  expectSubsequence,
  historyEvents,
  historyTypes,
  itStillSkipsTime,
  uniqueId,
  useConformanceEnvironment,
} from './support';

jest.setTimeout(30_000);

const ctx = useConformanceEnvironment({ kind: 'time-skipping' });

describe('signals and queries', () => {
  it('delivers signals in order and answers queries that reflect every earlier signal', async () => {
    const handle = await ctx.client.workflow.start(messagesWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('signals'),
    });
    await handle.signal(appendSignal, 'a');
    await handle.signal(appendSignal, 'b');
    await expect(handle.query(stateQuery)).resolves.toEqual(['a', 'b']);
    await handle.signal(appendSignal, 'c');
    await expect(handle.query(stateQuery)).resolves.toEqual(['a', 'b', 'c']);
    await handle.signal(finishSignal);
    await expect(handle.result()).resolves.toEqual(['a', 'b', 'c']);
    const events = await historyEvents(handle);
    const signaled = events.filter((e) => eventTypeName(e) === 'WorkflowExecutionSignaled');
    expect(signaled.map((e) => e.workflowExecutionSignaledEventAttributes?.signalName)).toEqual([
      'append',
      'append',
      'append',
      'finish',
    ]);
  });

  it('answers a query on a closed workflow by replaying it', async () => {
    const handle = await ctx.client.workflow.start(collectWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('closed-query'),
      args: [2],
    });
    await handle.signal(appendSignal, 'x');
    await handle.signal(appendSignal, 'y');
    await handle.result();
    await expect(handle.query(stateQuery)).resolves.toEqual(['x', 'y']);
  });

  it('rejects a query on a closed workflow when queryRejectCondition is NOT_OPEN', async () => {
    const handle = await ctx.client.workflow.start(collectWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('rejected-query'),
      args: [1],
    });
    await handle.signal(appendSignal, 'x');
    await handle.result();
    const strict = new Client({
      connection: ctx.env.connection,
      namespace: ctx.env.namespace,
      workflow: { queryRejectCondition: 'NOT_OPEN' },
    });
    await expect(strict.workflow.getHandle(handle.workflowId).query(stateQuery)).rejects.toBeInstanceOf(
      QueryRejectedError,
    );
  });

  it('maps an unknown query type and a failing query handler to QueryNotRegisteredError', async () => {
    const handle = await ctx.client.workflow.start(messagesWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('bad-query'),
    });
    await expect(handle.query('no-such-query')).rejects.toBeInstanceOf(QueryNotRegisteredError);
    const failing = handle.query(failingQuery);
    await expect(failing).rejects.toBeInstanceOf(QueryNotRegisteredError);
    await expect(failing).rejects.toThrow(/query handler failed/);
    await handle.terminate('done');
  });

  it('signalWithStart starts a workflow with its signal, then only signals the running one', async () => {
    const workflowId = uniqueId('signal-with-start');
    const first = await ctx.client.workflow.signalWithStart(messagesWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId,
      signal: appendSignal,
      signalArgs: ['first'],
    });
    const second = await ctx.client.workflow.signalWithStart(messagesWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId,
      signal: appendSignal,
      signalArgs: ['second'],
    });
    expect(second.signaledRunId).toBe(first.signaledRunId);
    await first.signal(finishSignal);
    await expect(first.result()).resolves.toEqual(['first', 'second']);
    const types = await historyTypes(first);
    expect(types[0]).toBe('WorkflowExecutionStarted');
    // The first signal is part of the start: it is in history before the first workflow task starts.
    expect(types.indexOf('WorkflowExecutionSignaled')).toBeLessThan(types.indexOf('WorkflowTaskStarted'));
  });

  it('signals another workflow from a workflow (SignalExternalWorkflowExecution)', async () => {
    const target = await ctx.client.workflow.start(collectWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('external-target'),
      args: [1],
    });
    const sender = await ctx.client.workflow.start(signalExternalWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('external-sender'),
      args: [target.workflowId, 'hello from a workflow'],
    });
    await expect(sender.result()).resolves.toBe(`signalled ${target.workflowId} from ${sender.workflowId}`);
    await expect(target.result()).resolves.toEqual(['hello from a workflow']);
    expectSubsequence(await historyTypes(sender), [
      'SignalExternalWorkflowExecutionInitiated',
      'ExternalWorkflowExecutionSignaled',
      'WorkflowExecutionCompleted',
    ]);
    const signaled = (await historyEvents(target)).find((e) => eventTypeName(e) === 'WorkflowExecutionSignaled');
    expect(signaled?.workflowExecutionSignaledEventAttributes?.externalWorkflowExecution?.workflowId).toBe(
      sender.workflowId,
    );
  });

  it('fails a signal to a workflow that does not exist (SignalExternalWorkflowExecutionFailed)', async () => {
    const handle = await ctx.client.workflow.start(signalMissingWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('signal-missing'),
      args: [uniqueId('nobody')],
    });
    await expect(handle.result()).resolves.not.toBe('delivered');
    expectSubsequence(await historyTypes(handle), [
      'SignalExternalWorkflowExecutionInitiated',
      'SignalExternalWorkflowExecutionFailed',
      'WorkflowExecutionCompleted',
    ]);
  });

  it('signalWithStart starts a new run when the previous run is closed', async () => {
    const workflowId = uniqueId('signal-with-start-closed');
    const first = await ctx.client.workflow.start(collectWorkflow, { taskQueue: ctx.taskQueue, workflowId, args: [1] });
    await first.signal(appendSignal, 'first run');
    await first.result();
    const second = await ctx.client.workflow.signalWithStart(collectWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId,
      args: [1],
      signal: appendSignal,
      signalArgs: ['second run'],
    });
    expect(second.signaledRunId).not.toBe(first.firstExecutionRunId);
    await expect(ctx.client.workflow.getHandle(workflowId, second.signaledRunId).result()).resolves.toEqual([
      'second run',
    ]);
  });

  it('delivers a burst of 50 signals exactly once, in order', async () => {
    const values = Array.from({ length: 50 }, (_v, i) => `s${i}`);
    const handle = await ctx.client.workflow.start(collectWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('signal-burst'),
      args: [values.length],
    });
    for (const v of values) await handle.signal(appendSignal, v);
    await expect(handle.result()).resolves.toEqual(values);
    const events = await historyEvents(handle);
    expect(events.filter((e) => eventTypeName(e) === 'WorkflowExecutionSignaled')).toHaveLength(50);
  });
});

itStillSkipsTime(ctx);
