import { isValidDate } from '../dates';
import { normalizeText } from './normalize-text.util';

/** A date found in text, or an impossible one (31/02) reported with its position and never rolled over. */
export type DateMatch =
  | { kind: 'date'; year: number; month: number; day: number; iso: string; text: string; index: number }
  | { kind: 'dayMonth'; month: number; day: number; text: string; index: number }
  | { kind: 'blank'; year: number | null; text: string; index: number }
  | { kind: 'invalid'; year: number | null; month: number; day: number; text: string; index: number };

const pad = (n: number) => String(n).padStart(2, '0');

function build(day: number, month: number, year: number, text: string, index: number): DateMatch {
  return isValidDate(year, month, day)
    ? { kind: 'date', year, month, day, iso: `${year}-${pad(month)}-${pad(day)}`, text, index }
    : { kind: 'invalid', year, month, day, text, index };
}

/**
 * Finds dates in Vietnamese text with their positions (indexes into the NFC-normalised text):
 * "ngày 29 tháng 12 năm 2023", "29/12/2023", "05-5-2022", "ngày 05/6" (day and month only, needs
 * "ngày" before it, so "giảm 10/10 hộ nghèo" is not a date), and blank drafts "ngày  tháng  năm 2024".
 * Impossible dates (31/02, 29/02/2025, 00/06) come back as `kind: 'invalid'`.
 */
export function findDates(text: string): DateMatch[] {
  const src = normalizeText(text);
  const out: DateMatch[] = [];
  const taken: Array<[number, number]> = [];
  const free = (i: number, j: number) => taken.every(([a, b]) => j <= a || i >= b);
  const push = (d: DateMatch, len: number) => {
    if (!free(d.index, d.index + len)) return;
    taken.push([d.index, d.index + len]);
    out.push(d);
  };
  const longRe = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;
  for (let m; (m = longRe.exec(src)); ) push(build(Number(m[1]), Number(m[2]), Number(m[3]), m[0], m.index), m[0].length);
  const blankRe = /ngày\s*[._…\s]*\s+tháng\s*[._…\s]*\s+năm\s*(\d{4})?/giu;
  for (let m; (m = blankRe.exec(src)); ) {
    push({ kind: 'blank', year: m[1] ? Number(m[1]) : null, text: m[0].trim(), index: m.index }, m[0].length);
  }
  const numRe = /(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?![\d/])/g;
  for (let m; (m = numRe.exec(src)); ) push(build(Number(m[1]), Number(m[3]), Number(m[4]), m[0], m.index), m[0].length);
  const dmRe = /(ngày\s+)(\d{1,2})\/(\d{1,2})(?![\d/])/giu;
  for (let m; (m = dmRe.exec(src)); ) {
    const day = Number(m[2]);
    const month = Number(m[3]);
    const index = m.index + (m[1]?.length ?? 0);
    const txt = `${m[2]}/${m[3]}`;
    // 2024 is a leap year: 29/02 without a year is possible, 30/02 never.
    const d: DateMatch = isValidDate(2024, month, day)
      ? { kind: 'dayMonth', day, month, text: txt, index }
      : { kind: 'invalid', year: null, month, day, text: txt, index };
    push(d, txt.length);
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Parses one full date ("29/12/2023", "ngày 05 tháng 01 năm 2024") to ISO; null if none or impossible. */
export function parseVietnameseDate(text: string): string | null {
  const d = findDates(text).find((x) => x.kind === 'date' || x.kind === 'invalid');
  return d && d.kind === 'date' ? d.iso : null;
}
