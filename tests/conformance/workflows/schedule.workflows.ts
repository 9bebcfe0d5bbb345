import { ApplicationFailure, workflowInfo } from '@temporalio/workflow';

/** What a scheduled run saw of the runs before it (workflowInfo().lastResult / lastFailure). */
export interface ScheduledRunReport {
  count: number;
  /** `count` of the last completed run, from its result. */
  lastCount: number | null;
  lastFailure: string | null;
}

/**
 * A scheduled run that counts on from the last completed run's result and reports what it received; `fail` makes
 * this run fail instead (to test the failure handed to the next run).
 */
export async function scheduledCounterWorkflow(mode: 'ok' | 'fail' = 'ok'): Promise<ScheduledRunReport> {
  const { lastResult, lastFailure } = workflowInfo();
  const lastCount = (lastResult as ScheduledRunReport | undefined)?.count ?? null;
  if (mode === 'fail') throw ApplicationFailure.nonRetryable(`failed after run ${lastCount ?? 0}`, 'ScheduledFailure');
  return { count: (lastCount ?? 0) + 1, lastCount, lastFailure: lastFailure?.message ?? null };
}
