import { DomainError, DomainErrorCode } from '../errors';
import { fromEpochDay, type LocalDate, toEpochDay } from '../dates';

/**
 * Vietnamese lunisolar calendar, after Hồ Ngọc Đức's public algorithm ("Âm lịch Việt Nam"), with the
 * new moon and solar terms computed for a time zone: Vietnam uses UTC+7, China UTC+8, and the two
 * differ in some years (Tết 1985: 21/01 in Vietnam, 20/02 in China). Pure arithmetic, no tables.
 */
export interface LunarDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–30
  /** True for the intercalary month ("tháng nhuận"). */
  readonly leap: boolean;
}

/** Vietnam's offset in hours for lunar computations. */
export const VN_LUNAR_TIME_ZONE = 7;

const JD_EPOCH_OFFSET = 2440588; // Julian day number of 1970-01-01
const PI = Math.PI;
const SYNODIC = 29.530588853;

const jdOf = (d: LocalDate): number => toEpochDay(d) + JD_EPOCH_OFFSET;
const dateOfJd = (jd: number): LocalDate => fromEpochDay(jd - JD_EPOCH_OFFSET);

/** Julian day (fractional, UT) of the k-th new moon after 1900-01-01 (Meeus, simplified). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  c1 = c1 - 0.0004 * Math.sin(dr * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** Sun's apparent longitude in radians [0, 2π) at a Julian day (UT). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L = L - PI * 2 * Math.floor(L / (PI * 2));
  return L;
}

/** Sun's longitude sector (0–11, 30° each) at local midnight starting the day. */
const sunSector = (dayNumber: number, tz: number): number => Math.floor((sunLongitude(dayNumber - 0.5 - tz / 24) / PI) * 6);
/** Local day (Julian day number) of the k-th new moon. */
const newMoonDay = (k: number, tz: number): number => Math.floor(newMoon(k) + 0.5 + tz / 24);

/** Start of lunar month 11 (the month containing the winter solstice) of a solar year. */
function lunarMonth11(year: number, tz: number): number {
  const off = jdOf({ year, month: 12, day: 31 }) - 2415021;
  const k = Math.floor(off / SYNODIC);
  const nm = newMoonDay(k, tz);
  return sunSector(nm, tz) >= 9 ? newMoonDay(k - 1, tz) : nm;
}

/** Index (after month 11) of the leap month: the first month without a major solar term. */
function leapMonthOffset(a11: number, tz: number): number {
  const k = Math.floor((a11 - 2415021.076998695) / SYNODIC + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, tz), tz);
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

/** Solar (Gregorian) date → lunar date, for a time zone in hours (default Vietnam, 7). */
export function solarToLunar(date: LocalDate, tz: number = VN_LUNAR_TIME_ZONE): LunarDate {
  const dayNumber = jdOf(date);
  const k = Math.floor((dayNumber - 2415021.076998695) / SYNODIC);
  let monthStart = newMoonDay(k + 1, tz);
  if (monthStart > dayNumber) monthStart = newMoonDay(k, tz);
  let a11 = lunarMonth11(date.year, tz);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = date.year;
    a11 = lunarMonth11(date.year - 1, tz);
  } else {
    year = date.year + 1;
    b11 = lunarMonth11(date.year + 1, tz);
  }
  const day = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, tz);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { year, month, day, leap };
}

/** Lunar date → solar date. Throws `INVALID_DATE` for a leap month that the year does not have. */
export function lunarToSolar(lunar: LunarDate, tz: number = VN_LUNAR_TIME_ZONE): LocalDate {
  const { year, month, day, leap } = lunar;
  const a11 = month < 11 ? lunarMonth11(year - 1, tz) : lunarMonth11(year, tz);
  const b11 = month < 11 ? lunarMonth11(year, tz) : lunarMonth11(year + 1, tz);
  const k = Math.floor(0.5 + (a11 - 2415021.076998695) / SYNODIC);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, tz);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) {
      throw new DomainError(DomainErrorCode.InvalidDate, { lunar }, `tháng ${month} nhuận năm ${year} (âm lịch)`);
    }
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    throw new DomainError(DomainErrorCode.InvalidDate, { lunar }, `năm ${year} (âm lịch) không có tháng nhuận`);
  }
  return dateOfJd(newMoonDay(k + off, tz) + day - 1);
}

/** First day of the lunar year (mùng 1 Tết) that begins in the solar year `year`. */
export function tetDate(year: number, tz: number = VN_LUNAR_TIME_ZONE): LocalDate {
  return lunarToSolar({ year, month: 1, day: 1, leap: false }, tz);
}

/** Hùng Kings' Commemoration Day (Giỗ Tổ), 10th day of the 3rd lunar month. */
export function hungKingsDate(year: number, tz: number = VN_LUNAR_TIME_ZONE): LocalDate {
  return lunarToSolar({ year, month: 3, day: 10, leap: false }, tz);
}
