/**
 * Temporal List Filter (visibility query) subset: parse once into a typed AST, then evaluate it in memory
 * (`matchesQuery`, `compareByOrder`) or translate it to SQL in a durable store.
 */
export type {
  AndExpr,
  AttributeRef,
  BetweenExpr,
  ComparisonExpr,
  ComparisonOperator,
  CustomAttributeRef,
  FilterExpr,
  InExpr,
  IsNullExpr,
  OrExpr,
  OrderTerm,
  ScalarValue,
  SortDirection,
  StartsWithExpr,
  SystemAttributeRef,
  VisibilityQuery,
} from './ast';
export {
  attributeValue,
  compareScalars,
  normaliseSearchAttribute,
  textTokens,
  type AttributeValue,
} from './attribute-values';
export { parseDurationMs, parseExecutionStatus } from './literal-values';
export { matchesFilter, matchesQuery } from './match-query';
export { DEFAULT_ORDER, compareByOrder, effectiveOrder, groupValuesOf } from './order-records';
export { parseVisibilityQuery } from './parser';
export {
  SEARCH_ATTRIBUTE_TYPES,
  indexedValueTypeOf,
  parseSearchAttributeType,
  searchAttributeTypeFromIndexedValueType,
  type SearchAttributeType,
} from './search-attribute-type';
export {
  SYSTEM_ATTRIBUTES,
  isSystemAttributeName,
  type SystemAttributeDefinition,
  type SystemAttributeName,
} from './system-attributes';
export { VisibilityQueryError } from './visibility-query-error';
export {
  EXECUTION_STATUS_NAMES,
  executionStatusFromProto,
  executionStatusToProto,
  type ExecutionStatusName,
  type VisibilityRecord,
} from './visibility-record';
