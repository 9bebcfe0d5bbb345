import type { Client, WorkflowHandle } from '@temporalio/client';

/** Handles of every run of a workflow chain, first to last, following continue-as-new events. */
export async function runsOf(client: Client, workflowId: string, firstRunId: string): Promise<WorkflowHandle[]> {
  const handles: WorkflowHandle[] = [];
  for (let runId: string | undefined = firstRunId; runId; ) {
    const handle: WorkflowHandle = client.workflow.getHandle(workflowId, runId);
    handles.push(handle);
    const history = await handle.fetchHistory();
    const events = history.events ?? [];
    runId = events.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
  }
  return handles;
}
