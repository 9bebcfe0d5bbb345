import { parseIsoDate, toIsoDate } from '../dates';
import { DomainError } from '../errors';
import { hungKingsDate, lunarToSolar, solarToLunar, tetDate } from './lunar-calendar';

describe('lunar calendar at UTC+7', () => {
  it.each([
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
  ])('Tết %i is %s (domain.md §3)', (y, iso) => expect(toIsoDate(tetDate(y))).toBe(iso));

  it.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
  ])('Giỗ Tổ Hùng Vương %i is %s (domain.md §3)', (y, iso) => expect(toIsoDate(hungKingsDate(y))).toBe(iso));

  it.each([
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
  ])('Tết %i is %s (earlier years, well known)', (y, iso) => expect(toIsoDate(tetDate(y))).toBe(iso));

  it('Tết 2007: 17/02 in Vietnam (UTC+7), 18/02 in China (UTC+8)', () => {
    expect(toIsoDate(tetDate(2007, 7))).toBe('2007-02-17');
    expect(toIsoDate(tetDate(2007, 8))).toBe('2007-02-18');
  });

  it('Tết 1985 differs between UTC+7 (21/01, Vietnam) and UTC+8 (20/02, China)', () => {
    expect(toIsoDate(tetDate(1985, 7))).toBe('1985-01-21');
    expect(toIsoDate(tetDate(1985, 8))).toBe('1985-02-20');
  });

  it.each([
    ['2024-02-09', { year: 2023, month: 12, day: 30, leap: false }], // 30 Tết 2024
    ['2026-02-16', { year: 2025, month: 12, day: 29, leap: false }], // the day before Tết 2026
    ['2025-07-25', { year: 2025, month: 6, day: 1, leap: true }], // 2025 has a leap 6th month
    ['2024-06-05', { year: 2024, month: 4, day: 29, leap: false }],
  ])('solarToLunar(%s)', (iso, lunar) => expect(solarToLunar(parseIsoDate(iso))).toEqual(lunar));

  it('round-trips every day of 2020–2030', () => {
    for (let y = 2020; y <= 2030; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 28; d += 3) {
          const solar = { year: y, month: m, day: d };
          expect(lunarToSolar(solarToLunar(solar))).toEqual(solar);
        }
      }
    }
  });

  it('rejects a leap month the year does not have', () => {
    expect(() => lunarToSolar({ year: 2024, month: 6, day: 1, leap: true })).toThrow(DomainError);
  });
});
