import type { ParsedSection, SourceSpan } from './import-job.types';

/** Whole VND with Vietnamese thousands dots: 1728000000 → "1.728.000.000 đ". */
export function formatVnd(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return '—';
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.round(Math.abs(amount))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${digits} đ`;
}

/** First and last source line (or .docx paragraph) a span covers; null when it names none. */
export function spanLines(span: SourceSpan | undefined | null): { from: number; to: number } | null {
  if (!span || typeof span !== 'object') return null;
  switch (span.kind) {
    case 'line':
      return { from: span.line, to: Math.max(span.line, span.endLine ?? span.line) };
    case 'paragraph':
      return { from: span.paragraph, to: Math.max(span.paragraph, span.endParagraph ?? span.paragraph) };
    case 'tableCell': {
      const at = span.line ?? span.paragraph;
      return typeof at === 'number' ? { from: at, to: at } : null;
    }
    default:
      return null;
  }
}

/** The text of an uploaded .txt/.md split as the importer counts lines (from 1; BOM dropped; CRLF/CR = LF). */
export function sourceLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n');
}

/**
 * Without the original text (a .docx, or a job opened later from the queue), the read sections
 * stand in for it: each heading at its own line/paragraph number.
 */
export function outlineLines(sections: readonly ParsedSection[] | undefined): Map<number, string> {
  const out = new Map<number, string>();
  const walk = (nodes: readonly ParsedSection[]) => {
    for (const n of nodes) {
      const at = spanLines(n.span);
      if (at && !out.has(at.from)) out.set(at.from, [n.label, n.title].filter(Boolean).join(' '));
      if (Array.isArray(n.children)) walk(n.children);
    }
  };
  walk(Array.isArray(sections) ? sections : []);
  return out;
}
