// Workflows of tests/integration/temporal-restart-coverage.test.ts (bundled by the SDK's webpack). Every side effect
// goes through the `tick` activity, which the test counts, so "ran once" is checked outside the workflow.
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  defineSignal,
  defineUpdate,
  executeChild,
  getExternalWorkflowHandle,
  proxyActivities,
  setHandler,
  sleep,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';

export interface RestartActivities {
  tick(key: string): Promise<number>;
  flaky(key: string, failures: number): Promise<string>;
}

const { tick } = proxyActivities<RestartActivities>({ startToCloseTimeout: '1 minute', retry: { maximumAttempts: 1 } });
// The retry backoff (3 s) is what spans the kill in the activity-retry case.
const { flaky } = proxyActivities<RestartActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '3 seconds', backoffCoefficient: 1, maximumAttempts: 5 },
});

export const release = defineSignal('release');
export const finish = defineSignal('finish');
export const add = defineSignal<[string]>('add');
export const bump = defineUpdate<number, [string, number]>('bump');

/** Updates wait for `release`, then optionally sleep; every application is kept (a second delivery would show). */
export async function restartUpdatable(): Promise<string[]> {
  const applied: string[] = [];
  let released = false;
  let done = false;
  setHandler(release, () => {
    released = true;
  });
  setHandler(finish, () => {
    done = true;
  });
  setHandler(bump, async (id, holdMs) => {
    await condition(() => released);
    if (holdMs > 0) await sleep(holdMs);
    applied.push(id);
    await tick(`update:${workflowInfo().workflowId}:${id}`);
    return applied.length;
  });
  await condition(() => done && allHandlersFinished());
  return applied;
}

/** A child that records itself, optionally waits for `release`, and answers with its id. */
export async function restartChild(waitForRelease: boolean): Promise<string> {
  let released = false;
  setHandler(release, () => {
    released = true;
  });
  await tick(`child:${workflowInfo().workflowId}`);
  if (waitForRelease) await condition(() => released);
  return `child:${workflowInfo().workflowId}`;
}

export async function restartParent(childId: string, waitForRelease: boolean): Promise<string> {
  const r = await executeChild(restartChild, { workflowId: childId, args: [waitForRelease] });
  return `parent:${r}`;
}

/** Signals `add(value)` to another workflow and returns once the signal is acknowledged. */
export async function restartSignaler(targetId: string, value: string): Promise<string> {
  await getExternalWorkflowHandle(targetId).signal(add, value);
  return `signaled:${targetId}`;
}

/** Starts a collector child (parent-close policy TERMINATE, the default) and completes on `finish`, leaving it open. */
export async function restartClosingParent(childId: string): Promise<string> {
  let done = false;
  setHandler(finish, () => {
    done = true;
  });
  await startChild(restartCollector, { workflowId: childId });
  await condition(() => done);
  return 'parent closed';
}

/** One cron run: records its run id. */
export async function restartCron(): Promise<string> {
  await tick(`cron:${workflowInfo().runId}`);
  return workflowInfo().runId;
}

/** Fails its first attempt (retryable); the workflow retry policy's backoff spans the kill. */
export async function restartRetried(): Promise<string> {
  const { attempt, workflowId } = workflowInfo();
  await tick(`wf-attempt:${workflowId}:${attempt}`);
  if (attempt < 2) throw ApplicationFailure.retryable('first attempt fails', 'Flaky');
  return `attempt:${attempt}`;
}

export async function restartActivityRetry(): Promise<string> {
  return await flaky(`act:${workflowInfo().workflowId}`, 1);
}

/** A continue-as-new chain: each run records its index, sleeps, then continues until `last`. */
export async function restartChain(n: number, last: number, sleepMs: number): Promise<number> {
  await tick(`chain:${workflowInfo().workflowId}:${n}`);
  await sleep(sleepMs);
  if (n < last) await continueAsNew<typeof restartChain>(n + 1, last, sleepMs);
  return n;
}

/** Collects `add` signals until `finish` (signal-with-start and id-policy cases). */
export async function restartCollector(): Promise<string[]> {
  const got: string[] = [];
  let done = false;
  setHandler(add, (v) => {
    got.push(v);
  });
  setHandler(finish, () => {
    done = true;
  });
  await condition(() => done);
  return got;
}

/** What a schedule starts: records its workflow id once per run. */
export async function restartScheduled(): Promise<string> {
  await tick(`scheduled:${workflowInfo().workflowId}`);
  return 'done';
}
