import type { Obj } from '../engine/events';
import { invalidArgument } from '../errors/server-error';

const ENCODING = Buffer.from('json/plain');

/** A search attribute payload as the SDK writes it (json/plain with a `type` metadata entry). */
export function searchAttributePayload(type: 'Datetime' | 'Keyword', value: string): Obj {
  return { metadata: { encoding: ENCODING, type: Buffer.from(type) }, data: Buffer.from(JSON.stringify(value)) };
}

/** Temporal's id of a scheduled run: `<action workflow id>-<nominal time, RFC 3339 in UTC, whole seconds>`. */
export function scheduledWorkflowId(baseId: string, nominalMs: number): string {
  return `${baseId}-${new Date(Math.floor(nominalMs / 1000) * 1000).toISOString().replace('.000Z', 'Z')}`;
}

/** Checks the action of a schedule: only startWorkflow exists, with id, type and task queue. */
export function validateAction(action: Obj | undefined): Obj {
  const sw = action?.startWorkflow as Obj | undefined;
  if (!sw) throw invalidArgument('Schedule action is missing: only startWorkflow is supported.');
  if (!sw.workflowId) throw invalidArgument('Schedule action startWorkflow has no workflow ID.');
  if (!(sw.workflowType as Obj | undefined)?.name) throw invalidArgument('Schedule action startWorkflow has no workflow type.');
  if (!(sw.taskQueue as Obj | undefined)?.name) throw invalidArgument('Schedule action startWorkflow has no task queue.');
  return sw;
}

/** The StartWorkflowExecution request a schedule sends for one nominal time. */
export function startRequestFor(sw: Obj, scheduleId: string, nominalMs: number, requestId: string): Obj {
  const indexed = { ...(((sw.searchAttributes as Obj | undefined)?.indexedFields as Obj | undefined) ?? {}) };
  indexed.TemporalScheduledStartTime = searchAttributePayload('Datetime', new Date(nominalMs).toISOString());
  indexed.TemporalScheduledById = searchAttributePayload('Keyword', scheduleId);
  return {
    ...sw,
    workflowId: scheduledWorkflowId(String(sw.workflowId), nominalMs),
    searchAttributes: { indexedFields: indexed },
    identity: 'temporal-scheduler',
    requestId,
    // Like Temporal's scheduler: a new run for each time even if an earlier one closed under the same id.
    workflowIdReusePolicy: 1,
  };
}
