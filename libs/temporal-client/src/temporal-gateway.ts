import {
  ApplicationFailure,
  Client,
  Connection,
  type QueryDefinition,
  type UpdateDefinition,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import {
  type AssignedTaskInput,
  type LeaderDigestInput,
  type PlanLifecycleInput,
  REFUSED_FAILURE_TYPE,
  type RefusalDetails,
  type ReportingDutyInput,
  type WORKFLOW_TYPES,
  type WorkflowTypeName,
} from '@dondoc/contracts';

/** The input of each workflow type, by its contract name. */
export interface WorkflowInputs {
  [WORKFLOW_TYPES.planLifecycle]: PlanLifecycleInput;
  [WORKFLOW_TYPES.assignedTask]: AssignedTaskInput;
  [WORKFLOW_TYPES.reportingDuty]: ReportingDutyInput;
  [WORKFLOW_TYPES.leaderDigest]: LeaderDigestInput;
}

/** Where the Temporal server is and which queue dondoc's worker listens on. */
export interface TemporalGatewayOptions {
  /** host:port, or null when Temporal is not configured (every call then fails with {@link TemporalUnavailableError}). */
  address: string | null;
  namespace: string;
  taskQueue: string;
}

/** Temporal is not configured or cannot be reached. */
export class TemporalUnavailableError extends Error {
  override readonly name = 'TemporalUnavailableError';
}

/** No workflow with this id (never started, or its history is gone). */
export class WorkflowMissingError extends Error {
  override readonly name = 'WorkflowMissingError';
  constructor(readonly workflowId: string) {
    super(`workflow ${workflowId} not found`);
  }
}

/** A workflow with this id already runs (ids are deterministic: one plan, one lifecycle). */
export class WorkflowAlreadyStartedError extends Error {
  override readonly name = 'WorkflowAlreadyStartedError';
  constructor(readonly workflowId: string) {
    super(`workflow ${workflowId} already started`);
  }
}

/** A human step refused by the workflow's validator or handler (`DomainRefusal`), with its code and Vietnamese message. */
export class WorkflowRefusalError extends Error {
  override readonly name = 'WorkflowRefusalError';
  constructor(readonly refusal: RefusalDetails) {
    super(refusal.messageVi);
  }
}

/**
 * The API's one door to Temporal: a lazily connected `Client` (first use connects; a failed connect
 * is retried on the next call), typed start/update/query by contract definitions and workflow type
 * names only — it never imports workflow code. Errors come back as the classes above.
 */
export class TemporalGateway {
  private connecting: Promise<{ connection: Connection; client: Client }> | undefined;

  constructor(readonly options: TemporalGatewayOptions) {}

  /** The connected client (connects on first use). */
  async client(): Promise<Client> {
    return (await this.connect()).client;
  }

  /** Starts `type` with the contract's input under a deterministic id; refuses a second start of the same id. */
  async start<T extends WorkflowTypeName>(type: T, workflowId: string, input: WorkflowInputs[T]): Promise<void> {
    const client = await this.client();
    try {
      await client.workflow.start(type, { taskQueue: this.options.taskQueue, workflowId, args: [input] });
    } catch (e) {
      if (e instanceof WorkflowExecutionAlreadyStartedError) throw new WorkflowAlreadyStartedError(workflowId);
      throw translate(e, workflowId);
    }
  }

  /**
   * Runs an update and returns its outcome. `updateId` is the client's request id: the server
   * answers a repeated id with the first outcome instead of applying the step twice.
   */
  async update<Ret, Arg>(
    workflowId: string,
    def: UpdateDefinition<Ret, [Arg], string>,
    arg: Arg,
    updateId: string,
  ): Promise<Ret> {
    const client = await this.client();
    try {
      return await client.workflow.getHandle(workflowId).executeUpdate(def, { args: [arg], updateId });
    } catch (e) {
      throw translate(e, workflowId);
    }
  }

  /** Runs a query on the current run. */
  async query<Ret>(workflowId: string, def: QueryDefinition<Ret, [], string>): Promise<Ret> {
    const client = await this.client();
    try {
      return await client.workflow.getHandle(workflowId).query(def);
    } catch (e) {
      throw translate(e, workflowId);
    }
  }

  /** Closes the connection if one was made. */
  async close(): Promise<void> {
    const pending = this.connecting;
    this.connecting = undefined;
    if (!pending) return;
    const c = await pending.catch(() => undefined);
    await c?.connection.close();
  }

  private connect(): Promise<{ connection: Connection; client: Client }> {
    const { address, namespace } = this.options;
    if (!address) return Promise.reject(new TemporalUnavailableError('Temporal is not configured (TEMPORAL_ADDRESS)'));
    this.connecting ??= Connection.connect({ address, connectTimeout: '5 seconds' })
      .then((connection) => ({ connection, client: new Client({ connection, namespace }) }))
      .catch((e: unknown) => {
        this.connecting = undefined;
        throw new TemporalUnavailableError(`Temporal ${address}: ${e instanceof Error ? e.message : String(e)}`);
      });
    return this.connecting;
  }
}

/** The refusal carried by a failure, if it is one (validator rejections arrive as WorkflowUpdateFailedError). */
export function refusalOf(error: unknown): RefusalDetails | undefined {
  const cause = error instanceof WorkflowUpdateFailedError ? error.cause : error;
  if (!(cause instanceof ApplicationFailure) || cause.type !== REFUSED_FAILURE_TYPE) return undefined;
  const details = cause.details?.[0] as RefusalDetails | undefined;
  return details && typeof details.code === 'string' ? details : { code: 'REFUSED', messageVi: cause.message };
}

function translate(e: unknown, workflowId: string): unknown {
  const refusal = refusalOf(e);
  if (refusal) return new WorkflowRefusalError(refusal);
  if (e instanceof WorkflowNotFoundError) return new WorkflowMissingError(workflowId);
  if (isUnavailable(e)) return new TemporalUnavailableError(`Temporal: ${e instanceof Error ? e.message : String(e)}`);
  return e;
}

/** gRPC status UNAVAILABLE (grpc-js is not a dependency of this package). */
const GRPC_UNAVAILABLE = 14;

/** gRPC UNAVAILABLE anywhere in the cause chain: the server went away after the client connected (the SDK's retries gave up). */
export function isUnavailable(e: unknown): boolean {
  for (let c: unknown = e, depth = 0; c && typeof c === 'object' && depth < 5; c = (c as { cause?: unknown }).cause, depth++) {
    if ((c as { code?: unknown }).code === GRPC_UNAVAILABLE) return true;
  }
  return false;
}
