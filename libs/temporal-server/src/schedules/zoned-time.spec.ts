import { fromWall, isKnownTimeZone, offsetAt, toWall } from './zoned-time';

const at = (s: string) => Date.parse(s);

describe('zoned time (Intl)', () => {
  it('reads Asia/Ho_Chi_Minh as UTC+7 all year', () => {
    expect(offsetAt(at('2027-01-15T00:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe(7 * 3_600_000);
    expect(offsetAt(at('2027-07-15T00:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe(7 * 3_600_000);
    expect(fromWall(at('2027-06-05T08:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe(at('2027-06-05T01:00:00Z'));
  });

  it('round-trips wall readings and resolves gaps and folds', () => {
    const ny = 'America/New_York';
    expect(toWall(at('2026-07-01T16:00:00.250Z'), ny)).toBe(at('2026-07-01T12:00:00.250Z'));
    expect(fromWall(at('2026-03-08T02:30:00Z'), ny)).toBe(at('2026-03-08T07:30:00Z'));
    expect(fromWall(at('2026-11-01T01:30:00Z'), ny)).toBe(at('2026-11-01T05:30:00Z'));
  });

  it('knows IANA names and rejects others', () => {
    expect(isKnownTimeZone('Asia/Ho_Chi_Minh')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });
});
