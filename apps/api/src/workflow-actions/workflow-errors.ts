import { randomUUID } from 'node:crypto';
import { DOMAIN_ERROR_MESSAGES, DomainError, type DomainErrorCode } from '@dondoc/domain';
import {
  TemporalUnavailableError,
  WorkflowAlreadyStartedError,
  WorkflowMissingError,
  WorkflowRefusalError,
} from '@dondoc/temporal-client';
import { ApiError } from '../common/api-error';

/**
 * Errors of the Temporal boundary as the API's own: a refusal becomes the `DomainError` it carries
 * (the exception filter maps its code: 409 state conflict, 422 invalid input, 403 not permitted), a
 * missing workflow 404, a second start 409, Temporal down 500 with a Vietnamese message.
 */
export function asApiError(e: unknown): unknown {
  if (e instanceof WorkflowRefusalError) {
    // A refusal that is not a domain rule (e.g. the register's) is a state conflict.
    if (!(e.refusal.code in DOMAIN_ERROR_MESSAGES)) return new ApiError('CONFLICT', e.refusal.messageVi);
    const error = DomainError.fromJson({
      code: e.refusal.code as DomainErrorCode,
      messageVi: e.refusal.messageVi,
      messageEn: e.refusal.messageVi,
      ...(e.refusal.details ? { details: e.refusal.details } : {}),
    });
    // The filter answers with `message`: the workflow's own Vietnamese text.
    Object.defineProperty(error, 'message', { value: e.refusal.messageVi });
    return error;
  }
  if (e instanceof WorkflowMissingError)
    return new ApiError('NOT_FOUND', 'Không tìm thấy quy trình (workflow) của đối tượng này');
  if (e instanceof WorkflowAlreadyStartedError) return new ApiError('CONFLICT', 'Quy trình đã được khởi động');
  // 503 with Retry-After: the request changed nothing and may be repeated (same request id).
  if (e instanceof TemporalUnavailableError)
    return new ApiError('TEMPORAL_UNAVAILABLE', undefined, undefined, { 'Retry-After': '30' });
  return e;
}

/** Runs a Temporal call and rethrows its errors as API errors. */
export async function viaTemporal<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw asApiError(e);
  }
}

/**
 * The Temporal update id of an action: the client's request id scoped by the action, so a repeated
 * request returns the first outcome, and the same key reused for another action does not collide.
 * Without a key each request is new.
 */
export function updateIdOf(action: string, key: string | undefined): string {
  return `${action}:${key ?? randomUUID()}`;
}

/**
 * The same for a step on an object the API knows (its projection exists): a missing workflow means
 * it has finished (an issued plan, an accepted task, a closed duty), so the step is a state conflict.
 */
export async function viaTemporalOnKnown<T>(closedMessageVi: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await viaTemporal(fn);
  } catch (e) {
    if (e instanceof ApiError && e.code === 'NOT_FOUND') throw new ApiError('CONFLICT', closedMessageVi);
    throw e;
  }
}
