import { normalizeText, stripDiacritics } from './normalize-text.util';

/**
 * Parses a number written the Vietnamese way: "." groups thousands, "," is the decimal mark.
 * "1.728" → 1728, "3,91" → 3.91, "25.000.000" → 25000000, "01" → 1. A lone dot followed by other
 * than three digits is read as a decimal point ("2.5" → 2.5). Returns null when not a number.
 */
export function parseVietnameseNumber(text: string): number | null {
  const s = text.trim().replace(/\s+/g, '');
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d+(,\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  if (/^\d{1,3}(,\d{3}){2,}$/.test(s)) return Number(s.replace(/,/g, '')); // "25,000,000": English grouping
  if (/^\d+\.\d+$/.test(s)) return Number(s);
  return null;
}

/** Scale words and their multipliers; longest first so "nghìn tỷ" wins over "tỷ". */
const MONEY_UNITS: ReadonlyArray<[RegExp, number]> = [
  [/^ngh[iì]n t[yỷ]/, 1e12],
  [/^ng[aà]n t[yỷ]/, 1e12],
  [/^t[yỷ]/, 1e9],
  [/^tri[eệ]u/, 1e6],
  [/^tr\.?\s?đ(?:ồng)?/, 1e6], // "tr.đ", "trđ", "tr.đồng" in budget tables
  [/^ngh[iì]n/, 1e3],
  [/^ng[aà]n/, 1e3],
];
const NUMBER_RE = /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?/y;
const CURRENCY = /^(?:đồng|đ|vnđ|vnd|dong)(?![\p{L}])/iu;

/** A money amount found in text: the integer VND value and where it was written. */
export interface MoneyMatch {
  amountVnd: number;
  /** The matched text, e.g. "1.728 triệu đồng". */
  text: string;
  index: number;
  /** "dự kiến" (estimate) just before the amount. */
  estimate: boolean;
}

/**
 * Finds money amounts: "1.728 triệu đồng" → 1 728 000 000; "25.000.000đ"; "2,5 tỷ VNĐ"; "500 nghìn đồng".
 * An amount needs a scale word or a currency word; bare numbers are not money. Integer VND, rounded.
 */
export function findMoneyAmounts(text: string): MoneyMatch[] {
  const src = normalizeText(text);
  const out: MoneyMatch[] = [];
  const re = /\d/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) {
    const start = m.index;
    if (start > 0 && /[\p{L}\p{N}./,]/u.test(src[start - 1] ?? '')) continue;
    NUMBER_RE.lastIndex = start;
    const num = NUMBER_RE.exec(src);
    if (!num) continue;
    const value = parseVietnameseNumber(num[0]);
    re.lastIndex = start + num[0].length;
    if (value === null) continue;
    let pos = start + num[0].length;
    const rest = () => src.slice(pos).replace(/^\s+/, '');
    const skipSpaces = () => {
      while (src[pos] === ' ') pos++;
    };
    skipSpaces();
    let multiplier = 1;
    let scaled = false;
    const lowerRest = rest().toLowerCase();
    for (const [unitRe, mult] of MONEY_UNITS) {
      const u = unitRe.exec(lowerRest);
      if (u && !/[\p{L}]/u.test(lowerRest[u[0].length] ?? '')) {
        multiplier = mult;
        scaled = true;
        pos += u[0].length;
        skipSpaces();
        break;
      }
    }
    const cur = CURRENCY.exec(src.slice(pos));
    if (cur) pos += cur[0].length;
    if (!scaled && !cur) continue;
    const before = stripDiacritics(src.slice(Math.max(0, start - 20), start)).toLowerCase();
    out.push({
      amountVnd: Math.round(value * multiplier),
      text: src.slice(start, pos).trim(),
      index: start,
      estimate: /du kien\s*(?:la|:)?\s*$/.test(before),
    });
    re.lastIndex = pos;
  }
  return out;
}

/** Parses one money expression; null when the text holds none. */
export function parseMoney(text: string): number | null {
  return findMoneyAmounts(text)[0]?.amountVnd ?? null;
}

