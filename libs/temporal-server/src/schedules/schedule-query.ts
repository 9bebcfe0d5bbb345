import type { Obj } from '../engine/events';
import { invalidArgument } from '../errors/server-error';
import { SYSTEM_SEARCH_ATTRIBUTES } from '../namespaces/namespace-registry';
import { decodePayload } from '../visibility/payload-values';
import {
  isSystemAttributeName,
  matchesQuery,
  parseVisibilityQuery,
  searchAttributeTypeFromIndexedValueType,
  VisibilityQueryError,
  type FilterExpr,
  type SearchAttributeType,
  type VisibilityQuery,
} from '../visibility/query';
import type { ScheduleRecord } from './schedule-record';

/** The one system search attribute a schedule query may use (Temporal's scheduler keeps it up to date). */
export const SCHEDULE_PAUSED = 'TemporalSchedulePaused';
/** Temporal's stand-in for the schedule id in queries, unless the namespace defines a custom attribute of that name. */
export const SCHEDULE_ID = 'ScheduleId';

const OTHER_RESERVED = new Set(['NamespaceId', 'Memo', 'MemoEncoding', 'VisibilityTaskKey', 'BatcherNamespace']);

/** Temporal's sadefs.IsReserved: system and predefined attributes and anything named Temporal…. */
function isReserved(name: string): boolean {
  return isSystemAttributeName(name) || name in SYSTEM_SEARCH_ATTRIBUTES || OTHER_RESERVED.has(name) || name.startsWith('Temporal');
}

function attributeNames(expr: FilterExpr | null, out: string[] = []): string[] {
  if (!expr) return out;
  if (expr.kind === 'and' || expr.kind === 'or') for (const o of expr.operands) attributeNames(o, out);
  else out.push(expr.attribute.name);
  return out;
}

/**
 * Parses a ListSchedules query with the server's List Filter parser. As in Temporal, it may use the namespace's
 * custom search attributes, `TemporalSchedulePaused` and `ScheduleId` (with every operator of their types, AND, OR
 * and parentheses); any other system or reserved attribute, ORDER BY and GROUP BY are INVALID_ARGUMENT.
 * Returns undefined for an empty query.
 */
export function parseScheduleQuery(customAttributes: ReadonlyMap<string, number>, text: string): VisibilityQuery | undefined {
  if (!text.trim()) return undefined;
  // Reserved names are known to the parser only so that they get the clear "cannot filter on" answer below.
  const known = new Map<string, SearchAttributeType>();
  for (const [name, type] of [...Object.entries(SYSTEM_SEARCH_ATTRIBUTES), ...customAttributes]) {
    const t = searchAttributeTypeFromIndexedValueType(type);
    if (t) known.set(name, t);
  }
  if (!customAttributes.has(SCHEDULE_ID)) known.set(SCHEDULE_ID, 'Keyword');
  let query: VisibilityQuery;
  try {
    query = parseVisibilityQuery(text, known);
  } catch (err) {
    if (err instanceof VisibilityQueryError) throw invalidArgument(err.message);
    throw err;
  }
  if (query.orderBy.length) throw invalidArgument('invalid query filter for schedules: ORDER BY is not supported');
  if (query.groupBy.length) throw invalidArgument('invalid query filter for schedules: GROUP BY is not supported');
  for (const name of attributeNames(query.filter)) {
    if (name !== SCHEDULE_PAUSED && !customAttributes.has(name) && isReserved(name)) {
      throw invalidArgument(`invalid query filter for schedules: cannot filter on "${name}"`);
    }
  }
  return query;
}

/** The search attributes a schedule is queried by: its custom ones, whether it is paused and its id. */
export function scheduleSearchAttributes(rec: ScheduleRecord, customAttributes: ReadonlyMap<string, number>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!customAttributes.has(SCHEDULE_ID)) out[SCHEDULE_ID] = rec.scheduleId;
  const fields = ((rec.searchAttributes?.indexedFields as Obj | undefined) ?? {}) as Obj;
  for (const [name, payload] of Object.entries(fields)) out[name] = decodePayload(payload);
  out[SCHEDULE_PAUSED] = !!(rec.schedule.state as Obj | undefined)?.paused;
  return out;
}

/** Whether a schedule matches a parsed query (only search attributes are read, see {@link parseScheduleQuery}). */
export function scheduleMatches(query: VisibilityQuery, rec: ScheduleRecord, customAttributes: ReadonlyMap<string, number>): boolean {
  return matchesQuery(query, {
    workflowId: rec.scheduleId,
    runId: '',
    workflowType: '',
    taskQueue: '',
    executionStatus: 'Running',
    startTime: rec.createTime,
    historyLength: 0,
    searchAttributes: scheduleSearchAttributes(rec, customAttributes),
  });
}
