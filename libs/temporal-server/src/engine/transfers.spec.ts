import { createTestEngine, pollWorkflowTask, startTestWorkflow, type TestEngine } from '../__test-support__/test-engine';
import { CommandType, EventType } from '../proto/enums.generated';
import type { CommitBatch, StoredTransfer } from '../store/execution-store';
import { MemoryExecutionStore } from '../store/memory.store';
import { runTransfer } from './children.ops';
import type { Engine } from './engine';
import type { Obj } from './events';
import { completeWorkflowTask } from './workflow-task-completion.ops';

/** The memory store, keeping the transfer ops of every batch (what a durable store writes). */
class RecordingStore extends MemoryExecutionStore {
  readonly ops: Array<{ id: string; owed: boolean }> = [];
  readonly owed = new Map<string, StoredTransfer>();
  override commit(batch: CommitBatch): void {
    for (const op of batch.transfers ?? []) {
      this.ops.push({ id: op.id, owed: !!op.transfer });
      if (op.transfer) this.owed.set(op.id, op.transfer);
    }
    super.commit(batch);
  }
}

// Cross-run effects are transfers: owed in the unit of work that causes them, done in the one that carries them out,
// and carrying one out again (what recovery does after a crash between the two commits) changes nothing.
describe('transfers (cross-run effects)', () => {
  let harness: TestEngine<RecordingStore>;
  let e: Engine;
  let store: RecordingStore;
  const poll = () => pollWorkflowTask<{ workflowExecution: { workflowId: string; runId: string } }>(e);
  const types = (runId: string) => store.getRun(runId)!.history.map((h) => h.eventType);
  const count = (runId: string, type: number) => types(runId).filter((t) => t === type).length;
  const start = (workflowId: string) => startTestWorkflow(e, workflowId, workflowId);
  const complete = async (commands: Obj[]) => completeWorkflowTask(e, { taskToken: (await poll()).taskToken, commands });
  const owedTransfer = (kind: StoredTransfer['kind']): StoredTransfer => {
    const t = [...store.owed.values()].find((x) => x.kind === kind);
    if (!t) throw new Error(`no ${kind} transfer`);
    return t;
  };

  beforeEach(() => {
    harness = createTestEngine(new RecordingStore());
    ({ engine: e, store } = harness);
    e.inlineWorkflowTasks = false;
  });
  afterEach(() => harness.stop());

  const startChildCommand = { commandType: CommandType.START_CHILD_WORKFLOW_EXECUTION, startChildWorkflowExecutionCommandAttributes: { workflowId: 'child', workflowType: { name: 'wf' }, taskQueue: { name: 'tq' } } };
  const completeCommand = { commandType: CommandType.COMPLETE_WORKFLOW_EXECUTION, completeWorkflowExecutionCommandAttributes: {} };

  it('a child start is owed with StartChildWorkflowExecutionInitiated, done with the child, and never starts the child twice', async () => {
    const parentId = start('parent');
    await complete([startChildCommand]);
    const t = owedTransfer('startChild');
    expect(t).toMatchObject({ runId: parentId, target: { namespace: 'default', workflowId: 'child' } });
    expect(store.ops.filter((o) => o.id === t.id)).toEqual([{ id: t.id, owed: true }, { id: t.id, owed: false }]);
    const childRunId = store.currentRunId('default', 'child')!;
    runTransfer(e, t);
    expect(store.currentRunId('default', 'child')).toBe(childRunId);
    expect(count(parentId, EventType.CHILD_WORKFLOW_EXECUTION_STARTED)).toBe(1);
    expect(count(parentId, EventType.START_CHILD_WORKFLOW_EXECUTION_FAILED)).toBe(0);
  });

  /** After the parent's StartChild: the child's first task and the parent's (ChildWorkflowExecutionStarted), both polled. */
  const bothTasks = async () => {
    const tasks = [await poll(), await poll()];
    const of = (id: string) => tasks.find((t) => t.workflowExecution.workflowId === id)!;
    return { child: of('child'), parent: of('parent') };
  };

  it("a child's close reaches its parent once, however often the transfer runs", async () => {
    const parentId = start('parent');
    await complete([startChildCommand]);
    const { child, parent } = await bothTasks();
    completeWorkflowTask(e, { taskToken: parent.taskToken, commands: [] });
    completeWorkflowTask(e, { taskToken: child.taskToken, commands: [completeCommand] });
    const t = owedTransfer('childClosed');
    expect(t.target.runId).toBe(parentId);
    expect(count(parentId, EventType.CHILD_WORKFLOW_EXECUTION_COMPLETED)).toBe(1);
    runTransfer(e, t);
    expect(count(parentId, EventType.CHILD_WORKFLOW_EXECUTION_COMPLETED)).toBe(1);
  });

  it('an external signal is delivered once, however often the transfer runs', async () => {
    const targetId = start('target');
    await complete([]);
    const senderId = start('sender');
    await complete([{ commandType: CommandType.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION, signalExternalWorkflowExecutionCommandAttributes: { execution: { workflowId: 'target' }, signalName: 's' } }]);
    const t = owedTransfer('signalExternal');
    expect(count(targetId, EventType.WORKFLOW_EXECUTION_SIGNALED)).toBe(1);
    runTransfer(e, t);
    expect(count(targetId, EventType.WORKFLOW_EXECUTION_SIGNALED)).toBe(1);
    expect(count(senderId, EventType.EXTERNAL_WORKFLOW_EXECUTION_SIGNALED)).toBe(1);
  });

  it('the TERMINATE parent-close policy is owed with the parent close and terminates the child once', async () => {
    start('parent');
    await complete([startChildCommand]);
    const { child, parent } = await bothTasks();
    completeWorkflowTask(e, { taskToken: child.taskToken, commands: [] });
    completeWorkflowTask(e, { taskToken: parent.taskToken, commands: [completeCommand] });
    const t = owedTransfer('parentClose');
    expect(t.target.workflowId).toBe('child');
    const childRunId = child.workflowExecution.runId;
    expect(store.getRun(childRunId)!.state).toBe('terminated');
    runTransfer(e, t);
    expect(count(childRunId, EventType.WORKFLOW_EXECUTION_TERMINATED)).toBe(1);
  });
});
