import { notFound } from '../errors/server-error';

/** What a task token identifies: a workflow task, an activity attempt, or a direct query. */
export type TaskToken =
  | { kind: 'w'; runId: string; token: number }
  | { kind: 'a'; runId: string; scheduledEventId: number; attempt: number }
  | { kind: 'q'; id: string };

/** Opaque bytes for the worker; compact text inside. */
export function encodeToken(t: TaskToken): Buffer {
  const parts = t.kind === 'w' ? [t.kind, t.runId, t.token] : t.kind === 'a' ? [t.kind, t.runId, t.scheduledEventId, t.attempt] : [t.kind, t.id];
  return Buffer.from(parts.join('|'));
}

/** Parses a token or throws NOT_FOUND (a token we did not issue is as good as a stale one). */
export function decodeToken(raw: unknown): TaskToken {
  const s = raw instanceof Uint8Array ? Buffer.from(raw).toString() : '';
  const p = s.split('|');
  if (p[0] === 'w' && p.length === 3) return { kind: 'w', runId: p[1]!, token: Number(p[2]) };
  if (p[0] === 'a' && p.length === 4) return { kind: 'a', runId: p[1]!, scheduledEventId: Number(p[2]), attempt: Number(p[3]) };
  if (p[0] === 'q' && p.length === 2) return { kind: 'q', id: p[1]! };
  throw notFound('invalid or unknown task token');
}
