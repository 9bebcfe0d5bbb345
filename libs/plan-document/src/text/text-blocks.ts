import { normalizeUnicode } from '@dondoc/domain';
import type { DocumentBlock, TableCellBlock } from '../blocks/document-block.types';

/** Removes Markdown marks a Word → Markdown conversion leaves: headings, bold, italics, escapes. */
export function stripMarkdown(line: string): { text: string; heading: boolean } {
  let text = line;
  let heading = false;
  const h = /^\s{0,3}#{1,6}\s+/.exec(text);
  if (h) {
    heading = true;
    text = text.slice(h[0].length).replace(/\s+#+\s*$/, '');
  }
  text = text
    .replace(/^\s*>\s?/, '')
    .replace(/^\s*\*\s+/, '- ') // "* item" list bullet
    .replace(/\*+/g, '') // bold / italics marks
    .replace(/(^|[\s(])_([^_]+)_(?=$|[\s).,;:])/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\s+$/, '');
  return { text, heading };
}

/** Cleans one line: Unicode normalised (NFC, NBSP, zero-width), spaces collapsed. */
export function cleanLine(text: string): string {
  return normalizeUnicode(text).replace(/[ ]+/g, ' ').trim();
}

/**
 * Splits a text file into blocks: one paragraph per non-blank line, and tables from runs of
 * tab-separated lines or Markdown pipe tables (a blank line ends a table). Spans are 1-based lines.
 */
export function textToBlocks(text: string): DocumentBlock[] {
  const lines = normalizeUnicode(text).replace(/\r\n?/g, '\n').split('\n');
  const blocks: DocumentBlock[] = [];
  let table: { rows: TableCellBlock[][]; start: number; end: number } | null = null;
  const flush = () => {
    if (table) blocks.push({ kind: 'table', rows: table.rows, span: { kind: 'line', line: table.start, endLine: table.end } });
    table = null;
  };
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const pipe = /^\s*\|.*\|\s*$/.test(raw);
    const tabbed = raw.includes('\t') && raw.replace(/\t/g, '').trim() !== '';
    if (pipe || tabbed) {
      if (pipe && /^\s*\|[\s:|-]+\|\s*$/.test(raw)) return; // |---|---| separator
      const cells = pipe ? raw.trim().replace(/^\|/, '').replace(/\|$/, '').split('|') : raw.split('\t');
      const row = cells.map((c, col) => ({
        text: cleanLine(stripMarkdown(c).text),
        span: { kind: 'tableCell' as const, table: 0, row: 0, column: col + 1, endRow: 0, line: lineNo },
      }));
      if (!table) table = { rows: [], start: lineNo, end: lineNo };
      table.rows.push(row);
      table.end = lineNo;
      return;
    }
    flush();
    // .txt exports keep Markdown marks too ("*Mục tiêu:*", "**TM. ỦY BAN NHÂN DÂN**"): strip them always.
    const { text: t, heading } = stripMarkdown(raw);
    const clean = cleanLine(t);
    if (!clean) return;
    blocks.push({ kind: 'paragraph', text: clean, heading, span: { kind: 'line', line: lineNo, endLine: lineNo } });
  });
  flush();
  // Number tables and their rows for cell spans.
  let t = 0;
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    t++;
    b.rows.forEach((row, r) =>
      row.forEach((c) => {
        if (c.span.kind === 'tableCell') {
          c.span.table = t;
          c.span.row = r + 1;
          c.span.endRow = r + 1;
        }
      }),
    );
  }
  return blocks;
}
