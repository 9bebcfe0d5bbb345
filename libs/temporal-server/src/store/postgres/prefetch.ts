import type { PostgresExecutionStore } from './postgres.store';

/** How deep a request is searched for workflow ids (commands → attributes → execution → workflowId). */
const MAX_DEPTH = 6;

/** Workflow ids, run ids and task-token/page-token runs named anywhere in a request (payload bytes are skipped). */
export function refsOf(req: unknown): { workflowIds: string[]; runIds: string[] } {
  const workflowIds: string[] = [];
  const runIds: string[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || v === null || typeof v !== 'object' || v instanceof Uint8Array) return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (k === 'workflowId' && typeof x === 'string' && x) workflowIds.push(x);
      else if (k === 'runId' && typeof x === 'string' && x) runIds.push(x);
      else if ((k === 'taskToken' || k === 'nextPageToken') && x instanceof Uint8Array) {
        const runId = runOfToken(Buffer.from(x).toString());
        if (runId) runIds.push(runId);
      } else walk(x, depth + 1);
    }
  };
  walk(req, 0);
  return { workflowIds, runIds };
}

/** The run of a task token (`w|run|…`, `a|run|…`) or of a history page token (`{"r":run,…}`). */
function runOfToken(s: string): string | undefined {
  if (s.startsWith('w|') || s.startsWith('a|')) return s.split('|')[1];
  if (s.startsWith('{')) {
    try {
      const r = (JSON.parse(s) as { r?: unknown }).r;
      return typeof r === 'string' ? r : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Loads what an RPC will touch before the synchronous engine runs it: the runs it names (by id, current run of a
 * workflow id, task or page token), then their parents and open children (completions and closes reach them).
 * Anything missed is still read through on use; this keeps such reads off the event loop's critical path.
 */
export async function prefetchRequest(store: PostgresExecutionStore | undefined, req: unknown): Promise<void> {
  if (!store || req === null || typeof req !== 'object') return;
  const namespace = String((req as { namespace?: unknown }).namespace ?? '');
  const { workflowIds, runIds } = refsOf(req);
  if (!workflowIds.length && !runIds.length) return;
  await store.prefetch(namespace, workflowIds, runIds);
  const related: string[] = [];
  for (const id of [...runIds, ...workflowIds.map((w) => store.knownCurrentRunId(namespace, w))]) {
    const run = id ? store.peekRun(id) : undefined;
    if (!run) continue;
    if (run.parent) related.push(run.parent.runId);
    for (const c of run.children.values()) if (c.runId && (c.state === 'initiated' || c.state === 'started')) related.push(c.runId);
  }
  if (related.length) await store.ensureResident(related);
}
