import type { OrderTerm, VisibilityQuery } from './ast';
import { attributeValue, compareScalars } from './attribute-values';
import type { VisibilityRecord } from './visibility-record';

/** Temporal's default listing order: CloseTime descending (running runs first), then StartTime descending. */
export const DEFAULT_ORDER: readonly OrderTerm[] = [
  { attribute: { kind: 'system', name: 'CloseTime', type: 'Datetime' }, direction: 'desc' },
  { attribute: { kind: 'system', name: 'StartTime', type: 'Datetime' }, direction: 'desc' },
];

/** Final tie-breaker so that equal keys still page deterministically. */
const TIE_BREAKER: OrderTerm = { attribute: { kind: 'system', name: 'RunId', type: 'Keyword' }, direction: 'asc' };

/** The terms a query sorts by: its ORDER BY, or {@link DEFAULT_ORDER}, then RunId ascending. */
export function effectiveOrder(query: VisibilityQuery): readonly OrderTerm[] {
  return [...(query.orderBy.length > 0 ? query.orderBy : DEFAULT_ORDER), TIE_BREAKER];
}

/**
 * A comparator for `Array.prototype.sort` implementing the query's order. Nulls compare greater than any value
 * (PostgreSQL), so they come last ascending and first descending.
 */
export function compareByOrder(query: VisibilityQuery): (a: VisibilityRecord, b: VisibilityRecord) => number {
  const terms = effectiveOrder(query);
  return (a, b) => {
    for (const { attribute, direction } of terms) {
      const va = attributeValue(attribute, a);
      const vb = attributeValue(attribute, b);
      let c: number;
      if (va === null || vb === null) c = va === vb ? 0 : va === null ? 1 : -1;
      else c = compareScalars(va as string | number | boolean, vb as string | number | boolean);
      if (c !== 0) return direction === 'asc' ? c : -c;
    }
    return 0;
  };
}

/** The GROUP BY values of a record (for CountWorkflowExecutions groups), in GROUP BY order. */
export function groupValuesOf(
  query: VisibilityQuery,
  record: VisibilityRecord,
): Array<string | number | boolean | null> {
  return query.groupBy.map((attribute) => {
    const v = attributeValue(attribute, record);
    return Array.isArray(v) ? (v as readonly string[]).join(',') : (v as string | number | boolean | null);
  });
}
