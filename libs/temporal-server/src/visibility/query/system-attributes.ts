import type { SearchAttributeType } from './search-attribute-type';
import type { VisibilityRecord } from './visibility-record';

/** Names of the built-in attributes the List Filter understands. */
export type SystemAttributeName =
  | 'WorkflowId'
  | 'WorkflowType'
  | 'RunId'
  | 'ExecutionStatus'
  | 'StartTime'
  | 'CloseTime'
  | 'ExecutionTime'
  | 'ExecutionDuration'
  | 'HistoryLength'
  | 'TaskQueue'
  | 'ParentWorkflowId'
  | 'RootWorkflowId';

/** Declared type and backing record field of one system attribute. */
export interface SystemAttributeDefinition {
  readonly type: SearchAttributeType;
  readonly field: Exclude<keyof VisibilityRecord, 'searchAttributes'>;
}

/** System attributes: types as Temporal declares them (ExecutionStatus is a Keyword, ExecutionDuration an Int). */
export const SYSTEM_ATTRIBUTES: ReadonlyMap<SystemAttributeName, SystemAttributeDefinition> = new Map<
  SystemAttributeName,
  SystemAttributeDefinition
>([
  ['WorkflowId', { type: 'Keyword', field: 'workflowId' }],
  ['WorkflowType', { type: 'Keyword', field: 'workflowType' }],
  ['RunId', { type: 'Keyword', field: 'runId' }],
  ['ExecutionStatus', { type: 'Keyword', field: 'executionStatus' }],
  ['StartTime', { type: 'Datetime', field: 'startTime' }],
  ['CloseTime', { type: 'Datetime', field: 'closeTime' }],
  ['ExecutionTime', { type: 'Datetime', field: 'executionTime' }],
  ['ExecutionDuration', { type: 'Int', field: 'executionDuration' }],
  ['HistoryLength', { type: 'Int', field: 'historyLength' }],
  ['TaskQueue', { type: 'Keyword', field: 'taskQueue' }],
  ['ParentWorkflowId', { type: 'Keyword', field: 'parentWorkflowId' }],
  ['RootWorkflowId', { type: 'Keyword', field: 'rootWorkflowId' }],
]);

/** Narrows a name to a system attribute (case-sensitive, like Temporal). */
export function isSystemAttributeName(name: string): name is SystemAttributeName {
  return SYSTEM_ATTRIBUTES.has(name as SystemAttributeName);
}
