// 200 workflows started concurrently (each one activity), on a dev-server style environment (wall clock).
import { flakyActivityWorkflow } from './workflows';
import { uniqueId, useConformanceEnvironment, waitFor } from './support';

jest.setTimeout(90_000);

const ctx = useConformanceEnvironment({ kind: 'local' });

describe('concurrency', () => {
  it('runs 200 concurrent workflows to completion, each with its own history', async () => {
    const prefix = uniqueId('concurrent');
    const handles = await Promise.all(
      Array.from({ length: 200 }, (_v, i) =>
        ctx.client.workflow.start(flakyActivityWorkflow, {
          taskQueue: ctx.taskQueue,
          workflowId: `${prefix}-${i}`,
          args: [1, '1 second'],
        }),
      ),
    );
    expect(new Set(handles.map((h) => h.firstExecutionRunId)).size).toBe(200);
    const results = await Promise.all(handles.map((h) => h.result()));
    expect(results.every((r) => r.attempt === 1)).toBe(true);
    const count = await waitFor(
      async () => {
        const { count } = await ctx.client.workflow.count(
          `TaskQueue = '${ctx.taskQueue}' AND ExecutionStatus = 'Completed'`,
        );
        return count === 200 ? count : undefined;
      },
      { description: '200 completed workflows in visibility' },
    );
    expect(count).toBe(200);
  });
});
