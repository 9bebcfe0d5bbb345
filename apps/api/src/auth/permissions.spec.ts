import { ROLES } from '@dondoc/persistence';
import { PERMISSIONS, ROLE_PERMISSIONS, permissionsOf } from './permissions';

describe('ROLE_PERMISSIONS', () => {
  it('covers every role; admin has every permission; everyone can read their profile and the directories', () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort());
    expect(permissionsOf(['admin'])).toEqual([...PERMISSIONS].sort());
    for (const role of ROLES)
      expect(permissionsOf([role])).toEqual(
        expect.arrayContaining(['profile.read', 'organisations.read', 'users.read']),
      );
  });

  it('keeps administration to admins', () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      expect(permissionsOf([role])).not.toContain('organisations.write');
      expect(permissionsOf([role])).not.toContain('users.write');
    }
  });

  it('gives each role its own work', () => {
    expect(permissionsOf(['leader'])).toEqual(expect.arrayContaining(['plans.approve', 'plans.sign']));
    expect(permissionsOf(['clerk'])).toEqual(expect.arrayContaining(['plans.register', 'plans.issue']));
    expect(permissionsOf(['clerk'])).not.toContain('plans.sign');
    expect(permissionsOf(['department'])).toContain('duties.submit');
    expect(permissionsOf(['standing-agency'])).toContain('duties.consolidate');
  });

  it('lets departments draft and leaders commission an amending plan, but only departments draft (Decree 30)', () => {
    expect(permissionsOf(['leader'])).toContain('plans.amend');
    expect(permissionsOf(['leader'])).not.toContain('plans.draft');
    expect(permissionsOf(['department'])).toEqual(expect.arrayContaining(['plans.draft', 'plans.amend']));
    expect(permissionsOf(['clerk'])).not.toContain('plans.amend');
  });
});
