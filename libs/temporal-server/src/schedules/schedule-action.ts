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

/**
 * The StartWorkflowExecution request a schedule sends for one nominal time: the action's fields without its
 * deprecated cron and reuse-policy ones (Temporal's scheduler does not copy them), the scheduled id, and the two
 * scheduler search attributes (the start time in whole seconds, as Temporal writes it).
 */
export function startRequestFor(sw: Obj, scheduleId: string, nominalMs: number, requestId: string): Obj {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { cronSchedule, workflowIdReusePolicy, ...action } = sw;
  const indexed = { ...(((sw.searchAttributes as Obj | undefined)?.indexedFields as Obj | undefined) ?? {}) };
  indexed.TemporalScheduledStartTime = searchAttributePayload('Datetime', new Date(Math.floor(nominalMs / 1000) * 1000).toISOString());
  indexed.TemporalScheduledById = searchAttributePayload('Keyword', scheduleId);
  return {
    ...action,
    workflowId: scheduledWorkflowId(String(sw.workflowId), nominalMs),
    searchAttributes: { indexedFields: indexed },
    identity: 'temporal-scheduler',
    requestId,
    // Like Temporal's scheduler: a new run for each time even if an earlier one closed under the same id.
    workflowIdReusePolicy: 1,
  };
}
