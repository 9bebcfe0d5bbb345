/** A scheduled callback; `dead` entries are skipped lazily (cancellation is O(1)). */
export interface TimerEntry {
  readonly at: number;
  readonly seq: number;
  readonly key: string;
  readonly fire: () => void;
  dead: boolean;
}

/** Binary min-heap ordered by (at, seq). */
export class TimerHeap {
  private readonly items: TimerEntry[] = [];

  get size(): number {
    return this.items.length;
  }

  push(e: TimerEntry): void {
    const a = this.items;
    a.push(e);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }

  /** The earliest live entry, dropping dead ones on the way. */
  peek(): TimerEntry | undefined {
    while (this.items.length && this.items[0]!.dead) this.pop();
    return this.items[0];
  }

  pop(): TimerEntry | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && less(a[l]!, a[m]!)) m = l;
        if (r < a.length && less(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

const less = (x: TimerEntry, y: TimerEntry) => x.at < y.at || (x.at === y.at && x.seq < y.seq);
