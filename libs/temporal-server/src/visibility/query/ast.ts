import type { SearchAttributeType } from './search-attribute-type';
import type { SystemAttributeName } from './system-attributes';

/**
 * The parsed form of a List Filter query. Every value is already checked against its attribute's type and
 * normalised (Datetime → epoch ms, ExecutionDuration → ms, ExecutionStatus → canonical name, Int/Double → number,
 * Bool → boolean), so the in-memory evaluator and a SQL translator can both consume it without re-parsing.
 */
export interface VisibilityQuery {
  /** `null` when the query has no filter (empty text, or only ORDER BY / GROUP BY). */
  readonly filter: FilterExpr | null;
  /** Explicit ORDER BY terms; empty means the default order (see {@link DEFAULT_ORDER}). */
  readonly orderBy: readonly OrderTerm[];
  /** GROUP BY attributes (only `ExecutionStatus` is accepted, for CountWorkflowExecutions). */
  readonly groupBy: readonly AttributeRef[];
}

/** An attribute reference resolved against the system attributes and the namespace's custom search attributes. */
export type AttributeRef = SystemAttributeRef | CustomAttributeRef;

/** A built-in attribute, backed by a {@link VisibilityRecord} field. */
export interface SystemAttributeRef {
  readonly kind: 'system';
  readonly name: SystemAttributeName;
  readonly type: SearchAttributeType;
}

/** A registered custom search attribute, backed by `record.searchAttributes[name]`. */
export interface CustomAttributeRef {
  readonly kind: 'custom';
  readonly name: string;
  readonly type: SearchAttributeType;
}

/** A normalised literal (see {@link VisibilityQuery}). */
export type ScalarValue = string | number | boolean;

export type ComparisonOperator = '=' | '!=' | '>' | '>=' | '<' | '<=';

/** A boolean filter tree. AND/OR are n-ary and flattened; leaves always name one attribute. */
export type FilterExpr = AndExpr | OrExpr | ComparisonExpr | BetweenExpr | InExpr | StartsWithExpr | IsNullExpr;

export interface AndExpr {
  readonly kind: 'and';
  readonly operands: readonly FilterExpr[];
}

export interface OrExpr {
  readonly kind: 'or';
  readonly operands: readonly FilterExpr[];
}

/**
 * `attr op value`. KeywordList: `=` means "contains", `!=` "does not contain". Text: `=` means every token of the
 * value occurs in the attribute's tokens (case-insensitive), `!=` its negation.
 */
export interface ComparisonExpr {
  readonly kind: 'comparison';
  readonly attribute: AttributeRef;
  readonly operator: ComparisonOperator;
  readonly value: ScalarValue;
}

/** `attr [NOT] BETWEEN low AND high` (inclusive). */
export interface BetweenExpr {
  readonly kind: 'between';
  readonly attribute: AttributeRef;
  readonly low: ScalarValue;
  readonly high: ScalarValue;
  readonly negated: boolean;
}

/** `attr [NOT] IN (v1, v2, …)`; for KeywordList "contains any of". */
export interface InExpr {
  readonly kind: 'in';
  readonly attribute: AttributeRef;
  readonly values: readonly ScalarValue[];
  readonly negated: boolean;
}

/** `attr [NOT] STARTS_WITH 'prefix'` (Keyword and KeywordList: any element). */
export interface StartsWithExpr {
  readonly kind: 'startsWith';
  readonly attribute: AttributeRef;
  readonly prefix: string;
  readonly negated: boolean;
}

/** `attr IS [NOT] NULL`; `negated` is true for IS NOT NULL. */
export interface IsNullExpr {
  readonly kind: 'isNull';
  readonly attribute: AttributeRef;
  readonly negated: boolean;
}

export type SortDirection = 'asc' | 'desc';

/** One ORDER BY term. Nulls sort as larger than every value (PostgreSQL): last when ascending, first descending. */
export interface OrderTerm {
  readonly attribute: AttributeRef;
  readonly direction: SortDirection;
}
