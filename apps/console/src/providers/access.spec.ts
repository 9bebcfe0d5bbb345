import { canAccessResource } from './access';

const admin = { permissions: ['organisations.read', 'organisations.write', 'users.read', 'users.write'] };
const department = { permissions: ['organisations.read', 'users.read'] };

describe('canAccessResource', () => {
  it.each([
    [admin, 'list', 'organisations', true],
    [admin, 'create', 'organisations', true],
    [admin, 'edit', 'users', true],
    [department, 'list', 'organisations', true],
    [department, 'show', 'users', true],
    [department, 'create', 'organisations', false],
    [department, 'edit', 'organisations', false],
    [department, 'delete', 'users', false],
  ])('%j may %s %s: %s', (me, action, resource, expected) => {
    expect(canAccessResource(me, action, resource)).toBe(expected);
  });

  it('refuses everything without a session', () => {
    expect(canAccessResource(undefined, 'list', 'organisations')).toBe(false);
  });
});
