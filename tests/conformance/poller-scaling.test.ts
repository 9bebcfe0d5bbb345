// Poller scaling hints (Temporal server 1.28+): poll answers tell autoscaling workers to add a poller when tasks wait
// in the backlog and to drop one when a poll waited long for its task. sdk-core's autoscaling pollers never change
// their count without these hints.
import { waitForeverWorkflow } from './workflows';
import { uniqueId, useConformanceEnvironment } from './support';

jest.setTimeout(30_000);

const ctx = useConformanceEnvironment({ kind: 'local', startWorker: false });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One raw PollWorkflowTaskQueue on `taskQueue`, as a worker's poller sends it. */
async function pollOnce(taskQueue: string) {
  return ctx.client.workflowService.pollWorkflowTaskQueue({
    namespace: ctx.env.namespace ?? 'default',
    taskQueue: { name: taskQueue },
    identity: 'poller-scaling-test',
  });
}

describe('poller scaling hints on poll answers', () => {
  it('a task that waited in the backlog comes with a hint to add a poller', async () => {
    const taskQueue = uniqueId('scaling-backlog');
    const handle = await ctx.client.workflow.start(waitForeverWorkflow, { taskQueue, workflowId: uniqueId('backlog') });
    await sleep(400);
    const answer = await pollOnce(taskQueue);
    expect(answer.workflowExecution?.workflowId).toBe(handle.workflowId);
    expect(answer.pollerScalingDecision?.pollRequestDeltaSuggestion).toBe(1);
    await handle.terminate('done');
  });

  it('a poll that waited over a second for its task comes with a hint to drop a poller', async () => {
    const taskQueue = uniqueId('scaling-idle');
    const answer = pollOnce(taskQueue);
    await sleep(1_300);
    const handle = await ctx.client.workflow.start(waitForeverWorkflow, { taskQueue, workflowId: uniqueId('idle') });
    const got = await answer;
    expect(got.workflowExecution?.workflowId).toBe(handle.workflowId);
    expect(got.pollerScalingDecision?.pollRequestDeltaSuggestion).toBe(-1);
    await handle.terminate('done');
  });
});
