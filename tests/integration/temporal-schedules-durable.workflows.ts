// Workflows of tests/integration/temporal-schedules-durable.test.ts (bundled by the SDK's webpack).
import { ApplicationFailure, workflowInfo } from '@temporalio/workflow';

export { durableSleeper } from './temporal-durable.workflows';

/** Counts on from the last completed scheduled run and reports what it received; `fail` fails this run instead. */
export async function durableScheduledCounter(mode: 'ok' | 'fail'): Promise<{ count: number; lastFailure: string | null }> {
  const { lastResult, lastFailure } = workflowInfo();
  const last = (lastResult as { count: number } | undefined)?.count ?? 0;
  if (mode === 'fail') throw ApplicationFailure.nonRetryable(`failed after run ${last}`, 'ScheduledFailure');
  return { count: last + 1, lastFailure: lastFailure?.message ?? null };
}
