import { DomainError, DomainErrorCode } from '../errors';
import { compareLocalDates, isLeapYear, localDate, parseIsoDate, toIsoDate } from './local-date';

describe('localDate validation', () => {
  it.each([
    [2024, 2, 31, '31/02'],
    [2025, 2, 29, '29/02/2025 (not a leap year)'],
    [2024, 4, 31, '31/04'],
    [2024, 6, 0, '00/06'],
    [2024, 13, 1, 'month 13'],
    [2024, 0, 10, 'month 0'],
    [2024, 6, 1.5, 'fractional day'],
  ])('rejects %i-%i-%i (%s) with INVALID_DATE and never rolls over', (y, m, d) => {
    expect(() => localDate(y, m, d)).toThrow(DomainError);
    try {
      localDate(y, m, d, { position: 42 });
    } catch (e) {
      expect((e as DomainError).code).toBe(DomainErrorCode.InvalidDate);
      expect((e as DomainError).details).toMatchObject({ position: 42 });
    }
  });

  it.each([
    [2024, 2, 29],
    [2000, 2, 29],
    [2024, 12, 31],
    [2025, 1, 1],
  ])('accepts %i-%i-%i', (y, m, d) => {
    expect(localDate(y, m, d)).toEqual({ year: y, month: m, day: d });
  });

  it.each([
    [1900, false],
    [2000, true],
    [2024, true],
    [2025, false],
  ])('isLeapYear(%i) = %s', (y, leap) => expect(isLeapYear(y)).toBe(leap));
});

describe('ISO form', () => {
  it.each(['2024-06-05', '2026-02-16', '0999-01-01'])('round-trips %s', (s) => expect(toIsoDate(parseIsoDate(s))).toBe(s));
  it.each(['2024-6-5', '05/06/2024', '2024-02-30', ''])('rejects %p', (s) => expect(() => parseIsoDate(s)).toThrow(DomainError));
  it('compares', () => {
    expect(compareLocalDates(parseIsoDate('2024-06-05'), parseIsoDate('2024-12-15'))).toBeLessThan(0);
    expect(compareLocalDates(parseIsoDate('2025-01-01'), parseIsoDate('2024-12-31'))).toBeGreaterThan(0);
  });
});
