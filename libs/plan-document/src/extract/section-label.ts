import type { SectionNode } from '../types';
import { fold } from '../text/fold';

export interface LabelMatch {
  label: string;
  kind: SectionNode['kind'];
  /** Numeric value for sibling checks (roman and numbers), else null. */
  value: number | null;
  title: string;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
export function romanValue(r: string): number {
  let v = 0;
  for (let i = 0; i < r.length; i++) {
    const a = ROMAN_VALUES[r[i] ?? ''] ?? 0;
    const b = ROMAN_VALUES[r[i + 1] ?? ''] ?? 0;
    v += a < b ? -a : a;
  }
  return v;
}

/** Depth rank of each label kind; a node becomes the child of the nearest node with a lower rank. */
export const KIND_RANK: Record<SectionNode['kind'], number> = {
  heading: 0,
  roman: 1,
  number: 2,
  project: 2,
  number2: 3,
  subProject: 3,
  number3: 4,
  letter: 5,
  dash: 6,
  plus: 7,
};

/**
 * Recognises an outline label at the start of a line: "IV.", "2.", "2.1.", "2.1.3.", "a)", "đ)",
 * "-", "+", and unlabelled "Dự án 4:" / "Tiểu dự án 2:" headings (typo "Tiêu dự án" accepted).
 * "- 3. Sở Giáo dục…" (a dash before a number, a conversion artefact) counts as "3.".
 */
export function matchLabel(text: string): LabelMatch | null {
  let m = /^([IVXLC]{1,5})(?:[.)]|\s+[-–:])\s*(\S.*)?$/.exec(text);
  if (m && m[1] && romanValue(m[1]) > 0 && /^[IVXLC]+$/.test(m[1])) {
    return { label: `${m[1]}.`, kind: 'roman', value: romanValue(m[1]), title: (m[2] ?? '').trim() };
  }
  m = /^[-–+•]\s*(\d{1,2}\.\s+\S.*)$/.exec(text);
  if (m && m[1]) return matchLabel(m[1]);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$/.exec(text);
  if (m) return { label: `${m[1]}.${m[2]}.${m[3]}.`, kind: 'number3', value: Number(m[3]), title: m[4] ?? '' };
  m = /^(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$/.exec(text);
  if (m) return { label: `${m[1]}.${m[2]}.`, kind: 'number2', value: Number(m[2]), title: m[3] ?? '' };
  m = /^(\d{1,2})[.)]\s*(\D.*)$/.exec(text);
  if (m) return { label: `${m[1]}.`, kind: 'number', value: Number(m[1]), title: (m[2] ?? '').trim() };
  m = /^([a-zđ])\)\s*(.*)$/.exec(text);
  if (m) return { label: `${m[1]})`, kind: 'letter', value: null, title: (m[2] ?? '').trim() };
  m = /^[-–—•·]\s*(.*)$/.exec(text);
  if (m) return { label: '-', kind: 'dash', value: null, title: (m[1] ?? '').trim() };
  m = /^\+\s*(.*)$/.exec(text);
  if (m) return { label: '+', kind: 'plus', value: null, title: (m[1] ?? '').trim() };
  const f = fold(text);
  if (/^tie[u]? du an \d+\b/.test(f) || /^tieu du an \d+\b/.test(f)) return { label: '', kind: 'subProject', value: null, title: text };
  if (/^du an \d+\b/.test(f) && text.length < 200) return { label: '', kind: 'project', value: null, title: text };
  return null;
}

/** "Dự án 4: Phát triển…" → {code: "4", name}; also in "1. Dự án 2: …" titles and "Tiêu dự án" typos. */
export function projectOf(title: string): { level: 'project' | 'subProject'; code: string; name: string; typo: boolean } | null {
  const f = fold(title);
  let m = /^(tieu|tieu) du an (\d+)/.exec(f);
  if (m && m[2]) return { level: 'subProject', code: m[2], name: title.replace(/[:.]\s*$/, ''), typo: title.startsWith('Tiêu') };
  m = /^du an (\d+)/.exec(f);
  if (m && m[1]) return { level: 'project', code: m[1], name: title.replace(/[:.]\s*$/, ''), typo: false };
  return null;
}
