import { childElements, findAll, firstChild, parseXmlTree } from './xml-tree';

interface LevelDef {
  start: number;
  format: string;
  text: string;
}

/**
 * Renders Word automatic numbering ("1.", "a)", "II.", "-") so labels that Word computes, and that
 * are absent from document.xml, reach the section parser as text.
 */
export class NumberingRenderer {
  private readonly levels = new Map<string, Map<number, LevelDef>>();
  private readonly counters = new Map<string, number[]>();

  constructor(numberingXml: string | null) {
    if (!numberingXml) return;
    const root = parseXmlTree(numberingXml);
    const abstract = new Map<string, Map<number, LevelDef>>();
    for (const an of findAll(root, 'w:abstractNum')) {
      const defs = new Map<number, LevelDef>();
      for (const lvl of childElements(an, 'w:lvl')) {
        const ilvl = Number(lvl.attrs['w:ilvl'] ?? 0);
        defs.set(ilvl, {
          start: Number(firstChild(lvl, 'w:start')?.attrs['w:val'] ?? 1),
          format: firstChild(lvl, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
          text: firstChild(lvl, 'w:lvlText')?.attrs['w:val'] ?? `%${ilvl + 1}.`,
        });
      }
      abstract.set(an.attrs['w:abstractNumId'] ?? '', defs);
    }
    for (const num of findAll(root, 'w:num')) {
      const absId = firstChild(num, 'w:abstractNumId')?.attrs['w:val'] ?? '';
      const defs = abstract.get(absId);
      if (defs) this.levels.set(num.attrs['w:numId'] ?? '', defs);
    }
  }

  /** The label for the next paragraph of list `numId` at level `ilvl`, advancing the counters. */
  next(numId: string, ilvl: number): string | null {
    const defs = this.levels.get(numId);
    const def = defs?.get(ilvl);
    if (!defs || !def) return null;
    const counters = this.counters.get(numId) ?? [];
    for (let l = 0; l < ilvl; l++) if (counters[l] === undefined) counters[l] = (defs.get(l)?.start ?? 1);
    counters[ilvl] = counters[ilvl] === undefined ? def.start : (counters[ilvl] as number) + 1;
    counters.length = ilvl + 1; // deeper levels restart
    this.counters.set(numId, counters);
    if (def.format === 'bullet' || def.format === 'none') {
      const t = def.text.trim();
      return t === '+' ? '+' : def.format === 'none' ? '' : '-';
    }
    return def.text.replace(/%(\d)/g, (_, d: string) => {
      const l = Number(d) - 1;
      return formatNumber(counters[l] ?? defs.get(l)?.start ?? 1, defs.get(l)?.format ?? 'decimal');
    });
  }
}

const ROMAN: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
// Vietnamese lists go a, b, c, d, đ, e…: Word's lowerLetter skips đ, but a plan typed by hand uses it.
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
    case 'lowerRoman': {
      let r = '';
      let v = n;
      for (const [k, s] of ROMAN) while (v >= k) { r += s; v -= k; }
      return format === 'upperRoman' ? r : r.toLowerCase();
    }
    case 'lowerLetter':
      return LETTERS[(n - 1) % 26] ?? String(n);
    case 'upperLetter':
      return (LETTERS[(n - 1) % 26] ?? String(n)).toUpperCase();
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}
