/**
 * Where an extracted item came from. Text inputs (.txt/.md) count lines from 1; .docx inputs count
 * body paragraphs from 1 (tables included in the count as one block each) and table cells by
 * table/row/column (all from 1). `text` is a short excerpt for reviewers.
 */
export type SourceSpan =
  | { kind: 'line'; line: number; endLine: number; text?: string }
  | { kind: 'paragraph'; paragraph: number; endParagraph: number; text?: string }
  | { kind: 'tableCell'; table: number; row: number; column: number; endRow: number; line?: number; paragraph?: number; text?: string };

/** Extraction confidence from 0 (guess) to 1 (read verbatim from a labelled field). */
export type Confidence = number;
