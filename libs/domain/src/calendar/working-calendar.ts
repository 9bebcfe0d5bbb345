import { addDays, compareLocalDates, isWeekend, type LocalDate, toIsoDate } from '../dates';
import { DomainError, DomainErrorCode } from '../errors';
import { type CalendarData } from './calendar-data.types';
import { mergeCalendarData } from './calendar-data.merge';
import { validateCalendarData } from './calendar-data.validate';
import { type CalendarDayInfo, type MakeUpWorkingDay, type NonWorkingDay } from './calendar-day.types';
import { DEFAULT_CALENDAR_DATA } from './default-calendar-data';
import { buildYearSchedule, type YearSchedule } from './year-schedule';

/** Bumped when the computation rules (not the data) change, so stored deadlines can be recomputed. */
export const CALENDAR_RULES_VERSION = 'rules-1';

/** Years the calendar answers for; outside, queries are refused rather than guessed. */
export const CALENDAR_MIN_YEAR = 1900;
export const CALENDAR_MAX_YEAR = 2199;

/**
 * The Vietnamese civil-service working calendar: Monday–Friday, minus statutory holidays (lunar ones
 * at UTC+7), compensatory and bridged days, plus make-up Saturdays; announced years come from data.
 * Immutable; build a new one when data changes. `version` names data and rules together and is
 * recorded on every deadline it produces.
 */
export class WorkingCalendar {
  readonly version: string;
  private readonly years = new Map<number, { schedule: YearSchedule; off: Map<string, NonWorkingDay>; makeUp: Map<string, MakeUpWorkingDay> }>();

  private constructor(private readonly data: CalendarData) {
    this.version = `${data.version};${CALENDAR_RULES_VERSION}`;
  }

  /** From data (validated), with optional administrators' additions merged over it. */
  static fromData(data: CalendarData = DEFAULT_CALENDAR_DATA, ...additions: CalendarData[]): WorkingCalendar {
    const merged = additions.length ? mergeCalendarData(validateCalendarData(data), ...additions.map(validateCalendarData)) : validateCalendarData(data);
    return new WorkingCalendar(merged);
  }

  /** The shipped default calendar. */
  static default(): WorkingCalendar {
    return defaultCalendar ?? (defaultCalendar = WorkingCalendar.fromData(DEFAULT_CALENDAR_DATA));
  }

  /** Resolved schedule of a year: announced or computed, non-working weekdays and make-up days. */
  schedule(year: number): YearSchedule {
    return this.year(year).schedule;
  }

  /** Whether a notice for the year is recorded (otherwise the year is computed and provisional). */
  isAnnounced(year: number): boolean {
    return this.year(year).schedule.announced;
  }

  /** Everything known about one day. */
  dayInfo(date: LocalDate): CalendarDayInfo {
    const y = this.year(date.year);
    const iso = toIsoDate(date);
    const makeUp = y.makeUp.get(iso);
    if (makeUp) return { date, working: true, kind: 'makeUp', reason: makeUp.reason };
    if (isWeekend(date)) return { date, working: false, kind: 'weekend' };
    const off = y.off.get(iso);
    if (off) return { date, working: false, kind: off.kind, reason: off.reason };
    return { date, working: true, kind: 'weekday' };
  }

  isWorkingDay(date: LocalDate): boolean {
    return this.dayInfo(date).working;
  }

  /** First working day strictly after `date`. */
  nextWorkingDay(date: LocalDate): LocalDate {
    return this.step(date, 1);
  }

  /** Last working day strictly before `date`. */
  previousWorkingDay(date: LocalDate): LocalDate {
    return this.step(date, -1);
  }

  /** `date` itself when it is a working day, else the next one (Civil Code Art. 148(5)). */
  workingDayOnOrAfter(date: LocalDate): LocalDate {
    return this.isWorkingDay(date) ? date : this.nextWorkingDay(date);
  }

  /** `date` itself when it is a working day, else the previous one. */
  workingDayOnOrBefore(date: LocalDate): LocalDate {
    return this.isWorkingDay(date) ? date : this.previousWorkingDay(date);
  }

  /**
   * Adds N working days, not counting `date` itself (Civil Code Art. 147): Friday + 1 = Monday.
   * Negative N counts backwards. N = 0 returns `date` unchanged.
   */
  addWorkingDays(date: LocalDate, n: number): LocalDate {
    if (!Number.isInteger(n)) throw new DomainError(DomainErrorCode.InvalidDueRule, { n }, `số ngày làm việc phải là số nguyên (${n})`);
    let d = date;
    for (let i = 0; i < Math.abs(n); i++) d = this.step(d, n > 0 ? 1 : -1);
    return d;
  }

  /**
   * Working days in (from, to]: the first day not counted, the last counted — so
   * `addWorkingDays(a, n)` is n working days after a. Negative when `to` is before `from`.
   */
  workingDaysBetween(from: LocalDate, to: LocalDate): number {
    const sign = compareLocalDates(from, to) <= 0 ? 1 : -1;
    const [a, b] = sign > 0 ? [from, to] : [to, from];
    let count = 0;
    for (let d = addDays(a, 1); compareLocalDates(d, b) <= 0; d = addDays(d, 1)) if (this.isWorkingDay(d)) count++;
    return sign * count;
  }

  /** Weekdays off in a year (weekends not listed), with kind and Vietnamese reason. */
  nonWorkingWeekdays(year: number): NonWorkingDay[] {
    return this.year(year).schedule.nonWorkingDays;
  }

  /** Weekend days worked in a year. */
  makeUpWorkingDays(year: number): MakeUpWorkingDay[] {
    return this.year(year).schedule.makeUpWorkingDays;
  }

  private step(date: LocalDate, dir: 1 | -1): LocalDate {
    let d = addDays(date, dir);
    // The longest run of days off is a 9-day Tết break; 60 is a generous guard against bad data.
    for (let i = 0; i < 60; i++, d = addDays(d, dir)) if (this.isWorkingDay(d)) return d;
    throw new DomainError(DomainErrorCode.InvalidCalendarData, { from: toIsoDate(date) }, `không tìm thấy ngày làm việc gần ${toIsoDate(date)}`);
  }

  private year(year: number) {
    if (!Number.isInteger(year) || year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) {
      throw new DomainError(DomainErrorCode.InvalidYear, { year }, `${year} (${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR})`);
    }
    let y = this.years.get(year);
    if (!y) {
      const schedule = buildYearSchedule(year, this.data.years[String(year)]);
      y = {
        schedule,
        off: new Map(schedule.nonWorkingDays.map((e) => [toIsoDate(e.date), e])),
        makeUp: new Map(schedule.makeUpWorkingDays.map((e) => [toIsoDate(e.date), e])),
      };
      this.years.set(year, y);
    }
    return y;
  }
}

let defaultCalendar: WorkingCalendar | undefined;
