// Histories written by the server replay deterministically in the SDK (protocol §12.1): every event the worker
// needs is present, in an order the worker accepts, with the attributes it checks.
import type { WorkflowHandle, WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import {
  childSeesParentWorkflow,
  continueAsNewWorkflow,
  flakyActivityWorkflow,
  greetWorkflow,
  heartbeatCancelWorkflow,
  latchThenReturnWorkflow,
  localActivityWorkflow,
  messagesWorkflow,
  parallelTimersWorkflow,
  patchedWorkflow,
  upsertWorkflow,
  waitForeverWorkflow,
} from './workflows';
import { appendSignal, appendUpdate, finishSignal } from './workflows/definitions';
import { conformanceWorkflowBundle, uniqueId, useConformanceEnvironment } from './support';
import { conformanceSearchAttributes as sa } from './workflows/search-attribute-keys';

jest.setTimeout(60_000);

const ctx = useConformanceEnvironment({
  kind: 'time-skipping',
  searchAttributes: Object.fromEntries(Object.values(sa).map((k) => [k.name, k.type])),
});

async function settle(handle: WorkflowHandle): Promise<void> {
  await handle.result().catch(() => undefined);
}

describe('replay of server-written histories', () => {
  it('replays every kind of history without nondeterminism', async () => {
    const q = { taskQueue: ctx.taskQueue };
    const handles: WorkflowHandleWithFirstExecutionRunId[] = [];
    const start = async <T extends WorkflowHandleWithFirstExecutionRunId>(p: Promise<T>): Promise<T> => {
      const h = await p;
      handles.push(h);
      return h;
    };

    const greet = await start(
      ctx.client.workflow.start(greetWorkflow, { ...q, workflowId: uniqueId('r-greet'), args: ['r'] }),
    );
    await greet.signal(appendSignal, 'go');
    await start(
      ctx.client.workflow.start(flakyActivityWorkflow, { ...q, workflowId: uniqueId('r-flaky'), args: [2, '10 ms'] }),
    );
    await start(ctx.client.workflow.start(heartbeatCancelWorkflow, { ...q, workflowId: uniqueId('r-hb') }));
    await start(ctx.client.workflow.start(localActivityWorkflow, { ...q, workflowId: uniqueId('r-la'), args: ['r'] }));
    await start(ctx.client.workflow.start(parallelTimersWorkflow, { ...q, workflowId: uniqueId('r-timers') }));
    await start(ctx.client.workflow.start(patchedWorkflow, { ...q, workflowId: uniqueId('r-patched') }));
    await start(ctx.client.workflow.start(continueAsNewWorkflow, { ...q, workflowId: uniqueId('r-can'), args: [1] }));
    await start(
      ctx.client.workflow.start(childSeesParentWorkflow, {
        ...q,
        workflowId: uniqueId('r-parent'),
        args: [uniqueId('r-child')],
      }),
    );
    const messages = await start(
      ctx.client.workflow.start(messagesWorkflow, { ...q, workflowId: uniqueId('r-messages') }),
    );
    await messages.signal(appendSignal, 'a');
    await messages.executeUpdate(appendUpdate, { args: ['b'] });
    await messages.executeUpdate(appendUpdate, { args: ['reject'] }).catch(() => undefined);
    await messages.signal(finishSignal);
    const upsert = await start(
      ctx.client.workflow.start(upsertWorkflow, { ...q, workflowId: uniqueId('r-upsert'), args: [7] }),
    );
    await upsert.executeUpdate(appendUpdate, { args: ['sync'] }); // the upserts are in history once this returns
    await upsert.signal(finishSignal);
    const cancelled = await start(
      ctx.client.workflow.start(waitForeverWorkflow, { ...q, workflowId: uniqueId('r-cancel') }),
    );
    await cancelled.cancel();
    const latch = uniqueId('latch');
    const unhandled = await start(
      ctx.client.workflow.start(latchThenReturnWorkflow, { ...q, workflowId: uniqueId('r-unhandled'), args: [latch] }),
    );
    await ctx.latches.whenEntered(latch);
    await unhandled.signal(appendSignal, 'during');
    ctx.latches.release(latch);

    for (const h of handles) await settle(h);

    const histories = await Promise.all(
      handles.map(async (h) => ({
        workflowId: h.workflowId,
        history: await ctx.client.workflow.getHandle(h.workflowId, h.firstExecutionRunId).fetchHistory(),
      })),
    );
    const failures: string[] = [];
    for await (const result of Worker.runReplayHistories(
      { workflowBundle: await conformanceWorkflowBundle() },
      histories,
    )) {
      if (result.error) failures.push(`${result.workflowId}: ${String(result.error)}`);
    }
    expect(failures).toEqual([]);
  });
});
