import { accepts } from './serve-console';

describe('accepts (Accept-Encoding)', () => {
  it('finds a listed coding, whatever its case and spacing', () => {
    expect(accepts('gzip, deflate, br, zstd', 'br')).toBe(true);
    expect(accepts('gzip, deflate, br, zstd', 'gzip')).toBe(true);
    expect(accepts(' GZIP ;q=0.5', 'gzip')).toBe(true);
  });

  it('refuses a coding that is absent, only a prefix of another, or weighted q=0', () => {
    expect(accepts('gzip, deflate', 'br')).toBe(false);
    expect(accepts('brotli', 'br')).toBe(false);
    expect(accepts('br;q=0, gzip', 'br')).toBe(false);
    expect(accepts(undefined, 'gzip')).toBe(false);
  });
});
