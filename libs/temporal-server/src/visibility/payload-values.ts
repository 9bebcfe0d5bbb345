import type { Obj } from '../engine/events';

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
