import type { RunState } from '../engine/run-state';
import type { CommitBatch, ExecutionStore, VisibilityRecord } from './execution-store';

/** The in-memory store: run objects are the records; commit appends events and indexes. */
export class MemoryExecutionStore implements ExecutionStore {
  readonly kind = 'memory';
  private readonly runs = new Map<string, RunState>();
  private readonly current = new Map<string, string>();
  private readonly vis = new Map<string, Map<string, VisibilityRecord>>();

  getRun(runId: string): RunState | undefined {
    return this.runs.get(runId);
  }

  currentRunId(namespace: string, workflowId: string): string | undefined {
    return this.current.get(`${namespace}\0${workflowId}`);
  }

  /** Transfers (`batch.transfers`) need no record here: the engine carries them out right after this commit. */
  commit(batch: CommitBatch): void {
    for (const run of batch.runs) this.runs.set(run.runId, run);
    for (const [run, events] of batch.events) {
      for (const e of events) run.history.push(e);
    }
    for (const c of batch.currentRuns) this.current.set(`${c.namespace}\0${c.workflowId}`, c.runId);
    for (const v of batch.visibility) {
      let ns = this.vis.get(v.namespace);
      if (!ns) this.vis.set(v.namespace, (ns = new Map()));
      ns.set(v.runId, v);
    }
  }

  visibility(namespace: string): Iterable<VisibilityRecord> {
    return this.vis.get(namespace)?.values() ?? [];
  }
}
