import { validityState } from './validity';

describe('validityState', () => {
  it.each([
    [{ validFrom: null, validTo: null }, '2026-11-21', 'current'],
    [{ validFrom: '2025-07-01', validTo: null }, '2025-07-01', 'current'],
    [{ validFrom: '2025-07-01', validTo: null }, '2025-06-30', 'upcoming'],
    [{ validFrom: null, validTo: '2025-02-28' }, '2025-02-28', 'current'],
    [{ validFrom: null, validTo: '2025-02-28' }, '2025-03-01', 'expired'],
  ])('%j on %s is %s', (org, today, expected) => {
    expect(validityState(org, today)).toBe(expected);
  });
});
