import type { Worker } from '@temporalio/worker';

/** Something with `on/off` for signals (process, or a test double). */
export interface SignalSource {
  once(signal: NodeJS.Signals, listener: () => void): unknown;
  off(signal: NodeJS.Signals, listener: () => void): unknown;
}

/**
 * Runs the worker until it stops, asking it to shut down gracefully on SIGINT/SIGTERM (in-flight
 * activities get the grace time, workflow tasks are finished). Resolves when `worker.run()` does;
 * rejects when the worker fails.
 */
export async function runUntilSignal(worker: Worker, source: SignalSource = process, signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM']): Promise<void> {
  const stop = () => {
    if (worker.getState() === 'RUNNING') worker.shutdown();
  };
  for (const s of signals) source.once(s, stop);
  try {
    await worker.run();
  } finally {
    for (const s of signals) source.off(s, stop);
  }
}
