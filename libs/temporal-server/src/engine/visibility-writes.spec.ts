import { createTestEngine, pollWorkflowTask, type TestEngine } from '../__test-support__/test-engine';
import { CommandType, WorkflowExecutionStatus } from '../proto/enums.generated';
import type { CommitBatch, VisibilityRecord } from '../store/execution-store';
import { MemoryExecutionStore } from '../store/memory.store';
import type { Engine } from './engine';
import { signalWorkflow } from './signals.ops';
import { startWorkflow } from './start-workflow.ops';
import { completeWorkflowTask } from './workflow-task-completion.ops';

/** The in-memory store, keeping every visibility row the engine wrote. */
class RecordingStore extends MemoryExecutionStore {
  readonly written: VisibilityRecord[] = [];
  override commit(batch: CommitBatch): void {
    this.written.push(...batch.visibility);
    super.commit(batch);
  }
}

// Like Temporal, the visibility row is written when what it shows changes (start, status, close, memo, search
// attributes), not with every event: on the durable store each write is an indexed row update.
describe('visibility writes', () => {
  let t: TestEngine<RecordingStore>;
  let e: Engine;
  let store: RecordingStore;
  const poll = () => pollWorkflowTask(e);

  beforeEach(() => {
    t = createTestEngine(new RecordingStore());
    ({ engine: e, store } = t);
  });
  afterEach(() => t.stop());

  it('writes the row at start, at a memo change and at close, not for signals or workflow tasks', async () => {
    startWorkflow(e, 'default', { workflowId: 'w1', workflowType: { name: 'wf' }, taskQueue: { name: 'tq' }, requestId: 'r1' });
    expect(store.written.map((v) => v.status)).toEqual([WorkflowExecutionStatus.RUNNING]);

    completeWorkflowTask(e, { taskToken: (await poll()).taskToken, commands: [] });
    signalWorkflow(e, 'default', { workflowExecution: { workflowId: 'w1' }, signalName: 's' });
    completeWorkflowTask(e, {
      taskToken: (await poll()).taskToken,
      commands: [
        {
          commandType: CommandType.MODIFY_WORKFLOW_PROPERTIES,
          modifyWorkflowPropertiesCommandAttributes: { upsertedMemo: { fields: { note: { metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from('"x"') } } } },
        },
      ],
    });
    expect(store.written).toHaveLength(2);
    expect(Object.keys(store.written[1]!.memo)).toEqual(['note']);

    signalWorkflow(e, 'default', { workflowExecution: { workflowId: 'w1' }, signalName: 's' });
    completeWorkflowTask(e, { taskToken: (await poll()).taskToken, commands: [{ commandType: CommandType.COMPLETE_WORKFLOW_EXECUTION }] });
    expect(store.written.map((v) => v.status)).toEqual([WorkflowExecutionStatus.RUNNING, WorkflowExecutionStatus.RUNNING, WorkflowExecutionStatus.COMPLETED]);
    // The closed row carries the final history length.
    expect(store.written[2]!.historyLength).toBe(store.getRun(store.written[2]!.runId)!.history.length);
  });
});
