import { ApplicationFailure } from '@temporalio/workflow';
import { isDomainError } from '@dondoc/domain';

/**
 * Input the domain refuses (impossible date, missing plan period, bad rule) fails the workflow at
 * once with a non-retryable failure typed by the code, instead of failing workflow tasks forever.
 */
export function invalidInputAsFailure<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isDomainError(e)) throw ApplicationFailure.nonRetryable(e.messageVi, e.code, e.toJSON());
    throw e;
  }
}
