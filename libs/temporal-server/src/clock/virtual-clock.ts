import { TimerHeap, type TimerEntry } from './timer-heap';

/** Longest setTimeout Node accepts. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * The server's single clock: every event time, timer, timeout and backoff goes through it.
 * Without time skipping it is wall time. With time skipping it is wall time plus an offset, and whenever the lock
 * counter is 0 the clock jumps straight to the next timer and fires it (each firing runs under a lock, so a
 * cascade — a timer scheduling a workflow task that takes a lock — stops the jump). Sdk-java's SelfAdvancingTimer model.
 */
export class VirtualClock {
  private offset = 0;
  private seq = 0;
  private lockCount: number;
  private readonly heap = new TimerHeap();
  private readonly byKey = new Map<string, TimerEntry>();
  private wallTimer: NodeJS.Timeout | undefined;
  private pumpQueued = false;
  private stopped = false;

  constructor(
    readonly timeSkipping: boolean,
    initialLocks = 0,
    /** A throwing timer must not take the process down: it is reported here and the clock carries on. */
    private readonly onError: (err: unknown) => void = (err) => process.stderr.write(`dondoc-temporal: timer failed: ${String(err)}\n`),
  ) {
    this.lockCount = timeSkipping ? initialLocks : 0;
  }

  /**
   * Starts virtual time at `epochMs` instead of now (e.g. a test of a 2024 plan); call before anything is scheduled.
   * Time then runs (and skips) from there.
   */
  startAt(epochMs: number): void {
    this.offset = epochMs - Date.now();
  }

  /** Current virtual time in epoch ms. */
  now(): number {
    return Date.now() + this.offset;
  }

  get locks(): number {
    return this.lockCount;
  }

  /** Schedule `fire` at virtual time `at`; a timer with the same key is replaced. */
  set(key: string, at: number, fire: () => void): void {
    this.clear(key);
    const e: TimerEntry = { at, seq: ++this.seq, key, fire, dead: false };
    this.byKey.set(key, e);
    this.heap.push(e);
    this.schedulePump();
  }

  clear(key: string): void {
    const e = this.byKey.get(key);
    if (e) {
      e.dead = true;
      this.byKey.delete(key);
    }
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  /** Adds `delta` locks (may be negative); never below 0. Only meaningful with time skipping. */
  adjustLocks(delta: number): void {
    if (!this.timeSkipping || delta === 0) return;
    this.lockCount = Math.max(0, this.lockCount + delta);
    if (this.lockCount === 0) this.schedulePump();
  }

  lock(): void {
    this.adjustLocks(1);
  }

  unlock(): void {
    this.adjustLocks(-1);
  }

  stop(): void {
    this.stopped = true;
    if (this.wallTimer) clearTimeout(this.wallTimer);
  }

  private schedulePump(): void {
    if (this.pumpQueued || this.stopped) return;
    this.pumpQueued = true;
    setImmediate(() => {
      this.pumpQueued = false;
      this.pump();
    });
  }

  /** Fires due timers, jumps time when unlocked, then arms one wall-clock timeout for the next entry. */
  private pump(): void {
    if (this.stopped) return;
    if (this.wallTimer) {
      clearTimeout(this.wallTimer);
      this.wallTimer = undefined;
    }
    for (;;) {
      const next = this.heap.peek();
      if (!next) return;
      const now = this.now();
      if (next.at > now) {
        if (this.timeSkipping && this.lockCount === 0) this.offset += next.at - now;
        else {
          this.wallTimer = setTimeout(() => this.pump(), Math.min(MAX_DELAY, next.at - now));
          this.wallTimer.unref?.();
          return;
        }
      }
      this.heap.pop();
      this.byKey.delete(next.key);
      // Firing holds a lock so the cascade it starts is processed before the next jump.
      this.lockCount++;
      try {
        next.fire();
      } catch (err) {
        this.onError(err);
      } finally {
        this.lockCount--;
      }
      if (this.timeSkipping && this.lockCount === 0) {
        // Yield to I/O between jumps (pollers must get the chance to take the task this timer produced).
        this.schedulePump();
        return;
      }
    }
  }
}
