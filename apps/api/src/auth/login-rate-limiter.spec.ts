import { LoginRateLimiter } from './login-rate-limiter';

describe('LoginRateLimiter', () => {
  it('refuses the attempt after five failures within a minute, per IP and username', () => {
    const l = new LoginRateLimiter();
    for (let i = 0; i < 5; i++) {
      expect(l.check('1.1.1.1', 'vhxh', 1000 + i)).toBeNull();
      l.recordFailure('1.1.1.1', 'vhxh', 1000 + i);
    }
    expect(l.check('1.1.1.1', 'VHXH ', 1010)).toBe(60);
    expect(l.check('1.1.1.1', 'admin', 1010)).toBeNull();
    expect(l.check('2.2.2.2', 'vhxh', 1010)).toBeNull();
    expect(l.check('1.1.1.1', 'vhxh', 1000 + 60_000)).toBeNull();
  });

  it('never throttles successful sign-ins (only failures are recorded)', () => {
    const l = new LoginRateLimiter();
    for (let i = 0; i < 20; i++) expect(l.check('1.1.1.1', 'admin', 1000 + i)).toBeNull();
  });
});
