/**
 * The seven search-attribute value types of Temporal (`temporal.api.enums.v1.IndexedValueType`), spelled as on
 * the `--search-attribute Name=Type` command line and in the typed TS SDK payload metadata.
 */
export type SearchAttributeType = 'Keyword' | 'Text' | 'Int' | 'Double' | 'Bool' | 'Datetime' | 'KeywordList';

/** All search-attribute types, in `IndexedValueType` order (TEXT = 1 … KEYWORD_LIST = 7). */
export const SEARCH_ATTRIBUTE_TYPES: readonly SearchAttributeType[] = [
  'Text',
  'Keyword',
  'Int',
  'Double',
  'Bool',
  'Datetime',
  'KeywordList',
];

/**
 * Reads a type name as written by users or protos: `Keyword`, `KEYWORD`, `keyword_list`,
 * `INDEXED_VALUE_TYPE_KEYWORD_LIST`… Returns `undefined` for anything else.
 */
export function parseSearchAttributeType(name: string): SearchAttributeType | undefined {
  const squashed = name
    .trim()
    .replace(/^INDEXED_VALUE_TYPE_/i, '')
    .replace(/_/g, '')
    .toLowerCase();
  return SEARCH_ATTRIBUTE_TYPES.find((t) => t.toLowerCase() === squashed);
}

/** Maps the numeric proto enum `IndexedValueType` (1…7) to a type; 0/unknown → `undefined`. */
export function searchAttributeTypeFromIndexedValueType(value: number): SearchAttributeType | undefined {
  return SEARCH_ATTRIBUTE_TYPES[value - 1];
}

/** Maps a type to the numeric proto enum `IndexedValueType` (1…7). */
export function indexedValueTypeOf(type: SearchAttributeType): number {
  return SEARCH_ATTRIBUTE_TYPES.indexOf(type) + 1;
}
