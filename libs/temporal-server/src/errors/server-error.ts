/**
 * gRPC status codes as plain numbers, so the engine can raise typed errors without importing @grpc/grpc-js.
 * Values are the canonical codes from grpc/status.
 */
export const Code = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
} as const;
export type CodeValue = (typeof Code)[keyof typeof Code];

/** A typed error detail: a message of `temporal.api.errordetails.v1.*` (or any proto type) packed as `Any`. */
export interface ErrorDetail {
  /** Full proto name, e.g. `temporal.api.errordetails.v1.NotFoundFailure`. */
  readonly typeName: string;
  readonly value: Record<string, unknown>;
}

/** An error the transport maps to a gRPC status (plus an optional `grpc-status-details-bin` detail). */
export class ServerError extends Error {
  constructor(
    readonly code: CodeValue,
    message: string,
    readonly detail?: ErrorDetail,
  ) {
    super(message);
    this.name = 'ServerError';
  }
}

const ED = 'temporal.api.errordetails.v1.';

/** NOT_FOUND for a workflow execution / task / entity. */
export const notFound = (message: string): ServerError =>
  new ServerError(Code.NOT_FOUND, message, { typeName: `${ED}NotFoundFailure`, value: {} });

export const invalidArgument = (message: string, detail?: ErrorDetail): ServerError =>
  new ServerError(Code.INVALID_ARGUMENT, message, detail);

export const namespaceNotFound = (namespace: string): ServerError =>
  new ServerError(Code.NOT_FOUND, `Namespace ${namespace} is not found.`, {
    typeName: `${ED}NamespaceNotFoundFailure`,
    value: { namespace },
  });

export const alreadyStarted = (workflowId: string, startRequestId: string, runId: string): ServerError =>
  new ServerError(Code.ALREADY_EXISTS, `Workflow execution is already running. WorkflowId: ${workflowId}, RunId: ${runId}.`, {
    typeName: `${ED}WorkflowExecutionAlreadyStartedFailure`,
    value: { startRequestId, runId },
  });

export const unimplemented = (what: string): ServerError => new ServerError(Code.UNIMPLEMENTED, `${what} is not implemented`);

export const deadlineExceeded = (message: string): ServerError => new ServerError(Code.DEADLINE_EXCEEDED, message);

export const failedPrecondition = (message: string): ServerError => new ServerError(Code.FAILED_PRECONDITION, message);
