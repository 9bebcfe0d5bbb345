import type { AttributeRef, ScalarValue } from './ast';
import { SYSTEM_ATTRIBUTES } from './system-attributes';
import type { VisibilityRecord } from './visibility-record';

/** An attribute's value on a record, normalised like query literals; `null` when absent or unreadable. */
export type AttributeValue = ScalarValue | readonly string[] | null;

/**
 * Reads an attribute from a record, normalised to the attribute's type: strings for Keyword/Text, `string[]`
 * for KeywordList, numbers for Int/Double/Datetime (epoch ms) and ExecutionDuration (ms), booleans for Bool.
 */
export function attributeValue(attribute: AttributeRef, record: VisibilityRecord): AttributeValue {
  if (attribute.kind === 'system') {
    const field = SYSTEM_ATTRIBUTES.get(attribute.name)!.field;
    const value = record[field];
    // A run that has not been delayed executes when it starts.
    if (value == null && attribute.name === 'ExecutionTime') return record.startTime;
    return value ?? null;
  }
  return normaliseSearchAttribute(attribute.type, record.searchAttributes[attribute.name]);
}

/**
 * A decoded custom search attribute read as `type` (what a query compares): a durable store precomputes these at
 * write time so that its SQL compares exactly what the in-memory matcher compares.
 */
export function normaliseSearchAttribute(type: AttributeRef['type'], raw: unknown): AttributeValue {
  if (raw == null) return null;
  switch (type) {
    case 'Keyword':
    case 'Text':
      return typeof raw === 'string' ? raw : Array.isArray(raw) && typeof raw[0] === 'string' ? raw[0] : null;
    case 'KeywordList':
      if (typeof raw === 'string') return [raw];
      return Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string') : null;
    case 'Int':
    case 'Double': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'bigint' || typeof raw === 'string' ? Number(raw) : NaN;
      return Number.isFinite(n) ? n : null;
    }
    case 'Bool':
      return typeof raw === 'boolean' ? raw : raw === 'true' ? true : raw === 'false' ? false : null;
    case 'Datetime': {
      const ms =
        typeof raw === 'number'
          ? raw
          : raw instanceof Date
            ? raw.getTime()
            : typeof raw === 'string'
              ? Date.parse(raw)
              : NaN;
      return Number.isFinite(ms) ? ms : null;
    }
  }
}

/** Orders two non-null scalars of the same attribute: numbers numerically, strings by code unit, false < true. */
export function compareScalars(a: ScalarValue, b: ScalarValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Lower-cased word tokens of a Text value (letters and digits of any script). */
export function textTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
