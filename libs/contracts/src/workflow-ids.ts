/**
 * Workflow ids: one plan lifecycle per plan, one task per responsibility × owning organisation,
 * one reporting duty per duty. Deterministic, so the API can address a workflow without a lookup
 * and a second start of the same id is refused by the server.
 */
export const planWorkflowId = (planId: string): string => `plan:${planId}`;

/** `task:<planId>:<responsibilityId>:<orgId>`. */
export const taskWorkflowId = (planId: string, responsibilityId: string, orgId: string): string => `task:${planId}:${responsibilityId}:${orgId}`;

/** `duty:<planId>:<dutyId>`. */
export const dutyWorkflowId = (planId: string, dutyId: string): string => `duty:${planId}:${dutyId}`;

/** `digest:<leaderId>`: one weekly digest per leader, started idempotently by the worker. */
export const digestWorkflowId = (leaderId: string): string => `digest:${leaderId}`;

/** The parts of a workflow id, or undefined when it is not one of dondoc's. */
export type ParsedWorkflowId =
  | { kind: 'plan'; planId: string }
  | { kind: 'task'; planId: string; responsibilityId: string; orgId: string }
  | { kind: 'duty'; planId: string; dutyId: string };

/** Parses an id made by the functions above (ids of the parts must not contain ':'). */
export function parseWorkflowId(id: string): ParsedWorkflowId | undefined {
  const [kind, ...parts] = id.split(':');
  if (parts.some((p) => p === '')) return undefined;
  if (kind === 'plan' && parts.length === 1) return { kind, planId: parts[0]! };
  if (kind === 'task' && parts.length === 3) return { kind, planId: parts[0]!, responsibilityId: parts[1]!, orgId: parts[2]! };
  if (kind === 'duty' && parts.length === 2) return { kind, planId: parts[0]!, dutyId: parts[1]! };
  return undefined;
}
