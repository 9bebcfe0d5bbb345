import {
  EXECUTION_STATUS_NAMES,
  VisibilityQueryError,
  effectiveOrder,
  executionStatusToProto,
  normaliseSearchAttribute,
  textTokens,
  type AttributeRef,
  type ExecutionStatusName,
  type FilterExpr,
  type OrderTerm,
  type ScalarValue,
  type VisibilityQuery,
} from '../../visibility/query';

/**
 * List Filter AST → parameterised SQL over the `visibility` table (migration 20). Semantics mirror the in-memory
 * matcher (`visibility/query/match-query.ts`): custom search attributes are normalised per type at write time
 * ({@link searchAttributeColumn}), every predicate on an absent value is false, nulls sort greatest, strings compare
 * by code point (the text columns are `COLLATE "C"`).
 */

/** A SQL fragment with its `$n` parameters (numbered from 1 in `params` order once assembled). */
export interface SqlFragment {
  readonly text: string;
  readonly params: readonly unknown[];
}

/** Collects parameters while a statement is built, handing out `$n` placeholders. */
export class SqlParams {
  readonly values: unknown[] = [];

  constructor(private readonly offset = 0) {}

  /** The placeholder of a new parameter. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.offset + this.values.length}`;
  }
}

/** How one attribute reads in SQL: a scalar expression, or (KeywordList) a jsonb array of strings. */
type ValueExpr = { readonly kind: 'scalar'; readonly sql: string } | { readonly kind: 'list'; readonly sql: string };

/** Keys of the per-attribute object in the `search_attributes` column (one per reading of the raw value). */
const SA_KEYS = { keyword: 'k', list: 'l', joined: 'j', tokens: 'w', number: 'n', bool: 'b', time: 't' } as const;

const STATUS_NAME_SQL = `((ARRAY[${EXECUTION_STATUS_NAMES.map((n) => `'${n}'`).join(', ')}]::text[])[status] COLLATE "C")`;

/** System attribute → column expression (numbers as float8 so keys round-trip exactly through JSON). */
const SYSTEM_SQL: Readonly<Record<string, string>> = {
  WorkflowId: 'workflow_id',
  WorkflowType: 'workflow_type',
  RunId: 'run_id',
  TaskQueue: 'task_queue',
  ParentWorkflowId: 'parent_workflow_id',
  RootWorkflowId: 'root_workflow_id',
  ExecutionStatus: STATUS_NAME_SQL,
  StartTime: 'start_time',
  CloseTime: 'close_time',
  ExecutionTime: 'COALESCE(execution_time, start_time)',
  ExecutionDuration: '(close_time - execution_time)',
  HistoryLength: 'history_length::float8',
};

/** `'Name'` as a SQL string literal (attribute names come from the namespace registry; quote them anyway). */
const literal = (s: string): string => `'${s.replace(/'/g, "''")}'`;

function customPath(name: string, key: string): string {
  return `search_attributes -> ${literal(name)} -> ${literal(key)}`;
}

/** The SQL expression an attribute is compared and sorted by. */
export function valueExpr(attribute: AttributeRef): ValueExpr {
  if (attribute.kind === 'system') {
    const sql = SYSTEM_SQL[attribute.name];
    if (!sql) throw new VisibilityQueryError(`${attribute.name} is not supported by this store`);
    return { kind: 'scalar', sql };
  }
  const { name } = attribute;
  switch (attribute.type) {
    case 'Keyword':
    case 'Text':
      return { kind: 'scalar', sql: `(((${customPath(name, SA_KEYS.keyword)}) #>> '{}') COLLATE "C")` };
    case 'KeywordList':
      return { kind: 'list', sql: `(${customPath(name, SA_KEYS.list)})` };
    case 'Int':
    case 'Double':
      return { kind: 'scalar', sql: `((${customPath(name, SA_KEYS.number)}) #>> '{}')::float8` };
    case 'Datetime':
      return { kind: 'scalar', sql: `((${customPath(name, SA_KEYS.time)}) #>> '{}')::float8` };
    case 'Bool':
      return { kind: 'scalar', sql: `((${customPath(name, SA_KEYS.bool)}) #>> '{}')::boolean` };
  }
}

/** The expression ORDER BY and keyset paging use (a KeywordList sorts by its elements joined with commas). */
function sortExpr(attribute: AttributeRef): string {
  const v = valueExpr(attribute);
  if (v.kind === 'scalar') return v.sql;
  return `(((${customPath(attribute.name, SA_KEYS.joined)}) #>> '{}') COLLATE "C")`;
}

/** Parameter of a literal compared with a scalar expression (typed so the comparison is the column's). */
function scalarParam(p: SqlParams, attribute: AttributeRef, value: ScalarValue): string {
  const ph = p.add(value);
  if (typeof value === 'number') return `${ph}::float8`;
  if (typeof value === 'boolean') return `${ph}::boolean`;
  return attribute.kind === 'system' && attribute.name === 'ExecutionStatus' ? `${ph}::text COLLATE "C"` : `${ph}::text`;
}

const isStatus = (a: AttributeRef): boolean => a.kind === 'system' && a.name === 'ExecutionStatus';

/** Custom Int/Double/Datetime: ranges go through the indexed `visibility_ranges` table. */
const isRangeAttribute = (a: AttributeRef): boolean =>
  a.kind === 'custom' && (a.type === 'Int' || a.type === 'Double' || a.type === 'Datetime');

/** What a filter translation needs besides the tree: parameters, the namespace placeholder, the ranges table. */
export interface FilterContext {
  readonly p: SqlParams;
  /** Placeholder of the namespace parameter. */
  readonly ns: string;
  /** Qualified name of the `visibility_ranges` table. */
  readonly ranges: string;
}

/** Negates a predicate while keeping "absent value → false". */
function negate(notNull: string, pred: string): string {
  return `((${notNull}) IS NOT NULL AND NOT (${pred}))`;
}

/** `search_attributes @> {"name": {"key": value}}`: equality served by the GIN index. */
function contains(ctx: FilterContext, name: string, key: string, value: unknown): string {
  return `search_attributes @> ${ctx.p.add(JSON.stringify({ [name]: { [key]: value } }))}::jsonb`;
}

/** Runs whose numeric (or date-time) reading of a custom attribute satisfies `cond(column)`. */
function inRanges(ctx: FilterContext, attribute: AttributeRef, cond: (column: string) => string): string {
  const column = attribute.type === 'Datetime' ? 'tim' : 'num';
  const name = ctx.p.add(attribute.name);
  return `run_id IN (SELECT run_id FROM ${ctx.ranges} WHERE namespace = ${ctx.ns} AND name = ${name}::text AND ${cond(column)})`;
}

/** Equal to `value` per type: Text token match, KeywordList contains, others exact. */
function equalsSql(ctx: FilterContext, attribute: AttributeRef, value: ScalarValue): string {
  const { p } = ctx;
  if (isStatus(attribute)) return `status = ${p.add(executionStatusToProto(value as ExecutionStatusName))}::int`;
  if (attribute.kind === 'custom') {
    switch (attribute.type) {
      case 'Text': {
        const want = textTokens(String(value));
        return want.length ? contains(ctx, attribute.name, SA_KEYS.tokens, want) : 'FALSE';
      }
      case 'KeywordList':
        return contains(ctx, attribute.name, SA_KEYS.list, [String(value)]);
      case 'Keyword':
        return contains(ctx, attribute.name, SA_KEYS.keyword, String(value));
      case 'Bool':
        return contains(ctx, attribute.name, SA_KEYS.bool, value);
      case 'Int':
      case 'Double':
        return contains(ctx, attribute.name, SA_KEYS.number, value);
      case 'Datetime':
        return contains(ctx, attribute.name, SA_KEYS.time, value);
    }
  }
  return `${valueExpr(attribute).sql} = ${scalarParam(p, attribute, value)}`;
}

/** The nullable expression tested by IS NULL and by the null guard of negations. */
function presenceExpr(attribute: AttributeRef): string {
  if (isStatus(attribute)) return 'status';
  return valueExpr(attribute).sql;
}

/** Translates a filter tree into a WHERE condition. */
export function filterSql(expr: FilterExpr, ctx: FilterContext): string {
  const { p } = ctx;
  switch (expr.kind) {
    case 'and':
      return `(${expr.operands.map((o) => filterSql(o, ctx)).join(' AND ')})`;
    case 'or':
      return `(${expr.operands.map((o) => filterSql(o, ctx)).join(' OR ')})`;
    case 'isNull': {
      const v = valueExpr(expr.attribute);
      const isNull =
        v.kind === 'list'
          ? `(${v.sql} IS NULL OR jsonb_array_length(${v.sql}) = 0)`
          : `${presenceExpr(expr.attribute)} IS NULL`;
      return expr.negated ? `NOT ${isNull}` : isNull;
    }
    case 'comparison': {
      const { attribute, operator, value } = expr;
      if (operator === '=') return equalsSql(ctx, attribute, value);
      if (operator === '!=') return negate(presenceExpr(attribute), equalsSql(ctx, attribute, value));
      const v = valueExpr(attribute);
      if (v.kind === 'list') return 'FALSE';
      if (isRangeAttribute(attribute)) return inRanges(ctx, attribute, (c) => `${c} ${operator} ${p.add(value)}::float8`);
      return `${v.sql} ${operator} ${scalarParam(p, attribute, value)}`;
    }
    case 'between': {
      const { attribute, low, high, negated } = expr;
      const v = valueExpr(attribute);
      if (v.kind === 'list') return 'FALSE';
      if (isRangeAttribute(attribute)) {
        const not = negated ? 'NOT ' : '';
        return inRanges(ctx, attribute, (c) => `${c} ${not}BETWEEN ${p.add(low)}::float8 AND ${p.add(high)}::float8`);
      }
      const pred = `${v.sql} BETWEEN ${scalarParam(p, attribute, low)} AND ${scalarParam(p, attribute, high)}`;
      return negated ? negate(v.sql, pred) : pred;
    }
    case 'in': {
      const { attribute, values, negated } = expr;
      if (isRangeAttribute(attribute)) {
        return inRanges(ctx, attribute, (c) => {
          const list = `${p.add(values.map(Number))}::float8[]`;
          return negated ? `${c} <> ALL(${list})` : `${c} = ANY(${list})`;
        });
      }
      let pred: string;
      if (isStatus(attribute)) {
        pred = `status = ANY(${p.add(values.map((s) => executionStatusToProto(s as ExecutionStatusName)))}::int[])`;
      } else if (attribute.kind === 'custom') {
        pred = values.length ? `(${values.map((s) => equalsSql(ctx, attribute, s)).join(' OR ')})` : 'FALSE';
      } else {
        pred = values.length
          ? `${valueExpr(attribute).sql} IN (${values.map((s) => scalarParam(p, attribute, s)).join(', ')})`
          : 'FALSE';
      }
      return negated ? negate(presenceExpr(attribute), pred) : pred;
    }
    case 'startsWith': {
      const v = valueExpr(expr.attribute);
      let pred: string;
      if (v.kind === 'list') {
        pred = `EXISTS (SELECT 1 FROM jsonb_array_elements_text(${v.sql}) AS e(x) WHERE starts_with(e.x, ${p.add(expr.prefix)}::text))`;
      } else if (expr.attribute.kind === 'system' && !isStatus(expr.attribute)) {
        // LIKE 'prefix%' on a "C"-collated column is a btree range scan.
        pred = `${v.sql} LIKE ${p.add(`${expr.prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}::text`;
      } else {
        pred = `starts_with(${v.sql}, ${p.add(expr.prefix)}::text)`;
      }
      return expr.negated ? negate(v.sql, pred) : pred;
    }
  }
}

/** The WHERE clause of a query in a namespace (namespace first, so every index applies). */
export function whereSql(namespace: string, query: VisibilityQuery, p: SqlParams, ranges: string): string {
  const ns = p.add(namespace);
  const cond = `namespace = ${ns}::text`;
  return query.filter ? `${cond} AND ${filterSql(query.filter, { p, ns, ranges })}` : cond;
}

/** One sort term as SQL: nulls are greatest (last ascending, first descending), as in the in-memory order. */
export interface SortKey {
  readonly sql: string;
  readonly direction: 'asc' | 'desc';
}

/** The sort keys of a query: its ORDER BY (or the default order), then RunId ascending as the tie-breaker. */
export function sortKeys(query: VisibilityQuery): SortKey[] {
  return effectiveOrder(query).map((t: OrderTerm) => ({ sql: sortExpr(t.attribute), direction: t.direction }));
}

export function orderBySql(keys: readonly SortKey[]): string {
  return keys.map((k) => `${k.sql} ${k.direction === 'asc' ? 'ASC NULLS LAST' : 'DESC NULLS FIRST'}`).join(', ');
}

/** A sort-key value as read back from a row (numbers, strings, booleans or null). */
export type KeyValue = string | number | boolean | null;

/**
 * Keyset condition "strictly after `after`" in the order of `keys`: the next page starts after the last row seen,
 * so rows inserted meanwhile never shift or repeat a page.
 */
export function afterSql(keys: readonly SortKey[], after: readonly KeyValue[], p: SqlParams): string {
  if (after.length !== keys.length) throw new VisibilityQueryError('invalid next page token');
  const disjuncts: string[] = [];
  const equalSoFar: string[] = [];
  keys.forEach((k, i) => {
    const v = after[i] ?? null;
    const param = v === null ? '' : typedParam(p, v);
    let later: string;
    if (v === null) later = k.direction === 'asc' ? 'FALSE' : `${k.sql} IS NOT NULL`;
    else later = k.direction === 'asc' ? `(${k.sql} > ${param} OR ${k.sql} IS NULL)` : `${k.sql} < ${param}`;
    if (later !== 'FALSE') disjuncts.push(equalSoFar.length ? `(${[...equalSoFar, later].join(' AND ')})` : later);
    equalSoFar.push(v === null ? `${k.sql} IS NULL` : `${k.sql} = ${param}`);
  });
  return disjuncts.length ? `(${disjuncts.join(' OR ')})` : 'FALSE';
}

function typedParam(p: SqlParams, v: string | number | boolean): string {
  const ph = p.add(v);
  return typeof v === 'number' ? `${ph}::float8` : typeof v === 'boolean' ? `${ph}::boolean` : `${ph}::text COLLATE "C"`;
}

/** Encodes the last row's sort key as an opaque next-page token. */
export function encodePageToken(key: readonly KeyValue[]): Buffer {
  return Buffer.from(JSON.stringify({ k: key }));
}

/** Decodes a next-page token ({@link VisibilityQueryError} when it is not one of ours or not for this order). */
export function decodePageToken(token: Uint8Array, keyCount: number): KeyValue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token).toString());
  } catch {
    throw new VisibilityQueryError('invalid next page token');
  }
  const key = (parsed as { k?: unknown } | null)?.k;
  const ok =
    Array.isArray(key) &&
    key.length === keyCount &&
    key.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v));
  if (!ok) throw new VisibilityQueryError('invalid next page token');
  return key as KeyValue[];
}

/**
 * The `search_attributes` column of a run: per attribute, the raw value read as each type the List Filter may
 * compare it as (`k` Keyword/Text, `l` KeywordList, `j` its sort string, `w` Text tokens, `n` Int/Double,
 * `b` Bool, `t` Datetime ms). Which reading a query uses depends on the type registered when it runs.
 */
export function searchAttributeColumn(decoded: Readonly<Record<string, unknown>>): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [name, raw] of Object.entries(decoded)) {
    if (raw == null) continue;
    const cell: Record<string, unknown> = {};
    const keyword = normaliseSearchAttribute('Keyword', raw);
    if (keyword !== null) {
      cell[SA_KEYS.keyword] = keyword;
      cell[SA_KEYS.tokens] = textTokens(String(keyword));
    }
    const list = normaliseSearchAttribute('KeywordList', raw);
    if (Array.isArray(list)) {
      cell[SA_KEYS.list] = list;
      cell[SA_KEYS.joined] = list.join(',');
    }
    const n = normaliseSearchAttribute('Int', raw);
    if (n !== null) cell[SA_KEYS.number] = n;
    const b = normaliseSearchAttribute('Bool', raw);
    if (b !== null) cell[SA_KEYS.bool] = b;
    const t = normaliseSearchAttribute('Datetime', raw);
    if (t !== null) cell[SA_KEYS.time] = t;
    out[name] = cell;
  }
  return out;
}
