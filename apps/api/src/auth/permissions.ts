import type { Role } from '@dondoc/persistence';

/**
 * Every permission a route can require. Later features (plans, tasks, duties) already have their
 * names so the role table below stays the single place where access is decided.
 */
export const PERMISSIONS = [
  'profile.read',
  'organisations.read',
  'organisations.write',
  'users.read',
  'users.write',
  'audit.read',
  'calendar.read',
  'calendar.write',
  'plans.read',
  'plans.draft',
  'plans.amend',
  'plans.comment',
  'plans.review',
  'plans.approve',
  'plans.sign',
  'plans.register',
  'plans.issue',
  'plans.import',
  'tasks.read',
  'tasks.assign',
  'tasks.update',
  'duties.read',
  'duties.manage',
  'duties.submit',
  'duties.consolidate',
  'dashboard.read',
  'escalationPolicies.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const EVERYONE: Permission[] = [
  'profile.read',
  'organisations.read',
  'users.read',
  'plans.read',
  'tasks.read',
  'duties.read',
  'calendar.read',
];

/** Role → permissions: the one table that decides who may do what. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: PERMISSIONS,
  // lãnh đạo: reviews, approves and signs; commissions amending plans; assigns work; reads the audit trail.
  leader: [
    ...EVERYONE,
    'plans.amend',
    'plans.comment',
    'plans.review',
    'plans.approve',
    'plans.sign',
    'plans.import',
    'tasks.assign',
    'audit.read',
    'dashboard.read',
  ],
  // cán bộ/công chức: drafts plans, reports progress and submits duties.
  department: [...EVERYONE, 'plans.draft', 'plans.amend', 'plans.comment', 'plans.import', 'tasks.update', 'duties.submit'],
  // văn thư: numbers, registers and issues documents.
  clerk: [...EVERYONE, 'plans.register', 'plans.issue', 'plans.import'],
  // cơ quan thường trực: manages reporting duties and consolidates reports.
  'standing-agency': [...EVERYONE, 'plans.comment', 'duties.manage', 'duties.consolidate', 'dashboard.read'],
};

/** Union of the permissions of the given roles, sorted. */
export function permissionsOf(roles: readonly Role[]): Permission[] {
  const set = new Set<Permission>();
  for (const r of roles) for (const p of ROLE_PERMISSIONS[r] ?? []) set.add(p);
  return [...set].sort();
}
