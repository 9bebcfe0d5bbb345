import { invalidArgument } from '../errors/server-error';
import type { Engine } from './engine';
import type { Obj } from './events';
import { startWorkflow } from './start-workflow.ops';
import { updateWorkflow } from './updates.ops';

/**
 * ExecuteMultiOperation (update-with-start): start (or reuse, per the conflict policy) then admit the update, in the
 * same event-loop turn so nothing interleaves; then wait for the update's stage like UpdateWorkflowExecution.
 */
export async function executeMultiOperation(e: Engine, namespace: string, req: Obj, signal: AbortSignal): Promise<Obj> {
  const ops = (req.operations as Obj[] | undefined) ?? [];
  const start = ops[0]?.startWorkflow as Obj | undefined;
  const update = ops[1]?.updateWorkflow as Obj | undefined;
  if (ops.length !== 2 || !start || !update) throw invalidArgument('ExecuteMultiOperation supports exactly [startWorkflow, updateWorkflow].');
  if (!Number(start.workflowIdConflictPolicy ?? 0)) throw invalidArgument('Update-with-start requires a workflow id conflict policy.');
  const started = startWorkflow(e, namespace, { ...start, namespace });
  const updated = updateWorkflow(e, namespace, { ...update, namespace, workflowExecution: { workflowId: start.workflowId, runId: started.runId } }, signal);
  return { responses: [{ startWorkflow: started }, { updateWorkflow: await updated }] };
}
