import { normalizeText } from './normalize-text.util';

/**
 * Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, letters
 * first, then tones in the dictionary order ngang, huyền, hỏi, ngã, sắc, nặng.
 */
const ALPHABET = 'aăâbcdđeêghiklmnoôơpqrstuưvxy';
const TONE_ORDER: Record<string, number> = { '': 0, '\u0300': 1, '\u0309': 2, '\u0303': 3, '\u0301': 4, '\u0323': 5 };
const TONES = new Set(Object.keys(TONE_ORDER).filter(Boolean));

interface CollationKey {
  letters: number[];
  tones: number[];
  cases: number[];
}

function keyOf(text: string): CollationKey {
  const letters: number[] = [];
  const tones: number[] = [];
  const cases: number[] = [];
  for (const ch of normalizeText(text)) {
    const nfd = ch.normalize('NFD');
    let tone = '';
    let base = '';
    for (const c of nfd) {
      if (TONES.has(c)) tone = c;
      else base += c;
    }
    const baseNfc = base.normalize('NFC');
    const lower = baseNfc.toLowerCase();
    const pos = ALPHABET.indexOf(lower);
    // Letters outside the Vietnamese alphabet (f, j, w, z, digits…) sort by code point after a space.
    letters.push(pos >= 0 ? 1000 + pos * 2 : lower === ' ' ? 0 : 2000 + (lower.codePointAt(0) ?? 0));
    tones.push(TONE_ORDER[tone] ?? 0);
    cases.push(lower === baseNfc ? 0 : 1);
  }
  return { letters, tones, cases };
}

function compareArrays(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/**
 * Compares two strings in Vietnamese dictionary order (for `Array.prototype.sort`): base letters first
 * ("đ" after "d", "ư" after "u"), then tones, then case. Independent of the host's ICU data.
 */
export function compareVietnamese(a: string, b: string): number {
  const ka = keyOf(a);
  const kb = keyOf(b);
  return compareArrays(ka.letters, kb.letters) || compareArrays(ka.tones, kb.tones) || compareArrays(ka.cases, kb.cases);
}
