import { ApplicationFailure } from '@temporalio/workflow';
import { REFUSED_FAILURE_TYPE, type RefusalDetails } from '@dondoc/contracts';
import type { DomainError } from '@dondoc/domain';

/**
 * A business refusal as the failure an update validator (or handler) throws: type
 * `DomainRefusal`, the Vietnamese message, the code and details as the failure's details.
 */
export function refusal(error: DomainError): ApplicationFailure {
  const details: RefusalDetails = { code: error.code, messageVi: error.messageVi, ...(error.details ? { details: error.details } : {}) };
  return ApplicationFailure.create({ type: REFUSED_FAILURE_TYPE, message: error.messageVi, details: [details], nonRetryable: true });
}

/** A refusal that is not a domain rule (e.g. "not an invitee"), with its own code. */
export function refusalOf(code: string, messageVi: string, details?: Record<string, unknown>): ApplicationFailure {
  const body: RefusalDetails = { code, messageVi, ...(details ? { details } : {}) };
  return ApplicationFailure.create({ type: REFUSED_FAILURE_TYPE, message: messageVi, details: [body], nonRetryable: true });
}
