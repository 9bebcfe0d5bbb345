import { ApplicationFailure, Context } from '@temporalio/activity';
import type { LatchRegistry } from '../support/latch-registry';

/** What the server told the worker about the attempt that succeeded. */
export interface AttemptInfo {
  readonly attempt: number;
  readonly scheduledTimestampMs: number;
  readonly currentAttemptScheduledTimestampMs: number;
}

/** What the conformance activities depend on (explicit, per worker). */
export interface ConformanceActivityDeps {
  readonly latches: LatchRegistry;
}

/** Activities used by the conformance workflows; a factory over explicit dependencies. */
export function createConformanceActivities(deps: ConformanceActivityDeps) {
  return {
    async greet(name: string): Promise<string> {
      return `Hello, ${name}`;
    },

    /** Fails with a retryable error until `succeedOnAttempt`, then returns the attempt number. */
    async flaky(succeedOnAttempt: number): Promise<AttemptInfo> {
      const { attempt, scheduledTimestampMs, currentAttemptScheduledTimestampMs } = Context.current().info;
      if (attempt < succeedOnAttempt) throw new Error(`attempt ${attempt} failed`);
      return { attempt, scheduledTimestampMs, currentAttemptScheduledTimestampMs };
    },

    /** Attempt 1 heartbeats `progress` and fails; later attempts return the heartbeat details they were given. */
    async resumeFromHeartbeat(progress: string): Promise<unknown> {
      const ctx = Context.current();
      if (ctx.info.attempt === 1) {
        ctx.heartbeat(progress);
        throw new Error('fail after heartbeat');
      }
      return ctx.info.heartbeatDetails;
    },

    async failNonRetryable(message: string): Promise<never> {
      throw ApplicationFailure.nonRetryable(message, 'ConformanceFatal');
    },

    /** Heartbeats until the server reports cancellation, then rethrows the cancellation. */
    async heartbeatUntilCancelled(): Promise<string> {
      const ctx = Context.current();
      // ctx.sleep rejects with CancelledFailure once a heartbeat response carries cancelRequested.
      for (let i = 0; ; i++) {
        ctx.heartbeat(i);
        await ctx.sleep(100);
      }
    },

    /** Sleeps (cancellably) for `ms` of wall time, for start-to-close timeouts. */
    async slow(ms: number): Promise<string> {
      await Context.current().sleep(ms);
      return 'finished';
    },

    /** Holds the workflow task in flight (as a local activity) until the test releases `key`. */
    async waitForLatch(key: string): Promise<void> {
      await deps.latches.hold(key);
    },
  };
}

/** The activity interface workflows proxy (types only). */
export type ConformanceActivities = ReturnType<typeof createConformanceActivities>;
