// Updates (protocol §7.4, trace §5): accept/complete, validator rejection, ACCEPTED stage, dedup by update id,
// failure after acceptance, unknown update name.
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { messagesWorkflow } from './workflows';
import { appendUpdate, failingUpdate, finishSignal, stateQuery, waitingUpdate } from './workflows/definitions';
import {
  countOf,
  eventTypeName,
  historyEvents,
  historyTypes,
  itStillSkipsTime,
  uniqueId,
  useConformanceEnvironment,
} from './support';

jest.setTimeout(30_000);

const ctx = useConformanceEnvironment({ kind: 'time-skipping' });

async function startMessages(prefix: string) {
  return ctx.client.workflow.start(messagesWorkflow, { taskQueue: ctx.taskQueue, workflowId: uniqueId(prefix) });
}

describe('updates', () => {
  it('accepts and completes an update; history has UpdateAccepted then UpdateCompleted', async () => {
    const handle = await startMessages('update');
    await expect(handle.executeUpdate(appendUpdate, { args: ['u1'] })).resolves.toEqual(['u1']);
    await expect(handle.executeUpdate(appendUpdate, { args: ['u2'] })).resolves.toEqual(['u1', 'u2']);
    await handle.signal(finishSignal);
    await expect(handle.result()).resolves.toEqual(['u1', 'u2']);
    const events = await historyEvents(handle);
    const types = events.map(eventTypeName);
    expect(countOf(types, 'WorkflowExecutionUpdateAccepted')).toBe(2);
    expect(countOf(types, 'WorkflowExecutionUpdateCompleted')).toBe(2);
    const accepted = events.find((e) => eventTypeName(e) === 'WorkflowExecutionUpdateAccepted');
    const completed = events.find((e) => eventTypeName(e) === 'WorkflowExecutionUpdateCompleted');
    expect(Number(completed?.workflowExecutionUpdateCompletedEventAttributes?.acceptedEventId)).toBe(
      Number(accepted?.eventId),
    );
  });

  it('rejects an update in the validator: WorkflowUpdateFailedError, no UpdateAccepted, state unchanged', async () => {
    const handle = await startMessages('update-reject');
    await handle.executeUpdate(appendUpdate, { args: ['kept'] });
    const rejected = handle.executeUpdate(appendUpdate, { args: ['reject me'] });
    await expect(rejected).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await expect(rejected.catch((e: WorkflowUpdateFailedError) => e.cause)).resolves.toBeInstanceOf(ApplicationFailure);
    await expect(rejected.catch((e: WorkflowUpdateFailedError) => (e.cause as Error).message)).resolves.toMatch(
      /rejected value 'reject me'/,
    );
    await expect(handle.query(stateQuery)).resolves.toEqual(['kept']);
    await handle.signal(finishSignal);
    await handle.result();
    const types = await historyTypes(handle);
    expect(countOf(types, 'WorkflowExecutionUpdateAccepted')).toBe(1);
    expect(countOf(types, 'WorkflowExecutionUpdateCompleted')).toBe(1);
  });

  it('returns at the ACCEPTED stage and completes later through the update handle', async () => {
    const handle = await startMessages('update-accepted');
    const update = await handle.startUpdate(appendUpdate, { args: ['early'], waitForStage: 'ACCEPTED' });
    expect(update.updateId).toBeTruthy();
    await expect(update.result()).resolves.toEqual(['early']);
    // A handle fetched by id reaches the same outcome.
    await expect(handle.getUpdateHandle<string[]>(update.updateId).result()).resolves.toEqual(['early']);
    await handle.signal(finishSignal);
    await handle.result();
  });

  it('deduplicates updates by update id', async () => {
    const handle = await startMessages('update-dedup');
    const first = await handle.executeUpdate(appendUpdate, { args: ['once'], updateId: 'same-id' });
    const second = await handle.executeUpdate(appendUpdate, { args: ['once'], updateId: 'same-id' });
    expect(first).toEqual(['once']);
    expect(second).toEqual(['once']);
    await expect(handle.query(stateQuery)).resolves.toEqual(['once']);
    await handle.signal(finishSignal);
    await handle.result();
    expect(countOf(await historyTypes(handle), 'WorkflowExecutionUpdateAccepted')).toBe(1);
  });

  it('reports a handler failure after acceptance as WorkflowUpdateFailedError with the failure', async () => {
    const handle = await startMessages('update-fails');
    const failed = handle.executeUpdate(failingUpdate, { args: ['x'] });
    await expect(failed).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await expect(failed.catch((e: WorkflowUpdateFailedError) => (e.cause as ApplicationFailure).type)).resolves.toBe(
      'UpdateFailed',
    );
    await handle.signal(finishSignal);
    await handle.result();
    const types = await historyTypes(handle);
    expect(countOf(types, 'WorkflowExecutionUpdateAccepted')).toBe(1);
    expect(countOf(types, 'WorkflowExecutionUpdateCompleted')).toBe(1);
  });

  it('rejects an update the workflow has no handler for', async () => {
    const handle = await startMessages('update-unknown');
    await expect(handle.executeUpdate('noSuchUpdate', { args: [1] })).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await handle.signal(finishSignal);
    await expect(handle.result()).resolves.toEqual([]);
  });

  it('fails an accepted update whose workflow completes before the handler does', async () => {
    const handle = await startMessages('update-orphaned');
    const update = await handle.startUpdate(waitingUpdate, { args: ['pending'], waitForStage: 'ACCEPTED' });
    await handle.signal(finishSignal);
    await expect(handle.result()).resolves.toEqual([]);
    await expect(update.result()).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
  });

  it('handles ten concurrent updates, each exactly once', async () => {
    const handle = await startMessages('update-concurrent');
    const values = Array.from({ length: 10 }, (_v, i) => `u${i}`);
    const results = await Promise.all(values.map((v) => handle.executeUpdate(appendUpdate, { args: [v] })));
    results.forEach((r, i) => expect(r).toContain(values[i]));
    const state = await handle.query(stateQuery);
    expect([...state].sort()).toEqual([...values].sort());
    await handle.signal(finishSignal);
    await handle.result();
    expect(countOf(await historyTypes(handle), 'WorkflowExecutionUpdateCompleted')).toBe(10);
  });
});

itStillSkipsTime(ctx);
