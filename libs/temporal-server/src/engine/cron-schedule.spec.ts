import { cronBackoffMs, nextCronTime, parseCron } from './cron-schedule';

const at = (iso: string) => Date.parse(iso);

describe('cron schedule', () => {
  it.each([
    ['0 * * * *', '2026-01-01T10:15:30Z', '2026-01-01T11:00:00Z'],
    ['0 * * * *', '2026-01-01T10:00:00Z', '2026-01-01T11:00:00Z'],
    ['*/15 * * * *', '2026-01-01T10:16:00Z', '2026-01-01T10:30:00Z'],
    ['30 9 * * 1-5', '2026-01-03T12:00:00Z', '2026-01-05T09:30:00Z'],
    ['0 0 1 * *', '2026-01-31T00:00:00Z', '2026-02-01T00:00:00Z'],
    ['@daily', '2026-03-10T23:59:00Z', '2026-03-11T00:00:00Z'],
    ['0 8 * jan,feb sun', '2026-02-02T00:00:00Z', '2026-02-08T08:00:00Z'],
  ])('%s after %s → %s', (expr, after, next) => {
    expect(new Date(nextCronTime(parseCron(expr), at(after))).toISOString()).toBe(new Date(at(next)).toISOString());
  });

  it('supports @every and rejects nonsense', () => {
    expect(cronBackoffMs('@every 1h30m', 0)).toBe(5_400_000);
    expect(() => parseCron('61 * * * *')).toThrow();
    expect(() => parseCron('* * *')).toThrow();
  });
});
