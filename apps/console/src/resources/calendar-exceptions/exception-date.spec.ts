import { canAccessResource } from '../../providers/access';
import { isoToVn, isRealVnDate } from './exception-date';

describe('calendar exception dates (dd/mm/yyyy)', () => {
  it('shows stored ISO dates as dd/mm/yyyy and leaves typed text alone', () => {
    expect(isoToVn('2027-04-30')).toBe('30/04/2027');
    expect(isoToVn('30/4/2027')).toBe('30/4/2027');
    expect(isoToVn(undefined)).toBe('');
  });

  it.each([
    ['30/04/2027', true],
    ['5/6/2027', true],
    ['2027-06-05', true],
    ['29/02/2028', true],
    ['31/02/2027', false],
    ['29/02/2027', false],
    ['00/06/2027', false],
    ['31.12.2027', false],
    ['', false],
  ])('%s is a real day: %s', (text, ok) => {
    expect(isRealVnDate(text)).toBe(ok);
  });
});

describe('calendar exceptions access', () => {
  it('is for those with calendar.write only, even to list', () => {
    const admin = { permissions: ['calendar.read', 'calendar.write'] };
    const department = { permissions: ['calendar.read', 'tasks.read'] };
    for (const action of ['list', 'create', 'edit', 'delete']) {
      expect(canAccessResource(admin, action, 'calendar-exceptions')).toBe(true);
      expect(canAccessResource(department, action, 'calendar-exceptions')).toBe(false);
    }
  });
});
