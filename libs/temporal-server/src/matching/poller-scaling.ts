/**
 * Poller scaling hints (`PollerScalingDecision` on poll answers), decided the way Temporal's matching service does
 * (server 1.28+): a worker whose pollers autoscale (`workflowTaskPollerBehavior: { type: 'autoscaling' }`) only
 * changes its poller count on these hints, so without them it stays at its initial count.
 */

/** A poll that waited this long for its task suggests one poller fewer (Temporal: matching.pollerScalingWaitTime). */
export const SCALE_DOWN_WAIT_MS = 1_000;
/** A task that waited this long for a poller suggests one more (Temporal: matching.pollerScalingMinimumBacklog). */
export const SCALE_UP_BACKLOG_AGE_MS = 200;
/** Tasks added this much faster than dispatched suggest one more poller. */
export const SCALE_UP_ADD_TO_DISPATCH_RATIO = 1.2;
/** Decisions per second per queue and per recent poller (Temporal: matching.pollerScalingDecisionsPerSecond). */
export const DECISIONS_PER_SECOND = 10;

/** What the queue looks like when a poll gets its task. */
export interface PollScalingInput {
  /** How long the answered poll waited for its task. */
  readonly pollWaitMs: number;
  /** Tasks waiting for a poller, the answered one included when it came from the backlog. */
  readonly backlogCount: number;
  /** Age of the oldest of them. */
  readonly backlogAgeMs: number;
  /** Tasks added and dispatched per second lately. */
  readonly addRate: number;
  readonly dispatchRate: number;
  /** Asks the queue's rate limit for a decision now (not asked for a scale-down after a long wait: always given). */
  readonly decisionAllowed: () => boolean;
}

/** +1, -1 or nothing (undefined). */
export function pollerScalingDelta(i: PollScalingInput): 1 | -1 | undefined {
  if (i.pollWaitMs >= SCALE_DOWN_WAIT_MS) return -1;
  if (!i.decisionAllowed()) return undefined;
  if (i.backlogCount > 0 && i.backlogAgeMs > SCALE_UP_BACKLOG_AGE_MS) return 1;
  if (i.dispatchRate > 0 && i.addRate / i.dispatchRate > SCALE_UP_ADD_TO_DISPATCH_RATIO) return 1;
  return undefined;
}

const BUCKET_MS = 500;
const BUCKETS = 10;

/** Events per second over the last ~5 s, in half-second buckets (cheap enough to count every task). */
export class RateWindow {
  private readonly counts = new Array<number>(BUCKETS).fill(0);
  private head = 0;
  private headStart = 0;

  record(now: number): void {
    this.advance(now);
    this.counts[this.head]!++;
  }

  perSecond(now: number): number {
    this.advance(now);
    const total = this.counts.reduce((a, b) => a + b, 0);
    return (total * 1000) / (BUCKET_MS * BUCKETS);
  }

  private advance(now: number): void {
    const steps = Math.min(BUCKETS, Math.floor((now - this.headStart) / BUCKET_MS));
    if (steps <= 0) return;
    for (let s = 0; s < steps; s++) {
      this.head = (this.head + 1) % BUCKETS;
      this.counts[this.head] = 0;
    }
    this.headStart = now - ((now - this.headStart) % BUCKET_MS);
  }
}

/**
 * Allows {@link DECISIONS_PER_SECOND} decisions per second for each distinct poller identity seen lately (Temporal
 * is more permissive with more pollers), as a token bucket holding at most one second's worth.
 */
export class DecisionLimiter {
  private tokens = DECISIONS_PER_SECOND;
  private last = 0;

  allow(now: number, pollers: number): boolean {
    const rate = DECISIONS_PER_SECOND * Math.max(1, pollers);
    this.tokens = Math.min(rate, this.tokens + ((now - this.last) * rate) / 1000);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
