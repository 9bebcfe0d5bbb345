import { ApplicationFailure } from '@temporalio/common';
import { isDomainError } from '@dondoc/domain';

/**
 * Runs `fn`; a business refusal (`DomainError`) becomes a non-retryable `ApplicationFailure` typed
 * with its code, so the workflow sees it at once instead of retrying a decision that will not change.
 * Anything else (I/O) is rethrown and retried by Temporal.
 */
export async function refusalsAsFailures<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isDomainError(e)) throw ApplicationFailure.nonRetryable(e.messageVi, e.code, e.toJSON());
    throw e;
  }
}
