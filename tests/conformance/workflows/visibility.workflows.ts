import { condition, upsertMemo, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { registerMessageHandlers } from './message-handlers';
import { conformanceSearchAttributes } from './search-attribute-keys';

/** Upserts search attributes and memo, then waits for `finish`; returns the priority it sees. */
export async function upsertWorkflow(priority: number): Promise<unknown> {
  const { finished } = registerMessageHandlers();
  upsertSearchAttributes([
    { key: conformanceSearchAttributes.priority, value: priority },
    { key: conformanceSearchAttributes.tags, value: ['upserted', `p${priority}`] },
  ]);
  upsertMemo({ note: `priority ${priority}` });
  await condition(finished);
  return workflowInfo().typedSearchAttributes.get(conformanceSearchAttributes.priority);
}
