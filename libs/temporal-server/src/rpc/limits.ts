import { invalidArgument } from '../errors/server-error';

/** Largest single payload accepted (Temporal's blob size limit). */
export const MAX_PAYLOAD_BYTES = 2 * 1024 * 1024;

/**
 * Rejects any payload `data` above 2 MiB. Fast path: a request smaller than the limit cannot contain one, so the
 * walk only happens for big requests.
 */
export function checkPayloadSizes(req: unknown, requestSize: number): void {
  if (requestSize <= MAX_PAYLOAD_BYTES) return;
  const walk = (v: unknown, depth: number): void => {
    if (!v || typeof v !== 'object' || depth > 64) return;
    if (v instanceof Uint8Array) {
      if (v.length > MAX_PAYLOAD_BYTES) throw invalidArgument('Blob data size exceeds limit.');
      return;
    }
    for (const x of Array.isArray(v) ? v : Object.values(v)) walk(x, depth + 1);
  };
  walk(req, 0);
}
