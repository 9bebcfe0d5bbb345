import type { SourceSpan } from '../types';

/** One line-like paragraph of the source after cleanup (Markdown marks removed, NFC). */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  span: SourceSpan;
  /** Was a Markdown heading or a Word heading style. */
  heading: boolean;
}

export interface TableCellBlock {
  text: string;
  span: SourceSpan;
  /** Filled from a vertically merged cell above (Word vMerge). */
  mergedFromAbove?: boolean;
}

/** A table: from tab-separated text lines or a Word w:tbl, merged cells already resolved to a grid. */
export interface TableBlock {
  kind: 'table';
  rows: TableCellBlock[][];
  span: SourceSpan;
}

export type DocumentBlock = ParagraphBlock | TableBlock;
