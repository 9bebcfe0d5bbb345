import type { AttributeRef, FilterExpr, ScalarValue, VisibilityQuery } from './ast';
import { attributeValue, compareScalars, textTokens, type AttributeValue } from './attribute-values';
import type { VisibilityRecord } from './visibility-record';

/**
 * True when the record satisfies the query's filter (a query without filter matches everything).
 * Null semantics follow SQL: every predicate on an absent value is false except `IS NULL`.
 */
export function matchesQuery(query: VisibilityQuery, record: VisibilityRecord): boolean {
  return query.filter === null || matchesFilter(query.filter, record);
}

/** Evaluates one filter tree against a record (see {@link matchesQuery}). */
export function matchesFilter(expr: FilterExpr, record: VisibilityRecord): boolean {
  switch (expr.kind) {
    case 'and':
      return expr.operands.every((o) => matchesFilter(o, record));
    case 'or':
      return expr.operands.some((o) => matchesFilter(o, record));
    case 'isNull': {
      const v = attributeValue(expr.attribute, record);
      const isNull = v === null || (Array.isArray(v) && v.length === 0);
      return isNull !== expr.negated;
    }
    case 'comparison':
      return withValue(expr.attribute, record, (v) => compare(expr.attribute.type, v, expr.operator, expr.value));
    case 'between':
      return withValue(
        expr.attribute,
        record,
        (v) =>
          !Array.isArray(v) &&
          (compareScalars(v as ScalarValue, expr.low) >= 0 && compareScalars(v as ScalarValue, expr.high) <= 0) !==
            expr.negated,
      );
    case 'in':
      return withValue(
        expr.attribute,
        record,
        (v) => expr.values.some((value) => equals(expr.attribute.type, v, value)) !== expr.negated,
      );
    case 'startsWith':
      return withValue(
        expr.attribute,
        record,
        (v) => anyElement(v, (s) => String(s).startsWith(expr.prefix)) !== expr.negated,
      );
  }
}

/** SQL null semantics: a predicate over an absent value is false, whatever its negation. */
function withValue(
  attribute: AttributeRef,
  record: VisibilityRecord,
  test: (v: NonNullable<AttributeValue>) => boolean,
): boolean {
  const v = attributeValue(attribute, record);
  return v !== null && test(v);
}

function compare(type: string, v: NonNullable<AttributeValue>, operator: string, value: ScalarValue): boolean {
  switch (operator) {
    case '=':
      return equals(type, v, value);
    case '!=':
      return !equals(type, v, value);
  }
  if (Array.isArray(v)) return false;
  const c = compareScalars(v as ScalarValue, value);
  switch (operator) {
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
    case '<':
      return c < 0;
    default:
      return c <= 0;
  }
}

/** Equality per type: KeywordList contains, Text token match, everything else exact. */
function equals(type: string, v: NonNullable<AttributeValue>, value: ScalarValue): boolean {
  if (type === 'Text') {
    const have = new Set(textTokens(String(v)));
    const want = textTokens(String(value));
    return want.length > 0 && want.every((t) => have.has(t));
  }
  return anyElement(v, (s) => compareScalars(s, value) === 0);
}

function anyElement(v: NonNullable<AttributeValue>, test: (s: ScalarValue) => boolean): boolean {
  return Array.isArray(v) ? (v as readonly string[]).some(test) : test(v as ScalarValue);
}
