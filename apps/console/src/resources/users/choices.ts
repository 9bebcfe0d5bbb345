/** Role codes (`User.roles`), as libs/persistence defines them. */
const ROLES = ['admin', 'leader', 'department', 'clerk', 'standing-agency'] as const;

export const roleChoices = ROLES.map((role) => ({ id: role, name: `dondoc.roles.${role}` }));
