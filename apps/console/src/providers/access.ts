import type { Me } from '@dondoc/contracts';

const READ_ACTIONS = new Set(['list', 'show', 'export']);

/** Administration pages: every action, reading included, needs the API permission named here. */
const ADMIN_RESOURCES: Readonly<Record<string, string>> = {
  'calendar-exceptions': 'calendar.write',
  'escalation-policies': 'escalationPolicies.manage',
};

/**
 * The console's one access rule, fed by `permissions` from `GET /api/me`:
 * reading a resource needs a session (the API filters rows itself);
 * writing it (create, edit, delete, clone) needs `<resource>.write`.
 * The API enforces the same permissions; this only hides what would be refused.
 */
export function canAccessResource(me: Pick<Me, 'permissions'> | undefined, action: string, resource: string): boolean {
  if (!me) return false;
  const admin = ADMIN_RESOURCES[resource];
  if (admin) return me.permissions.includes(admin);
  if (READ_ACTIONS.has(action)) return true;
  // Row-level actions arrive as e.g. "edit" with resource "organisations"; menu entries as "list".
  return me.permissions.includes(`${resource}.write`);
}
