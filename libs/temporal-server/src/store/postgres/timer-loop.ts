import type { Engine } from '../../engine/engine';
import type { PersistedTimer, PostgresExecutionStore } from './postgres.store';
import { fireFor } from './recovery';
import type { WindowedClock } from './windowed-clock';

export interface TimerLoopOptions {
  /** Persisted timers due within this much of now are kept in the clock (default 30 s); the rest stay rows. */
  horizonMs?: number;
  /** Rows read per query (default 500). */
  batch?: number;
  /** A failed read: the server treats it like a failed commit. */
  onError: (err: Error) => void;
}

/**
 * Brings persisted timers into the clock as they come due: a read of the `timers` table by `(due_at, key)` (index
 * `timers_due_key_idx`), page by page, that moves the clock's window forward every few seconds. With time skipping
 * the window is unbounded (the clock must see the earliest timer to jump to it), so every timer is read at start.
 * The runs of the timers read are loaded in the same step, so a burst of timers fires without a read per timer.
 */
export class TimerLoop {
  private cursor = { at: -1, key: '' };
  private readonly horizonMs: number;
  private readonly batch: number;
  private wake: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private firstPage: (() => void) | undefined;

  constructor(
    private readonly e: Engine,
    private readonly store: PostgresExecutionStore,
    private readonly clock: WindowedClock,
    private readonly opts: TimerLoopOptions,
  ) {
    this.horizonMs = opts.horizonMs ?? 30_000;
    this.batch = opts.batch ?? 500;
  }

  /**
   * Starts the loop; resolves once the first page (the earliest due timers) is armed. The rest is read in the
   * background, so a restart after a long outage (many overdue timers) serves polls at once.
   */
  async start(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.firstPage = resolve;
      void this.tick().finally(resolve);
    });
  }

  stop(): void {
    this.stopped = true;
    if (this.wake) clearTimeout(this.wake);
  }

  private tick(): Promise<void> {
    this.running ??= this.advance()
      .catch((err: unknown) => {
        if (!this.stopped) this.opts.onError(err instanceof Error ? err : new Error(String(err)));
      })
      .finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        this.wake = setTimeout(() => void this.tick(), Math.min(5_000, this.horizonMs / 4));
        this.wake.unref?.();
      });
    return this.running;
  }

  private async advance(): Promise<void> {
    const end = this.clock.timeSkipping ? Number.MAX_SAFE_INTEGER : this.clock.now() + this.horizonMs;
    // From here on timers the engine sets up to `end` stay in the clock; what it set before is committed after this flush.
    if (end > this.clock.windowEnd) this.clock.windowEnd = end;
    // Timers fired from here on may still have rows in what the read sees: record them from before the flush.
    this.clock.beginRead();
    await this.store.flush();
    for (let first = true; ; first = false) {
      if (this.stopped) return;
      if (!first) this.clock.beginRead();
      let rows: PersistedTimer[];
      let touched: ReadonlySet<string>;
      try {
        rows = await this.store.dueTimers(this.cursor, this.clock.windowEnd, this.batch);
        await this.store.ensureResident(rows.map((r) => r.runId));
      } finally {
        touched = this.clock.endRead();
      }
      for (const r of rows) {
        // What the engine set, cleared or fired meanwhile is newer than this read.
        if (touched.has(r.key) || this.clock.has(r.key)) continue;
        const fire = fireFor(this.e, r.key);
        if (fire) this.clock.armFromStore(r.key, r.runId, r.at, fire);
      }
      const last = rows[rows.length - 1];
      if (last) this.cursor = { at: last.at, key: last.key };
      this.firstPage?.();
      this.firstPage = undefined;
      if (rows.length < this.batch) return;
    }
  }
}
