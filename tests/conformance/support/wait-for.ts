/** Options of {@link waitFor}. */
export interface WaitForOptions {
  readonly timeoutMs?: number;
  readonly intervalMs?: number;
  /** Shown in the timeout error. */
  readonly description?: string;
}

/**
 * Polls `probe` until it returns something other than `undefined`/`false`, and returns that value. Throws after
 * `timeoutMs` (default 10 s) with the last error the probe threw, if any.
 */
export async function waitFor<T>(
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  options: WaitForOptions = {},
): Promise<T> {
  const { timeoutMs = 10_000, intervalMs = 25, description = 'condition' } = options;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${description}${lastError ? `: ${String(lastError)}` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Resolves to 'pending' if `promise` has not settled within `windowMs` (to assert that something does NOT happen). */
export async function stillPendingAfter(promise: Promise<unknown>, windowMs: number): Promise<'pending' | 'settled'> {
  let timer: NodeJS.Timeout | undefined;
  const result = await Promise.race([
    promise.then(
      () => 'settled' as const,
      () => 'settled' as const,
    ),
    new Promise<'pending'>((r) => (timer = setTimeout(() => r('pending'), windowMs))),
  ]);
  clearTimeout(timer);
  return result;
}
