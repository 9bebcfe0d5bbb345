import { findQuantities, parseVietnameseNumber } from '@dondoc/domain';
import type { Target, YearValue } from '../types';
import type { TableBlock } from '../blocks/document-block.types';
import { fold } from '../text/fold';
import { indicatorCodes } from './assignment-entry';
import type { Para, PlacedTable } from './para';
import { nodePath, walk, type WorkNode } from './section-tree';

const TARGET_SECTION = /(muc tieu|chi tieu)/;
const STRIVE = /^(phan dau|phần đầu|phân đầu)/;

function inTargetScope(n: WorkNode): boolean {
  for (let c: WorkNode | null = n; c && c.parent; c = c.parent) {
    const f = fold(c.title);
    if (TARGET_SECTION.test(f) && !/muc tieu chung/.test(f) && c.title.length < 150) return true;
  }
  return false;
}

/** "năm 2021 giảm 1,5%; năm 2022: 1,2%" → per-year values. */
export function yearBreakdown(text: string): YearValue[] {
  const out: YearValue[] = [];
  const f = fold(text);
  const re = /nam (20\d\d)\s*(?:[:(]|la|dat|giam|con|giam con|tang|khoang)?\s*(?:la|dat|giam|con|giam con|xuong con)?\s*(\d+(?:,\d+)?)\s*(%|ho|nguoi)/g;
  for (let m; (m = re.exec(f)); ) {
    const v = parseVietnameseNumber(m[2] ?? '');
    if (v !== null) out.push({ year: Number(m[1]), value: v, text: text.substr(m.index, m[0].length) });
  }
  return out.length >= 2 ? out : [];
}

function targetFrom(text: string, para: Para, sectionPath: string[]): Target | null {
  const qs = findQuantities(text);
  if (!qs.length) return null;
  const years = yearBreakdown(text);
  const primary = qs.find((q) => q.unit === '%') ?? qs[0]!;
  const f = fold(text);
  const std = /theo chuẩn (của tỉnh|của thành phố|quốc gia|[^,.;]{3,40})/iu.exec(text);
  const due = /(?:den|cuoi|trong|den cuoi) nam (20\d\d)/.exec(f) ?? /nam (20\d\d)/.exec(f);
  return {
    text,
    value: years.length ? null : primary.value,
    ...(primary.max !== undefined ? { max: primary.max } : {}),
    unit: primary.unit,
    comparator: years.length ? null : primary.comparator,
    secondary: qs.filter((q) => q !== primary && !years.some((y) => y.text.includes(q.text))).map((q) => ({ value: q.value, unit: q.unit, comparator: q.comparator, text: q.text })),
    yearBreakdown: years,
    indicatorCodes: indicatorCodes(text),
    standard: std ? `chuẩn ${std[1]}` : null,
    dueYear: due ? Number(due[1]) : null,
    sectionPath,
    span: para.span,
    confidence: primary.unit === '%' ? 0.85 : 0.7,
  };
}

/**
 * Targets: quantified lines under "Mục tiêu" / "Chỉ tiêu" sections, and "Phấn đấu …" sentences
 * anywhere (typos "Phần đầu", "Phân đầu" accepted, warned); per-year values from the sentence or
 * from a table with year columns.
 */
export function extractTargets(root: WorkNode, tables: PlacedTable[]): Target[] {
  const out: Target[] = [];
  const seen = new Set<Para>();
  for (const n of walk(root)) {
    const scope = inTargetScope(n);
    const candidates: Para[] = [];
    if (n.para) candidates.push(n.para);
    candidates.push(...n.bodyParas);
    for (const p of candidates) {
      if (seen.has(p)) continue;
      const text = p === n.para ? n.title : p.text;
      if (!scope && !STRIVE.test(fold(text))) continue;
      if (/^(muc tieu|chi tieu)/.test(fold(text)) && text.length < 80 && !findQuantities(text).length) continue;
      const t = targetFrom(text, p, nodePath(p === n.para ? n.parent : n));
      if (t) {
        seen.add(p);
        out.push(t);
      }
    }
  }
  for (const { table } of tables) out.push(...yearTableTargets(table));
  return out;
}

function yearTableTargets(t: TableBlock): Target[] {
  const header = t.rows[0] ?? [];
  const yearCols = header.map((c, i) => ({ i, y: /^(?:năm\s*)?(20\d\d)$/iu.exec(c.text.trim())?.[1] })).filter((x) => x.y);
  if (yearCols.length < 2) return [];
  const unitCol = header.findIndex((c) => /^(don vi|dvt)/.test(fold(c.text)));
  const textCol = header.findIndex((c) => /(chi tieu|noi dung|muc tieu|ten)/.test(fold(c.text)));
  const out: Target[] = [];
  for (const row of t.rows.slice(1)) {
    const textCell = row[textCol >= 0 ? textCol : 1] ?? row[0];
    if (!textCell?.text) continue;
    const unitText = unitCol >= 0 ? row[unitCol]?.text ?? '' : '';
    const years: YearValue[] = [];
    for (const { i, y } of yearCols) {
      const cell = row[i]?.text.replace('%', '').trim() ?? '';
      const v = parseVietnameseNumber(cell);
      if (v !== null) years.push({ year: Number(y), value: v, text: row[i]!.text });
    }
    if (!years.length) continue;
    const unit = unitText ? (unitText.includes('%') ? '%' : unitText) : row.some((c) => c.text.includes('%')) ? '%' : null;
    out.push({
      text: textCell.text,
      value: null,
      unit,
      comparator: null,
      secondary: [],
      yearBreakdown: years,
      indicatorCodes: indicatorCodes(textCell.text),
      standard: null,
      dueYear: years[years.length - 1]?.year ?? null,
      sectionPath: [],
      span: textCell.span,
      confidence: 0.8,
    });
  }
  return out;
}
