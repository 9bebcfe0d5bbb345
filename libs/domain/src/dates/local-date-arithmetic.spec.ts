import { parseIsoDate as d, toIsoDate } from './local-date';
import { addDays, addMonths, dayOfWeek, daysBetween, fromEpochDay, toEpochDay } from './local-date-arithmetic';

describe('day of week', () => {
  it.each([
    ['1970-01-01', 4],
    ['2024-12-15', 0], // Sunday (domain.md §2)
    ['2024-12-14', 6], // Saturday
    ['2025-06-14', 6],
    ['2027-06-05', 6],
    ['2029-12-15', 6],
    ['2030-12-15', 0],
    ['2026-04-26', 0], // Giỗ Tổ 2026 on a Sunday
    ['2024-02-29', 4],
  ])('%s → %i', (s, w) => expect(dayOfWeek(d(s))).toBe(w));
});

describe('add days / months', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-01-01', 366, '2025-01-01'],
  ])('%s + %i days = %s', (a, n, b) => expect(toIsoDate(addDays(d(a), n))).toBe(b));

  it.each([
    ['2024-01-31', 1, '2024-02-29'], // Civil Code Art. 148(3): no 31/02 → last day
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2024-06-05', 36, '2027-06-05'],
    ['2024-11-15', 2, '2025-01-15'],
  ])('%s + %i months = %s', (a, n, b) => expect(toIsoDate(addMonths(d(a), n))).toBe(b));

  it('epoch day round-trips over several centuries', () => {
    for (let n = -800_000; n < 800_000; n += 997) expect(toEpochDay(fromEpochDay(n))).toBe(n);
  });

  it('daysBetween', () => expect(daysBetween(d('2024-01-01'), d('2025-01-01'))).toBe(366));
});
