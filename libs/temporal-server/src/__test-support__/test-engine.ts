import { VirtualClock } from '../clock/virtual-clock';
import { createEngine } from '../engine/create-engine';
import type { Engine } from '../engine/engine';
import type { Obj } from '../engine/events';
import { startWorkflow } from '../engine/start-workflow.ops';
import { NamespaceRegistry } from '../namespaces/namespace-registry';
import { MemoryExecutionStore } from '../store/memory.store';
import { createLogger } from '../util/logger';

/** An engine for one spec test: the in-memory store (or a recording subclass) and a wall clock; `stop()` after it. */
export interface TestEngine<S extends MemoryExecutionStore> {
  readonly engine: Engine;
  readonly store: S;
  readonly clock: VirtualClock;
  stop(): void;
}

export function createTestEngine<S extends MemoryExecutionStore = MemoryExecutionStore>(store: S = new MemoryExecutionStore() as S): TestEngine<S> {
  const clock = new VirtualClock(false);
  const engine = createEngine({ clock, store, namespaces: new NamespaceRegistry([]), log: createLogger('silent') });
  return {
    engine,
    store,
    clock,
    stop: () => {
      engine.matching.stop();
      clock.stop();
    },
  };
}

/** Polls the `tq` workflow task queue as a worker would. */
export async function pollWorkflowTask<T extends object = Obj>(e: Engine): Promise<Obj & T & { taskToken: Buffer }> {
  const res = await e.matching.poll('default', 'workflow', 'tq', { identity: 'w', workerInstanceKey: 'k', sticky: false }, new AbortController().signal);
  return res as Obj & T & { taskToken: Buffer };
}

/** Starts a `wf` workflow on `tq`; returns its run id. */
export function startTestWorkflow(e: Engine, workflowId = 'w1', requestId = 'r1'): string {
  return startWorkflow(e, 'default', { workflowId, workflowType: { name: 'wf' }, taskQueue: { name: 'tq' }, requestId }).runId as string;
}
