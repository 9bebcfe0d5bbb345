import type { SourceSpan } from '../types';
import type { DocumentBlock, TableBlock } from '../blocks/document-block.types';
import { fold } from '../text/fold';
import { matchLabel } from './section-label';

/** A paragraph ready for extraction: display text, its accent-folded twin (same length) and span. */
export interface Para {
  text: string;
  f: string;
  span: SourceSpan;
  heading: boolean;
  /** Index in the paragraph list (document order). */
  index: number;
}

/** A table kept as a table (assignment or per-year targets) with the paragraph index it follows. */
export interface PlacedTable {
  table: TableBlock;
  afterPara: number;
}

export function mergeSpans(a: SourceSpan, b: SourceSpan): SourceSpan {
  if (a.kind === 'line' && b.kind === 'line') return { kind: 'line', line: Math.min(a.line, b.line), endLine: Math.max(a.endLine, b.endLine) };
  if (a.kind === 'paragraph' && b.kind === 'paragraph') return { kind: 'paragraph', paragraph: Math.min(a.paragraph, b.paragraph), endParagraph: Math.max(a.endParagraph, b.endParagraph) };
  if (a.kind === 'tableCell' && b.kind === 'tableCell' && a.table === b.table && a.column === b.column) return { ...a, endRow: Math.max(a.endRow, b.endRow) };
  return a;
}

/** Is this table something the extractors read as a table (not a layout table to flatten)? */
export function isDataTable(t: TableBlock): boolean {
  const header = (t.rows[0] ?? []).map((c) => fold(c.text));
  const hasStt = header.some((h) => /^(stt|tt|so tt)\b/.test(h));
  const hasRole = header.some((h) => /(chu tri|chi tri|phoi hop|thuc hien|nhiem vu)/.test(h));
  const years = header.filter((h) => /^(nam )?20\d\d\b/.test(h)).length;
  return (hasStt && hasRole) || years >= 2 || (hasStt && t.rows.length > 1 && (t.rows[0]?.length ?? 0) >= 3);
}

const TERMINAL = /[.;:!?…)"”]$/;

/**
 * Flattens layout tables (Word header and signature tables) into paragraphs, keeps data tables,
 * and re-joins sentences that a page or line break split: "…đủ" + "điều kiện…" (next starts in lower
 * case), "Dự kiến" + "1.728 triệu đồng." (next is a bare amount).
 */
export function preparePara(blocks: DocumentBlock[]): { paras: Para[]; tables: PlacedTable[] } {
  const paras: Para[] = [];
  const tables: PlacedTable[] = [];
  const push = (text: string, span: SourceSpan, heading: boolean) => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (!t) return;
    const prev = paras[paras.length - 1];
    // Long runs are not sentences broken by a page: cap joins so pathological input stays linear.
    if (prev && !prev.heading && !heading && prev.text.length < 4000 && shouldJoin(prev.text, t)) {
      prev.text = `${prev.text} ${t}`;
      prev.f = `${prev.f} ${fold(t)}`; // fold is per character: no need to refold the whole paragraph
      prev.span = mergeSpans(prev.span, span);
      return;
    }
    paras.push({ text: t, f: fold(t), span, heading, index: paras.length });
  };
  for (const b of blocks) {
    if (b.kind === 'paragraph') push(b.text, b.span, b.heading);
    else if (isDataTable(b)) tables.push({ table: b, afterPara: paras.length - 1 });
    else {
      // Layout tables (header: issuer | motto; footer: recipients | signature) read column by column,
      // so each side stays together as it does on paper.
      const width = Math.max(0, ...b.rows.map((r) => r.length));
      for (let col = 0; col < width; col++) {
        for (const row of b.rows) {
          const cell = row[col];
          if (cell && !cell.mergedFromAbove) for (const line of cell.text.split('\n')) push(line, cell.span, false);
        }
      }
    }
  }
  return { paras, tables };
}

function shouldJoin(prev: string, next: string): boolean {
  if (TERMINAL.test(prev)) return false;
  if (matchLabel(next)) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  // "Dự kiến" / "…năm 2024:" then the amount on its own line.
  return /^\d{1,3}(\.\d{3})*(,\d+)?\s*(tỷ|triệu|nghìn|đồng)/.test(next) && /(dự kiến|là|khoảng|với)$/i.test(prev);
}
