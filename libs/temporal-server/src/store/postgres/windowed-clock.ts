import { VirtualClock } from '../../clock/virtual-clock';
import { parseTimerKey } from './validity';

/**
 * The clock of a server on the durable store. Persisted timers (every key but `query-*`) due after `windowEnd` are
 * not kept in process: their rows are in the `timers` table and the timer loop arms them when the window reaches
 * them, so sleeping workflows cost no memory. Timers in the clock pin their run in the working set (engine timer
 * callbacks may hold the run object).
 */
export class WindowedClock extends VirtualClock {
  /** Persisted timers due after this (epoch ms) stay in the table only. */
  windowEnd = -Infinity;
  private readonly runOfKey = new Map<string, string>();
  private readonly armedPerRun = new Map<string, number>();
  /** Keys set, cleared or fired while the timer loop reads a page (the loop must not overwrite them with older rows). */
  private touched: Set<string> | undefined;

  override set(key: string, at: number, fire: () => void): void {
    this.touched?.add(key);
    const k = parseTimerKey(key);
    if (!k) return super.set(key, at, fire);
    if (at > this.windowEnd) {
      this.clear(key);
      return;
    }
    this.arm(key, k.runId, at, fire);
  }

  override clear(key: string): void {
    this.touched?.add(key);
    super.clear(key);
    this.unpin(key);
  }

  /** Arms a timer read from the table (no window check: the loop only reads rows inside the window). */
  armFromStore(key: string, runId: string, at: number, fire: () => void): void {
    this.arm(key, runId, at, fire);
  }

  /** Whether any timer of the run is in the clock. */
  holds(runId: string): boolean {
    return this.armedPerRun.has(runId);
  }

  /** Number of timers of the durable kinds in the clock (for tests and the benchmark). */
  get armedCount(): number {
    return this.runOfKey.size;
  }

  /** Starts recording touched keys (until {@link endRead}). */
  beginRead(): void {
    this.touched = new Set();
  }

  /** Stops recording; returns the keys touched since {@link beginRead}. */
  endRead(): ReadonlySet<string> {
    const t = this.touched ?? new Set<string>();
    this.touched = undefined;
    return t;
  }

  private arm(key: string, runId: string, at: number, fire: () => void): void {
    super.set(key, at, () => {
      this.touched?.add(key);
      this.unpin(key);
      fire();
    });
    this.runOfKey.set(key, runId);
    this.armedPerRun.set(runId, (this.armedPerRun.get(runId) ?? 0) + 1);
  }

  private unpin(key: string): void {
    const runId = this.runOfKey.get(key);
    if (runId === undefined) return;
    this.runOfKey.delete(key);
    const n = (this.armedPerRun.get(runId) ?? 1) - 1;
    if (n > 0) this.armedPerRun.set(runId, n);
    else this.armedPerRun.delete(runId);
  }
}
