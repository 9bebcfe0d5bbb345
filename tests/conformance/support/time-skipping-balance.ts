import { sleepWorkflow } from '../workflows';
import type { ConformanceEnvironment } from './conformance-environment';
import { itWithTimeSkipping } from './conformance-environment';
import { uniqueId } from './ids';

const DAY = 86_400_000;

/**
 * Registers a last test for a file: once every workflow of the file has ended, time must still skip. A
 * time-skipping lock leaked on some path of the earlier tests (terminate, cancel, failure, retry…) would make
 * this 30-day sleep hang until the test timeout.
 */
export function itStillSkipsTime(ctx: ConformanceEnvironment): void {
  itWithTimeSkipping('still skips time after every test above (time-skipping locks balanced)', async () => {
    const result = await ctx.client.workflow.execute(sleepWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('lock-balance'),
      args: ['30 days'],
    });
    expect(result.after - result.before).toBeGreaterThanOrEqual(30 * DAY);
  });
}
