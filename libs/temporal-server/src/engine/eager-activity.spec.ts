import { createTestEngine, pollWorkflowTask as pollTask, startTestWorkflow, type TestEngine } from '../__test-support__/test-engine';
import type { MemoryExecutionStore } from '../store/memory.store';
import { CommandType, EventType } from '../proto/enums.generated';
import { respondActivityCompleted } from './activity.ops';
import type { Engine } from './engine';
import type { Obj } from './events';
import { completeWorkflowTask } from './workflow-task-completion.ops';

// Eager activity execution: a worker completing a workflow task may ask to run the activities it schedules on its own
// task queue itself; the server starts those attempts and answers with them instead of queueing them for a poll.
describe('eager activity execution', () => {
  let t: TestEngine<MemoryExecutionStore>;
  let e: Engine;
  const pollWorkflowTask = () => pollTask(e);
  const schedule = (activityId: string, options: { eager?: boolean; taskQueue?: string } = {}) => ({
    commandType: CommandType.SCHEDULE_ACTIVITY_TASK,
    scheduleActivityTaskCommandAttributes: {
      activityId,
      activityType: { name: 'echo' },
      input: { payloads: [{ metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from('1') }] },
      taskQueue: { name: options.taskQueue ?? 'tq' },
      startToCloseTimeout: { seconds: 30 },
      requestEagerExecution: options.eager ?? true,
    },
  });
  const activityOf = (runId: string, activityId: string) => {
    const run = e.store.getRun(runId)!;
    return run.activities.get(run.activityIds.get(activityId)!)!;
  };

  beforeEach(() => {
    t = createTestEngine();
    e = t.engine;
  });
  afterEach(() => t.stop());

  const start = () => startTestWorkflow(e);

  it('starts a requested activity on the workflow task queue and answers with it; matching never sees it', async () => {
    const runId = start();
    const res = completeWorkflowTask(e, { taskToken: (await pollWorkflowTask()).taskToken, identity: 'worker-1', commands: [schedule('a1')] });
    const tasks = res.activityTasks as Obj[];
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ activityId: 'a1', activityType: { name: 'echo' }, attempt: 1, workflowExecution: { workflowId: 'w1', runId } });
    expect(activityOf(runId, 'a1')).toMatchObject({ state: 'started', startedIdentity: 'worker-1' });
    expect(e.matching.drain('default', 'activity', 'tq')).toHaveLength(0);
    respondActivityCompleted(e, { taskToken: tasks[0]!.taskToken, result: { payloads: [] } });
    expect(e.store.getRun(runId)!.history.map((h) => h.eventType).slice(-3)).toEqual([EventType.ACTIVITY_TASK_STARTED, EventType.ACTIVITY_TASK_COMPLETED, EventType.WORKFLOW_TASK_SCHEDULED]);
    // Closed, it stays known by id but keeps no payloads (the run record is rewritten at every change).
    expect(activityOf(runId, 'a1')).toMatchObject({ state: 'closed', input: undefined, header: undefined });
  });

  it('queues activities not requested eagerly, on another task queue, or beyond three per completion', async () => {
    const runId = start();
    const res = completeWorkflowTask(e, {
      taskToken: (await pollWorkflowTask()).taskToken,
      identity: 'worker-1',
      commands: [schedule('plain', { eager: false }), schedule('elsewhere', { taskQueue: 'other' }), ...['e1', 'e2', 'e3', 'e4'].map((id) => schedule(id))],
    });
    expect((res.activityTasks as Obj[]).map((t) => t.activityId)).toEqual(['e1', 'e2', 'e3']);
    expect(['plain', 'elsewhere', 'e4'].map((id) => activityOf(runId, id).state)).toEqual(['scheduled', 'scheduled', 'scheduled']);
    expect(e.matching.drain('default', 'activity', 'tq')).toHaveLength(2);
    expect(e.matching.drain('default', 'activity', 'other')).toHaveLength(1);
  });

  it('queues everything when the server does not offer eager execution', async () => {
    e.eagerActivities = false;
    const runId = start();
    const res = completeWorkflowTask(e, { taskToken: (await pollWorkflowTask()).taskToken, identity: 'worker-1', commands: [schedule('a1')] });
    expect(res.activityTasks).toBeUndefined();
    expect(activityOf(runId, 'a1').state).toBe('scheduled');
  });

  it('an eager attempt runs on its start-to-close clock (a worker that never answers is timed out and retried)', async () => {
    const runId = start();
    completeWorkflowTask(e, { taskToken: (await pollWorkflowTask()).taskToken, identity: 'worker-1', commands: [schedule('a1')] });
    const sid = activityOf(runId, 'a1').scheduledEventId;
    expect(t.clock.has(`act-stc:${runId}:${sid}`)).toBe(true);
    expect(t.clock.has(`act-s2s:${runId}:${sid}`)).toBe(false);
  });
});
