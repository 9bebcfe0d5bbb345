interface Deferred {
  readonly promise: Promise<void>;
  resolve(): void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * Named gates shared by a test and the in-process `waitForLatch` local activity: the workflow task that runs the
 * activity stays in flight (started, not completed) until the test releases the gate. This is how the
 * interleaving tests deliver signals, updates, queries, terminations and timer firings during a workflow task.
 */
export class LatchRegistry {
  private readonly entered = new Map<string, Deferred>();
  private readonly released = new Map<string, Deferred>();
  private readonly entries = new Map<string, number>();

  /** Called by the activity: marks the gate entered and waits for its release (immediately if released). */
  async hold(key: string): Promise<void> {
    this.entries.set(key, (this.entries.get(key) ?? 0) + 1);
    this.gate(this.entered, key).resolve();
    await this.gate(this.released, key).promise;
  }

  /** Resolves once some activity holds (or held) the gate. */
  whenEntered(key: string): Promise<void> {
    return this.gate(this.entered, key).promise;
  }

  /** Opens the gate for the current and every later holder. */
  release(key: string): void {
    this.gate(this.released, key).resolve();
  }

  /** How many times an activity entered the gate (a replay after a failed task enters again). */
  entryCount(key: string): number {
    return this.entries.get(key) ?? 0;
  }

  private gate(map: Map<string, Deferred>, key: string): Deferred {
    let d = map.get(key);
    if (!d) {
      d = deferred();
      map.set(key, d);
    }
    return d;
  }
}
