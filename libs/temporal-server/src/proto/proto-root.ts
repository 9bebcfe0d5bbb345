import type { Root, Type } from 'protobufjs';

// The root is loaded once; it is the SDK's own precompiled JSON descriptor (no .proto parsing at start).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const root: Root = require('@temporalio/proto/protos/root.js');

const types = new Map<string, Type>();

/** The shared protobufjs root of `@temporalio/proto`. */
export function protoRoot(): Root {
  return root;
}

/** A message type by full name, cached. */
export function protoType(fullName: string): Type {
  let t = types.get(fullName);
  if (!t) {
    t = root.lookupType(fullName);
    types.set(fullName, t);
  }
  return t;
}

/** Encode a plain object (or message instance) of the given type. */
export function encodeMessage(fullName: string, value: unknown): Uint8Array {
  const t = protoType(fullName);
  return t.encode(t.fromObject(value as Record<string, unknown>)).finish();
}

/** Pack a plain object into a `google.protobuf.Any`. */
export function packAny(fullName: string, value: unknown): { type_url: string; value: Uint8Array } {
  return { type_url: `type.googleapis.com/${fullName}`, value: encodeMessage(fullName, value) };
}

/** Unpack a `google.protobuf.Any` into a plain object (longs as numbers, enums as numbers). */
export function unpackAny(any: { type_url?: string; value?: Uint8Array } | undefined | null): { typeName: string; value: Record<string, unknown> } | undefined {
  if (!any?.type_url || !any.value) return undefined;
  const typeName = any.type_url.slice(any.type_url.lastIndexOf('/') + 1);
  const t = protoType(typeName);
  return { typeName, value: t.toObject(t.decode(any.value), { longs: Number, enums: Number }) };
}
