/**
 * JSON with tags for what run state holds besides plain data: Map (`$m`, entries keep key types), Set (`$s`),
 * bytes (`$b`, base64) and bigint (`$n`). Buffer#toJSON runs before a replacer sees the value, so the replacer reads
 * the raw value from its holder.
 */
export function encodeJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, k: string, v: unknown) {
    const raw = this[k];
    if (raw instanceof Map) return { $m: [...raw.entries()] };
    if (raw instanceof Set) return { $s: [...raw.values()] };
    if (raw instanceof Uint8Array) return { $b: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64') };
    if (typeof raw === 'bigint') return { $n: raw.toString() };
    return v;
  });
}

export function decodeJson<T = unknown>(text: string | object): T {
  return revive(typeof text === 'string' ? JSON.parse(text) : text) as T;
}

function revive(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(revive);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 1) {
    if (keys[0] === '$m') return new Map((o.$m as Array<[unknown, unknown]>).map(([k, x]) => [revive(k), revive(x)]));
    if (keys[0] === '$s') return new Set((o.$s as unknown[]).map(revive));
    if (keys[0] === '$b') return Buffer.from(String(o.$b), 'base64');
    if (keys[0] === '$n') return BigInt(String(o.$n));
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = revive(o[k]);
  return out;
}
