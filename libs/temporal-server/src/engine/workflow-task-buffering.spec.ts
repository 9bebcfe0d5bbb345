import { createTestEngine, pollWorkflowTask, startTestWorkflow, type TestEngine } from '../__test-support__/test-engine';
import type { MemoryExecutionStore } from '../store/memory.store';
import { CommandType, EventType } from '../proto/enums.generated';
import { HISTORY_COUNT_LIMIT, type Engine } from './engine';
import type { Obj } from './events';
import { signalWorkflow, terminateWorkflow } from './signals.ops';
import { completeWorkflowTask } from './workflow-task-completion.ops';
import { updateWorkflow } from './updates.ops';
import { packAny } from '../proto/proto-root';

// Engine-level checks of protocol doc §5.3 (buffering while a task is started) without gRPC or an SDK.
describe('workflow task buffering', () => {
  let t: TestEngine<MemoryExecutionStore>;
  let e: Engine;
  const poll = () => pollWorkflowTask<{ history: { events: Obj[] } }>(e);
  const types = (runId: string) => e.store.getRun(runId)!.history.map((h) => h.eventType);

  beforeEach(() => {
    t = createTestEngine();
    e = t.engine;
    e.inlineWorkflowTasks = false;
  });
  afterEach(() => t.stop());

  const start = () => startTestWorkflow(e);

  it('appends a signal that arrives while the task is only scheduled before WorkflowTaskStarted', async () => {
    const runId = start();
    signalWorkflow(e, 'default', { workflowExecution: { workflowId: 'w1' }, signalName: 's' });
    const task = await poll();
    expect(task.history.events.map((h) => h.eventType)).toEqual([
      EventType.WORKFLOW_EXECUTION_STARTED, EventType.WORKFLOW_TASK_SCHEDULED, EventType.WORKFLOW_EXECUTION_SIGNALED, EventType.WORKFLOW_TASK_STARTED,
    ]);
    expect(types(runId)).toHaveLength(4);
  });

  it('buffers a signal during a started task and writes it after the command events', async () => {
    const runId = start();
    const task = await poll();
    signalWorkflow(e, 'default', { workflowExecution: { workflowId: 'w1' }, signalName: 's' });
    expect(types(runId)).toHaveLength(3);
    completeWorkflowTask(e, { taskToken: task.taskToken, commands: [{ commandType: CommandType.START_TIMER, startTimerCommandAttributes: { timerId: 't', startToFireTimeout: { seconds: 60 } } }] });
    expect(types(runId).slice(3)).toEqual([
      EventType.WORKFLOW_TASK_COMPLETED, EventType.TIMER_STARTED, EventType.WORKFLOW_EXECUTION_SIGNALED, EventType.WORKFLOW_TASK_SCHEDULED,
    ]);
  });

  it('refuses to close the run while a signal is buffered (UnhandledCommand) and schedules a new task', async () => {
    const runId = start();
    const task = await poll();
    signalWorkflow(e, 'default', { workflowExecution: { workflowId: 'w1' }, signalName: 's' });
    expect(() => completeWorkflowTask(e, { taskToken: task.taskToken, commands: [{ commandType: CommandType.COMPLETE_WORKFLOW_EXECUTION }] })).toThrow('UnhandledCommand');
    expect(types(runId).slice(3)).toEqual([EventType.WORKFLOW_TASK_FAILED, EventType.WORKFLOW_EXECUTION_SIGNALED, EventType.WORKFLOW_TASK_SCHEDULED]);
    expect(e.store.getRun(runId)!.wft.attempt).toBe(1);
    const next = await poll();
    completeWorkflowTask(e, { taskToken: next.taskToken, commands: [{ commandType: CommandType.COMPLETE_WORKFLOW_EXECUTION }] });
    expect(types(runId).at(-1)).toBe(EventType.WORKFLOW_EXECUTION_COMPLETED);
  });

  it('answers a completion after terminate with NOT_FOUND', async () => {
    start();
    const task = await poll();
    terminateWorkflow(e, 'default', { workflowExecution: { workflowId: 'w1' }, reason: 'x' });
    expect(() => completeWorkflowTask(e, { taskToken: task.taskToken, commands: [] })).toThrow(expect.objectContaining({ code: 5 }));
  });

  it('drops a speculative update task that only rejected (resetHistoryEventId), keeping history unchanged', async () => {
    const runId = start();
    completeWorkflowTask(e, { taskToken: (await poll()).taskToken, commands: [] });
    const before = types(runId).length;
    const outcome = updateWorkflow(e, 'default', { workflowExecution: { workflowId: 'w1' }, request: { meta: { updateId: 'u1' }, input: { name: 'inc' } }, waitPolicy: { lifecycleStage: 3 } }, new AbortController().signal);
    const task = await poll();
    expect((task.messages as Obj[])[0]).toMatchObject({ protocolInstanceId: 'u1', eventId: (task.startedEventId as number) - 1 });
    const body = packAny('temporal.api.update.v1.Rejection', { rejectedRequestMessageId: 'u1/request', failure: { message: 'nope' } });
    const res = completeWorkflowTask(e, { taskToken: task.taskToken, commands: [], messages: [{ id: 'u1/reject', protocolInstanceId: 'u1', body }] });
    expect(res).toEqual({ resetHistoryEventId: 3 });
    expect(types(runId)).toHaveLength(before);
    await expect(outcome).resolves.toMatchObject({ stage: 3, outcome: { failure: { message: 'nope' } } });
  });

  it('terminates a run whose history passes the 51,200-event limit', async () => {
    const runId = start();
    const markers = Array.from({ length: HISTORY_COUNT_LIMIT }, () => ({ commandType: CommandType.RECORD_MARKER, recordMarkerCommandAttributes: { markerName: 'm' } }));
    completeWorkflowTask(e, { taskToken: (await poll()).taskToken, commands: markers });
    const run = e.store.getRun(runId)!;
    expect(run.state).toBe('terminated');
    expect(run.history.at(-1)?.workflowExecutionTerminatedEventAttributes).toMatchObject({ reason: 'Workflow history size / count exceeds limit.' });
  });

  it('dedups a start retried with the same request id', () => {
    const first = start();
    expect(start()).toBe(first);
  });
});