/** How a target value compares: ≥, >, ≤, <, =, a range, or "reduce by". */
export type Comparator = 'eq' | 'gt' | 'gte' | 'lt' | 'lte' | 'range' | 'reduceBy';

/** A quantity with an optional bound: "Trên 95%", "ít nhất 85%", "1-2 người", "giảm còn 3,91%". */
export interface Quantity {
  comparator: Comparator;
  value: number;
  /** Upper end for ranges ("1-2 người" → value 1, max 2). */
  max?: number;
  unit: string | null;
  text: string;
  index: number;
}

const BOUND_WORDS: ReadonlyArray<[RegExp, Comparator]> = [
  [/(?:^|[^a-z])(?:it nhat|toi thieu|tu|khong duoi|khong it hon|dat tren|dat tu)\s*$/, 'gte'],
  [/(?:^|[^a-z])(?:tren|hon|vuot)\s*$/, 'gt'],
  [/(?:^|[^a-z])(?:xuong duoi|con duoi|giam xuong duoi)\s*$/, 'lt'],
  [/(?:^|[^a-z])(?:toi da|khong qua|khong vuot qua|khong tren)\s*$/, 'lte'],
  [/(?:^|[^a-z])(?:duoi|it hon)\s*$/, 'lt'],
  [/(?:^|[^a-z])(?:giam con|con|xuong con|giam xuong con|xuong|giam xuong)\s*$/, 'lte'],
  [/(?:^|[^a-z])(?:giam|giam it nhat|giam binh quan|giam tu)\s*$/, 'reduceBy'],
];
const UNIT_WORDS = /^(%|hộ|người|lao động|trẻ|xã|thôn|bản|mô hình|lớp|học viên|căn|nhà|công trình|phiếu|thẻ|đợt|lượt|ha|km|tấn|con|cơ sở|trường|điểm)(?![\p{L}])/iu;

/**
 * Finds quantities with their comparator: "Trên 95%" → gt 95 %; "ít nhất 85%" → gte 85 %;
 * "1-2 người" → range 1..2 người; "giảm còn 3,91%" → lte 3.91 %; "Giảm 01 hộ nghèo" → reduceBy 1 hộ.
 * Bare numbers without a unit (years, section numbers) are skipped; fractions "10/10" count as one.
 */
export function findQuantities(text: string): Quantity[] {
  const src = normalizeText(text);
  const out: Quantity[] = [];
  const re = /(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:\s*-\s*(\d+(?:,\d+)?))?(?:\/(\d+))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) {
    const start = m.index;
    if (start > 0 && /[\p{L}./,\d]/u.test(src[start - 1] ?? '')) continue;
    const after = src.slice(start + m[0].length);
    const unitMatch = UNIT_WORDS.exec(after.replace(/^\s+/, ''));
    if (!unitMatch) continue;
    const unit = unitMatch[1] === '%' ? '%' : (unitMatch[1] ?? '').toLowerCase();
    if (unit !== '%' && !/^\s/.test(after)) continue;
    const value = parseVietnameseNumber(m[1] ?? '');
    if (value === null) continue;
    const before = stripDiacritics(src.slice(Math.max(0, start - 30), start)).toLowerCase();
    let comparator: Comparator = 'eq';
    let max: number | undefined;
    if (m[2]) {
      comparator = 'range';
      max = parseVietnameseNumber(m[2]) ?? undefined;
    } else {
      for (const [bw, c] of BOUND_WORDS) {
        if (bw.test(before)) {
          comparator = c;
          break;
        }
      }
    }
    const end = start + m[0].length + (after.length - after.replace(/^\s+/, '').length) + (unitMatch[0]?.length ?? 0);
    out.push({ comparator, value, ...(max !== undefined ? { max } : {}), unit, text: src.slice(start, end), index: start });
  }
  return out;
}

/** Parses a single bounded quantity ("Trên 95%"); null when none. */
export function parseQuantity(text: string): Quantity | null {
  return findQuantities(text)[0] ?? null;
}

/** Parses a percentage "3,91%" → 3.91; null when the text holds no percentage. */
export function parsePercent(text: string): number | null {
  const q = findQuantities(text).find((x) => x.unit === '%');
  return q ? q.value : null;
}
