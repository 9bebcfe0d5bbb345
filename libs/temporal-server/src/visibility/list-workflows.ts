import { invalidArgument } from '../errors/server-error';
import type { Engine } from '../engine/engine';
import type { Obj } from '../engine/events';
import { executionInfo } from '../engine/describe.ops';
import type { VisibilityRecord as StoredRecord } from '../store/execution-store';
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

const DEFAULT_PAGE_SIZE = 1000;

/** Decodes a json/plain search-attribute payload to a plain value (undefined if unreadable). */
export function decodePayload(p: unknown): unknown {
  const data = (p as Obj | null)?.data as Uint8Array | undefined;
  if (!data) return undefined;
  try {
    return JSON.parse(Buffer.from(data).toString());
  } catch {
    return undefined;
  }
}

/** Encodes a value as a json/plain payload. */
export function encodePayload(v: unknown): Obj {
  return { metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from(JSON.stringify(v)) };
}

function toQueryRecord(r: StoredRecord): VisibilityRecord {
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
  for (const r of e.store.visibility(namespace)) {
    const rec = toQueryRecord(r);
    if (matchesQuery(q, rec)) out.push(rec);
  }
  return out;
}

/** ListWorkflowExecutions (also serves ScanWorkflowExecutions): filter, order, page by offset. */
export function listWorkflows(e: Engine, namespace: string, req: Obj): Obj {
  const q = parse(e, namespace, String(req.query ?? ''));
  const rows = matching(e, namespace, q).sort(compareByOrder(q));
  const pageSize = Number(req.pageSize ?? 0) || DEFAULT_PAGE_SIZE;
  const token = req.nextPageToken as Uint8Array | undefined;
  const offset = token && token.length ? Number(Buffer.from(token).toString()) || 0 : 0;
  const page = rows.slice(offset, offset + pageSize);
  const executions = page.map((r) => e.store.getRun(r.runId)).filter((r) => r !== undefined).map(executionInfo);
  const next = offset + pageSize < rows.length ? Buffer.from(String(offset + pageSize)) : undefined;
  return { executions, nextPageToken: next };
}

/** CountWorkflowExecutions, with GROUP BY ExecutionStatus groups. */
export function countWorkflows(e: Engine, namespace: string, req: Obj): Obj {
  const q = parse(e, namespace, String(req.query ?? ''));
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
