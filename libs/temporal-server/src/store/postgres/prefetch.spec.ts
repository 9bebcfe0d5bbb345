import { refsOf } from './prefetch';

describe('refsOf (what an RPC names, to load before the engine runs it)', () => {
  it('finds executions, task tokens and history page tokens', () => {
    expect(refsOf({ namespace: 'default', workflowExecution: { workflowId: 'wf-1', runId: 'run-1' } })).toEqual({ workflowIds: ['wf-1'], runIds: ['run-1'] });
    expect(refsOf({ taskToken: Buffer.from('w|run-2|3') }).runIds).toEqual(['run-2']);
    expect(refsOf({ taskToken: Buffer.from('a|run-3|5|1') }).runIds).toEqual(['run-3']);
    expect(refsOf({ taskToken: Buffer.from('q|query-1') }).runIds).toEqual([]);
    expect(refsOf({ nextPageToken: Buffer.from(JSON.stringify({ r: 'run-4', f: 3, t: 0 })) }).runIds).toEqual(['run-4']);
  });

  it('finds the targets of commands in a workflow-task completion, not inside payload bytes', () => {
    const req = {
      taskToken: Buffer.from('w|parent-run|1'),
      commands: [
        { signalExternalWorkflowExecutionCommandAttributes: { execution: { workflowId: 'target', runId: '' }, input: { payloads: [{ data: Buffer.from('{"workflowId":"no"}') }] } } },
        { startChildWorkflowExecutionCommandAttributes: { workflowId: 'child' } },
      ],
    };
    expect(refsOf(req)).toEqual({ workflowIds: ['target', 'child'], runIds: ['parent-run'] });
  });
});
