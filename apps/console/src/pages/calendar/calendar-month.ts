import type { CalendarYear, NonWorkingKind } from '@dondoc/contracts';

/** One cell of a month grid (weeks start on Monday, as in Vietnamese calendars). */
export interface MonthCell {
  iso: string;
  day: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  inMonth: boolean;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The weeks (Monday–Sunday rows) covering a month; `month` is 1–12. */
export function monthGrid(year: number, month: number): MonthCell[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const lead = (first.getUTCDay() + 6) % 7;
  const start = new Date(Date.UTC(year, month - 1, 1 - lead));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const weeks = Math.ceil((lead + days) / 7);
  const out: MonthCell[][] = [];
  for (let w = 0; w < weeks; w++) {
    const week: MonthCell[] = [];
    for (let i = 0; i < 7; i++) {
      const d = new Date(start.getTime() + (w * 7 + i) * 86_400_000);
      week.push({ iso: iso(d), day: d.getUTCDate(), weekday: i, inMonth: d.getUTCMonth() === month - 1 });
    }
    out.push(week);
  }
  return out;
}

export type DayKind = 'weekday' | 'weekend' | 'makeUp' | NonWorkingKind;

export interface DayInfo {
  kind: DayKind;
  working: boolean;
  reason?: string;
  /** Set when an administrator entered the day from a notice. */
  exceptionId?: string;
}

/** What the year's calendar says about a day (same precedence as the domain: make-up, weekend, day off). */
export function dayInfo(cell: Pick<MonthCell, 'iso' | 'weekday'>, data: CalendarYear | undefined): DayInfo {
  const makeUp = data?.makeUpWorkingDays.find((d) => d.date === cell.iso);
  if (makeUp) return { kind: 'makeUp', working: true, reason: makeUp.reason, ...(makeUp.exceptionId ? { exceptionId: makeUp.exceptionId } : {}) };
  if (cell.weekday >= 5) return { kind: 'weekend', working: false };
  const off = data?.nonWorkingDays.find((d) => d.date === cell.iso);
  if (off) return { kind: off.kind, working: false, reason: off.reason, ...(off.exceptionId ? { exceptionId: off.exceptionId } : {}) };
  return { kind: 'weekday', working: true };
}

/** The month before/after, across years. */
export function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
