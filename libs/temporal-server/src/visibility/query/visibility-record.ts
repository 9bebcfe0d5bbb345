/** Workflow execution statuses as spelled in List Filter queries (`ExecutionStatus = 'Running'`). */
export type ExecutionStatusName =
  'Running' | 'Completed' | 'Failed' | 'Canceled' | 'Terminated' | 'ContinuedAsNew' | 'TimedOut';

/** Statuses in `temporal.api.enums.v1.WorkflowExecutionStatus` order (RUNNING = 1 … TIMED_OUT = 7). */
export const EXECUTION_STATUS_NAMES: readonly ExecutionStatusName[] = [
  'Running',
  'Completed',
  'Failed',
  'Canceled',
  'Terminated',
  'ContinuedAsNew',
  'TimedOut',
];

/** Maps the numeric proto enum `WorkflowExecutionStatus` (1…7) to its query spelling; others → `undefined`. */
export function executionStatusFromProto(value: number): ExecutionStatusName | undefined {
  return EXECUTION_STATUS_NAMES[value - 1];
}

/** Maps a status name to the numeric proto enum `WorkflowExecutionStatus` (1…7). */
export function executionStatusToProto(name: ExecutionStatusName): number {
  return EXECUTION_STATUS_NAMES.indexOf(name) + 1;
}

/**
 * What visibility knows about one workflow run, in plain values: the row a List/Count query is evaluated against
 * (and the columns a SQL store would index). Times are epoch milliseconds; absent values are `null`/omitted.
 */
export interface VisibilityRecord {
  readonly workflowId: string;
  readonly runId: string;
  readonly workflowType: string;
  readonly taskQueue: string;
  readonly executionStatus: ExecutionStatusName;
  /** Epoch ms of WorkflowExecutionStarted. */
  readonly startTime: number;
  /** Epoch ms when the first workflow task was due (start + start delay / backoff); defaults to startTime. */
  readonly executionTime?: number | null;
  /** Epoch ms of the close event; null while running. */
  readonly closeTime?: number | null;
  /** Milliseconds from executionTime to closeTime; null while running. Queried in nanoseconds or as "1h30m". */
  readonly executionDuration?: number | null;
  readonly historyLength: number;
  readonly parentWorkflowId?: string | null;
  readonly rootWorkflowId?: string | null;
  /**
   * Custom search attributes, decoded: Keyword/Text → string, KeywordList → string[], Int/Double → number
   * (bigint accepted), Bool → boolean, Datetime → epoch ms (a Date or an ISO string is accepted too).
   */
  readonly searchAttributes: Readonly<Record<string, unknown>>;
}
