import { RetryState } from '../proto/enums.generated';
import { dur, durMs } from '../util/time';
import type { Obj } from './events';
import type { RetryPolicy } from './run-state';

/** Applies Temporal's retry-policy defaults (1 s initial, ×2, max 100 × initial, unlimited attempts). */
export function normalizeRetryPolicy(p: Obj | undefined | null): RetryPolicy {
  const initialIntervalMs = durMs(p?.initialInterval as Obj) || 1000;
  const backoffCoefficient = Number(p?.backoffCoefficient ?? 0) || 2;
  const maximumIntervalMs = durMs(p?.maximumInterval as Obj) || 100 * initialIntervalMs;
  return {
    initialIntervalMs,
    backoffCoefficient,
    maximumIntervalMs,
    maximumAttempts: Number(p?.maximumAttempts ?? 0),
    nonRetryableErrorTypes: ((p?.nonRetryableErrorTypes as string[] | undefined) ?? []).slice(),
  };
}

/** RetryPolicy → proto object. */
export function retryPolicyProto(p: RetryPolicy): Obj {
  return {
    initialInterval: dur(p.initialIntervalMs),
    backoffCoefficient: p.backoffCoefficient,
    maximumInterval: dur(p.maximumIntervalMs),
    maximumAttempts: p.maximumAttempts,
    nonRetryableErrorTypes: p.nonRetryableErrorTypes,
  };
}

export type RetryDecision = { retry: true; delayMs: number } | { retry: false; retryState: number };

/**
 * Should attempt `attempt` (which just failed with `failure`) be retried? Non-retryable application failures,
 * listed error types, exhausted attempts and passing `deadline` (epoch ms, 0 = none) stop the retries.
 */
export function decideRetry(policy: RetryPolicy | undefined, attempt: number, failure: Obj | undefined, now: number, deadline: number): RetryDecision {
  if (!policy) return { retry: false, retryState: RetryState.RETRY_POLICY_NOT_SET };
  const app = failure?.applicationFailureInfo as Obj | undefined;
  const timeout = failure?.timeoutFailureInfo as Obj | undefined;
  if (app?.nonRetryable) return { retry: false, retryState: RetryState.NON_RETRYABLE_FAILURE };
  const type = app ? String(app.type ?? '') : timeout ? `TemporalTimeout:${timeoutName(Number(timeout.timeoutType))}` : '';
  if (type && policy.nonRetryableErrorTypes.includes(type)) return { retry: false, retryState: RetryState.NON_RETRYABLE_FAILURE };
  if (failure?.canceledFailureInfo || failure?.terminatedFailureInfo) return { retry: false, retryState: RetryState.NON_RETRYABLE_FAILURE };
  if (policy.maximumAttempts > 0 && attempt >= policy.maximumAttempts) return { retry: false, retryState: RetryState.MAXIMUM_ATTEMPTS_REACHED };
  const explicit = app?.nextRetryDelay ? durMs(app.nextRetryDelay as Obj) : 0;
  const delayMs = explicit || Math.min(policy.initialIntervalMs * Math.pow(policy.backoffCoefficient, attempt - 1), policy.maximumIntervalMs);
  if (deadline > 0 && now + delayMs >= deadline) return { retry: false, retryState: RetryState.TIMEOUT };
  return { retry: true, delayMs };
}

const timeoutName = (t: number) => ['Unspecified', 'StartToClose', 'ScheduleToStart', 'ScheduleToClose', 'Heartbeat'][t] ?? 'Unspecified';
