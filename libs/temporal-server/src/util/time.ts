/** Protobuf Timestamp / Duration as plain objects (what protobufjs fromObject accepts). */
export interface ProtoTimestamp {
  seconds?: number | null;
  nanos?: number | null;
}

/** Epoch ms → google.protobuf.Timestamp. */
export function ts(ms: number): { seconds: number; nanos: number } {
  const seconds = Math.floor(ms / 1000);
  return { seconds, nanos: Math.round((ms - seconds * 1000) * 1e6) };
}

/** google.protobuf.Timestamp → epoch ms (0 when absent). */
export function fromTs(t: ProtoTimestamp | null | undefined): number {
  if (!t) return 0;
  return Number(t.seconds ?? 0) * 1000 + Math.floor(Number(t.nanos ?? 0) / 1e6);
}

/** ms → google.protobuf.Duration. */
export function dur(ms: number): { seconds: number; nanos: number } {
  return ts(ms);
}

/** google.protobuf.Duration → ms (0 when absent). */
export const durMs = fromTs;
