// History paging (protocol §5.4, §6.5): long histories served in pages with contiguous ids, and the worker
// replaying long histories.
import { temporal } from '@temporalio/proto';
import { manyTimersWorkflow, waitForeverWorkflow } from './workflows';
import { finishSignal } from './workflows/definitions';
import {
  eventIds,
  eventTypeName,
  historyEvents,
  stillPendingAfter,
  uniqueId,
  useConformanceEnvironment,
} from './support';

jest.setTimeout(60_000);

const ctx = useConformanceEnvironment({ kind: 'time-skipping' });

describe('history paging', () => {
  it('serves a long history in pages that join into the full, contiguous history', async () => {
    const handle = await ctx.client.workflow.start(manyTimersWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('long-history'),
      args: [60],
    });
    await expect(handle.result()).resolves.toBe(60);
    const full = await historyEvents(handle);
    expect(full.length).toBeGreaterThan(300);

    const paged: temporal.api.history.v1.IHistoryEvent[] = [];
    let pages = 0;
    let nextPageToken: Uint8Array | undefined;
    do {
      const page = await ctx.client.workflowService.getWorkflowExecutionHistory({
        namespace: ctx.env.namespace ?? 'default',
        execution: { workflowId: handle.workflowId, runId: handle.firstExecutionRunId },
        maximumPageSize: 25,
        nextPageToken,
      });
      pages++;
      expect(page.history?.events?.length ?? 0).toBeLessThanOrEqual(25);
      paged.push(...(page.history?.events ?? []));
      nextPageToken = page.nextPageToken?.length ? page.nextPageToken : undefined;
    } while (nextPageToken && pages < 1000);
    expect(pages).toBeGreaterThan(1);
    expect(eventIds(paged)).toEqual(eventIds(full));
    expect(paged.map(eventTypeName)).toEqual(full.map(eventTypeName));
  });

  it('long-polls for the close event only (what result() uses)', async () => {
    const handle = await ctx.client.workflow.start(waitForeverWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('close-event'),
    });
    const closeEvent = ctx.client.workflowService.getWorkflowExecutionHistory({
      namespace: ctx.env.namespace ?? 'default',
      execution: { workflowId: handle.workflowId },
      waitNewEvent: true,
      historyEventFilterType: temporal.api.enums.v1.HistoryEventFilterType.HISTORY_EVENT_FILTER_TYPE_CLOSE_EVENT,
    });
    // While the workflow is open the poll blocks (real server: up to 20 s) instead of answering at once.
    expect(await stillPendingAfter(closeEvent, 300)).toBe('pending');
    await handle.signal(finishSignal);
    const answer = await closeEvent;
    expect((answer.history?.events ?? []).map(eventTypeName)).toEqual(['WorkflowExecutionCompleted']);
  });
});
