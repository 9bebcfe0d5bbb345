import { invalidArgument } from '../errors/server-error';
import type { Engine } from '../engine/engine';
import type { Obj } from '../engine/events';
import { executionInfo } from '../engine/describe.ops';
import type { VisibilityRecord as StoredRecord } from '../store/execution-store';
import { dur, ts } from '../util/time';
import {
  compareByOrder,
  executionStatusFromProto,
  groupValuesOf,
  matchesQuery,
  parseVisibilityQuery,
  searchAttributeTypeFromIndexedValueType,
  VisibilityQueryError,
  type SearchAttributeType,
  type VisibilityQuery,
  type VisibilityRecord,
} from './query';
import { decodePayload, encodePayload } from './payload-values';
import { isQueryableVisibilityStore } from './visibility-store';

const DEFAULT_PAGE_SIZE = 1000;

/** A stored visibility row as the List Filter evaluator reads it. */
export function toQueryRecord(r: StoredRecord): VisibilityRecord {
  const searchAttributes: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r.searchAttributes)) searchAttributes[k] = decodePayload(v);
  return {
    workflowId: r.workflowId,
    runId: r.runId,
    workflowType: r.workflowType,
    taskQueue: r.taskQueue,
    executionStatus: executionStatusFromProto(r.status) ?? 'Running',
    startTime: r.startTime,
    executionTime: r.executionTime,
    closeTime: r.closeTime || null,
    executionDuration: r.closeTime ? r.closeTime - r.executionTime : null,
    historyLength: r.historyLength,
    parentWorkflowId: r.parentWorkflowId ?? null,
    rootWorkflowId: r.rootWorkflowId,
    searchAttributes,
  };
}

function parse(e: Engine, namespace: string, text: string): VisibilityQuery {
  const known = new Map<string, SearchAttributeType>();
  for (const [name, type] of e.namespaces.get(namespace).searchAttributes) {
    const t = searchAttributeTypeFromIndexedValueType(type);
    if (t) known.set(name, t);
  }
  try {
    return parseVisibilityQuery(text, known);
  } catch (err) {
    if (err instanceof VisibilityQueryError) throw invalidArgument(err.message);
    throw err;
  }
}

function matching(e: Engine, namespace: string, q: VisibilityQuery): VisibilityRecord[] {
  const out: VisibilityRecord[] = [];
  for (const r of e.store.visibility?.(namespace) ?? []) {
    const rec = toQueryRecord(r);
    if (matchesQuery(q, rec)) out.push(rec);
  }
  return out;
}

/**
 * WorkflowExecutionInfo from a visibility row (committed with every change of its run), so listing never loads runs
 * into the store's working set. Only the history size in bytes is not in the row.
 */
function infoOf(r: StoredRecord): Obj {
  return {
    execution: { workflowId: r.workflowId, runId: r.runId },
    type: { name: r.workflowType },
    startTime: ts(r.startTime),
    closeTime: r.closeTime ? ts(r.closeTime) : undefined,
    status: r.status,
    historyLength: r.historyLength,
    executionTime: ts(r.executionTime),
    memo: { fields: r.memo },
    searchAttributes: { indexedFields: r.searchAttributes },
    taskQueue: r.taskQueue,
    parentNamespaceId: r.parentWorkflowId ? r.namespace : undefined,
    parentExecution: r.parentWorkflowId ? { workflowId: r.parentWorkflowId, runId: r.parentRunId } : undefined,
    rootExecution: { workflowId: r.rootWorkflowId, runId: r.rootRunId },
    firstRunId: r.firstRunId,
    stateTransitionCount: r.historyLength,
    executionDuration: r.closeTime ? dur(r.closeTime - r.executionTime) : undefined,
  };
}

/** Query and page-token errors become INVALID_ARGUMENT. */
async function asInvalidArgument<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof VisibilityQueryError) throw invalidArgument(err.message);
    throw err;
  }
}

/**
 * ListWorkflowExecutions (also serves ScanWorkflowExecutions): filter, order, page. A store that can query
 * visibility itself (PostgreSQL) gets the parsed query and pages by key; otherwise rows are matched in memory and
 * paged by offset.
 */
export async function listWorkflows(e: Engine, namespace: string, req: Obj): Promise<Obj> {
  const q = parse(e, namespace, String(req.query ?? ''));
  const pageSize = Number(req.pageSize ?? 0) || DEFAULT_PAGE_SIZE;
  const token = req.nextPageToken as Uint8Array | undefined;
  const store = e.store;
  if (isQueryableVisibilityStore(store)) {
    const page = await asInvalidArgument(() => store.listVisibility(namespace, q, pageSize, token?.length ? token : undefined));
    return { executions: page.records.map(infoOf), nextPageToken: page.nextPageToken };
  }
  const rows = matching(e, namespace, q).sort(compareByOrder(q));
  const offset = token && token.length ? Number(Buffer.from(token).toString()) || 0 : 0;
  const page = rows.slice(offset, offset + pageSize);
  const executions = page.map((r) => e.store.getRun(r.runId)).filter((r) => r !== undefined).map(executionInfo);
  const next = offset + pageSize < rows.length ? Buffer.from(String(offset + pageSize)) : undefined;
  return { executions, nextPageToken: next };
}

/** CountWorkflowExecutions, with GROUP BY ExecutionStatus groups. */
export async function countWorkflows(e: Engine, namespace: string, req: Obj): Promise<Obj> {
  const q = parse(e, namespace, String(req.query ?? ''));
  const store = e.store;
  if (isQueryableVisibilityStore(store)) {
    const c = await asInvalidArgument(() => store.countVisibility(namespace, q));
    if (!q.groupBy.length) return { count: c.count };
    return { count: c.count, groups: c.groups.map((g) => ({ groupValues: g.values.map(encodePayload), count: g.count })) };
  }
  const rows = matching(e, namespace, q);
  if (!q.groupBy.length) return { count: rows.length };
  const groups = new Map<string, { values: unknown[]; count: number }>();
  for (const r of rows) {
    const values = groupValuesOf(q, r);
    const key = JSON.stringify(values);
    const g = groups.get(key) ?? { values, count: 0 };
    g.count++;
    groups.set(key, g);
  }
  return { count: rows.length, groups: [...groups.values()].map((g) => ({ groupValues: g.values.map(encodePayload), count: g.count })) };
}
