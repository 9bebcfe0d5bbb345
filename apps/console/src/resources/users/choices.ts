import { ROLES } from '../../types';

export const roleChoices = ROLES.map((role) => ({ id: role, name: `dondoc.roles.${role}` }));
