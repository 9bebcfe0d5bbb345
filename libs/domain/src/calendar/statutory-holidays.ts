import { addDays, compareLocalDates, dayOfWeek, formatDdMmYyyy, isWeekend, type LocalDate, toIsoDate } from '../dates';
import { type NonWorkingDayEntry } from './calendar-data.types';
import { hungKingsDate, tetDate } from './lunar-calendar';

/** A statutory holiday before compensation (it may fall on a weekend). */
interface StatutoryDay {
  date: LocalDate;
  reason: string;
}

/**
 * Tết's five statutory days for a year with no announcement: the last day of the lunar year and
 * mùng 1–4. The Prime Minister picks the real days each year (2024: 2 before + 3 after; 2026:
 * 1 before + 4 after), so this is provisional until an administrator records the notice.
 */
function tetDays(year: number): StatutoryDay[] {
  const first = tetDate(year);
  return [-1, 0, 1, 2, 3].map((n) => ({ date: addDays(first, n), reason: 'Tết Nguyên đán' }));
}

/**
 * National Day's adjacent day (Labour Code Art. 112(1)(đ), chosen by the Prime Minister): the day
 * before, unless a longer break is made by taking a Friday after a Thursday 2/9, or the day after
 * when the day before is a weekend day. Matches 2024 (3/9), 2025 (1/9) and 2026 (1/9).
 */
function nationalDayAdjacent(year: number): LocalDate {
  const national: LocalDate = { year, month: 9, day: 2 };
  const before = addDays(national, -1);
  const after = addDays(national, 1);
  if (dayOfWeek(national) === 4) return after;
  return isWeekend(before) ? after : before;
}

/** The 11 statutory days (Labour Code 2019 Art. 112) of a solar year, in date order. */
export function statutoryHolidays(year: number): StatutoryDay[] {
  const days: StatutoryDay[] = [
    { date: { year, month: 1, day: 1 }, reason: 'Tết Dương lịch' },
    ...tetDays(year),
    { date: hungKingsDate(year), reason: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { date: { year, month: 4, day: 30 }, reason: 'Ngày Chiến thắng (30/4)' },
    { date: { year, month: 5, day: 1 }, reason: 'Ngày Quốc tế Lao động (1/5)' },
    { date: { year, month: 9, day: 2 }, reason: 'Quốc khánh (2/9)' },
    { date: nationalDayAdjacent(year), reason: 'Quốc khánh (ngày liền kề 2/9)' },
  ];
  return days.sort((a, b) => compareLocalDates(a.date, b.date));
}

/**
 * Weekday days off computed from the rules alone: statutory days on weekdays, plus, for each one
 * on a rest day, a compensatory day on the next weekday not already off (Art. 111(3)). No statutory
 * day falls late in December, so compensation always stays inside the year.
 */
export function computedNonWorkingDays(year: number): NonWorkingDayEntry[] {
  const holidays = statutoryHolidays(year);
  const off = new Set(holidays.map((h) => toIsoDate(h.date)));
  const out: NonWorkingDayEntry[] = [];
  for (const h of holidays) {
    if (!isWeekend(h.date)) {
      out.push({ date: toIsoDate(h.date), kind: 'holiday', reason: h.reason });
      continue;
    }
    let c = addDays(h.date, 1);
    while (isWeekend(c) || off.has(toIsoDate(c))) c = addDays(c, 1);
    off.add(toIsoDate(c));
    out.push({
      date: toIsoDate(c),
      kind: 'compensatory',
      reason: `Nghỉ bù ${h.reason} (${formatDdMmYyyy(h.date)} trùng ${dayOfWeek(h.date) === 6 ? 'thứ Bảy' : 'Chủ nhật'})`,
    });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}
