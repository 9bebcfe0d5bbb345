import type { WorkflowHandle } from '@temporalio/client';

/** Number of events in a run's history. */
export async function historyLength(handle: WorkflowHandle): Promise<number> {
  return (await handle.fetchHistory()).events?.length ?? 0;
}
