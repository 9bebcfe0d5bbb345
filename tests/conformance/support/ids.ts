import { randomUUID } from 'node:crypto';

/** A workflow id unique to this run, readable in server logs. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}
