import { DomainError, DomainErrorCode, DOMAIN_ERROR_MESSAGES, isDomainError } from '.';

describe('DomainError', () => {
  it.each(Object.values(DomainErrorCode))('%s has a Vietnamese and an English message', (code) => {
    const m = DOMAIN_ERROR_MESSAGES[code];
    expect(m.vi.length).toBeGreaterThan(0);
    expect(m.en.length).toBeGreaterThan(0);
  });

  it('carries code, Vietnamese message, details, and round-trips through JSON', () => {
    const e = new DomainError(DomainErrorCode.InvalidDate, { text: '31/02/2024', position: 12 }, '31/02/2024');
    expect(e).toBeInstanceOf(Error);
    expect(e.message).toBe('Ngày không tồn tại: 31/02/2024');
    const back = DomainError.fromJson(JSON.parse(JSON.stringify(e)));
    expect(back.code).toBe(DomainErrorCode.InvalidDate);
    expect(back.details).toEqual({ text: '31/02/2024', position: 12 });
    expect(isDomainError(back)).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
  });
});
