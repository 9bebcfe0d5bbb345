/**
 * Vietnamese text normalisation: the one place that decides what "the same text" means.
 * Pure, no dependencies.
 */

/** Combining tone marks (dấu thanh) as they appear after NFD. Other diacritics (ˆ ˘ ̛) are letters' own. */
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/** Latin capital ETH (Ð, U+00D0) and friends that look like Đ but are not: map to the Vietnamese letter. */
const LOOKALIKES: ReadonlyArray<[RegExp, string]> = [
  [/\u00D0/g, '\u0110'], // Ð → Đ
  [/\u00F0/g, '\u0111'], // ð → đ
  [/\u0189/g, '\u0110'], // Ɖ → Đ
];

/** Zero-width and BOM characters that Word and web copies leave behind. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Every Unicode space except newline and tab, NBSP included. */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Hyphen and dash variants: en/em dash, minus, non-breaking hyphen… all become "-". */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const QUOTES: ReadonlyArray<[RegExp, string]> = [
  [/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"'],
  [/[\u2018\u2019\u201A]/g, "'"],
];

/**
 * Normalises Unicode form and look-alike characters without touching meaning:
 * NFC, Ð→Đ, zero-width removed, odd spaces → " ". Dashes are kept as written (display text).
 */
export function normalizeUnicode(text: string): string {
  let out = text.normalize('NFC').replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ');
  for (const [re, to] of LOOKALIKES) out = out.replace(re, to);
  return out;
}

/**
 * Full normalisation for comparison and parsing: {@link normalizeUnicode}, dashes → "-", curly quotes
 * → straight, runs of spaces collapsed, trimmed, tone placement canonicalised ("hoá" → "hóa").
 */
export function normalizeText(text: string): string {
  let out = normalizeUnicode(text).replace(DASHES, '-');
  for (const [re, to] of QUOTES) out = out.replace(re, to);
  out = out.replace(/[ \t]+/g, ' ').trim();
  return canonicalizeTones(out);
}

const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Moves tone marks to one canonical place so old and new styles compare equal:
 * "hoá"→"hóa", "uỷ"→"ủy", "thuỷ"→"thủy", "khoẻ"→"khỏe". Only open syllables ending in oa/oe/uy
 * (where the styles differ) are touched; "quý", "hoàng", "tuyến" stay as they are.
 */
export function canonicalizeTones(text: string): string {
  return text.normalize('NFC').replace(WORD, canonicalizeWord);
}

// Plans repeat the same few thousand words: remember canonical forms (bounded).
const WORD_CACHE = new Map<string, string>();

function canonicalizeWord(word: string): string {
  // Only words with o/u (oa, oe, uy) and a non-ASCII letter can need a move.
  if (!/[oOuU]/.test(word) || !/[^\x00-\x7F]/.test(word)) return word;
  const hit = WORD_CACHE.get(word);
  if (hit !== undefined) return hit;
  const out = canonicalizeWordUncached(word);
  if (WORD_CACHE.size > 20000) WORD_CACHE.clear();
  WORD_CACHE.set(word, out);
  return out;
}

function canonicalizeWordUncached(word: string): string {
  const nfd = word.normalize('NFD');
  let tone = '';
  let base = '';
  for (const ch of nfd) {
    if (TONE_MARKS.has(ch)) {
      if (tone) return word; // two tones: not Vietnamese, leave it
      tone = ch;
    } else base += ch;
  }
  if (!tone) return word;
  const plain = base.normalize('NFC');
  const m = /^(.*?)(oa|oe|uy)$/i.exec(plain);
  if (!m) return word;
  const prefix = m[1] ?? '';
  if (/[qQ]$/.test(prefix)) return word; // "qu" is a consonant: quý keeps its tone on y
  if (/[gG]$/.test(prefix) && /^[uU]/.test(m[2] ?? '')) return word;
  const chars = [...plain];
  const idx = [...prefix].length; // the first vowel of the pair
  chars[idx] = ((chars[idx] ?? '') + tone).normalize('NFC');
  return chars.join('').normalize('NFC');
}

/** Removes every diacritic and maps đ→d: "Giảm nghèo" → "Giam ngheo". */
export function stripDiacritics(text: string): string {
  return normalizeUnicode(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * The key used for accent-insensitive search and matching: no diacritics, lower case, punctuation
 * as spaces, single spaces. "Giảm nghèo – bền vững" → "giam ngheo ben vung".
 */
export function toSearchKey(text: string): string {
  return stripDiacritics(normalizeText(text))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

/** True when every word of `query` (accents ignored) appears in `text` in order as a phrase. */
export function matchesSearch(text: string, query: string): boolean {
  const q = toSearchKey(query);
  if (!q) return true;
  return ` ${toSearchKey(text)} `.includes(` ${q} `) || toSearchKey(text).includes(q);
}
