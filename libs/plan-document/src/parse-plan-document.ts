import type { ParsedPlan, ParsePlanOptions } from './types';
import { PlanDocumentError, PlanDocumentErrorCode } from './plan-document-error';
import { decodeTextFile } from './input/decode-text';
import { readDocxParts } from './docx/read-docx-parts';
import { docxToBlocks } from './docx/docx-blocks';
import { textToBlocks } from './text/text-blocks';
import { parseBlocks, PARSER_VERSION } from './parse-plan-blocks';
import type { DocumentBlock } from './blocks/document-block.types';

const MiB = 1024 * 1024;
const DEFAULTS = {
  maxInputBytes: 10 * MiB,
  maxEntryBytes: 30 * MiB,
  maxTotalUncompressedBytes: 100 * MiB,
  maxEntries: 2000,
  maxCompressionRatio: 200,
};

/** Input of {@link parsePlanDocument}: a file name (for its extension) and its bytes. */
export interface PlanDocumentInput {
  fileName: string;
  bytes: Uint8Array;
}

function formatOf(fileName: string, bytes: Uint8Array): ParsedPlan['source']['format'] {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (ext === 'docx') {
    if (!isZip) throw new PlanDocumentError(PlanDocumentErrorCode.CorruptArchive, 'không phải tệp nén .docx');
    return 'docx';
  }
  if (ext === 'doc') throw new PlanDocumentError(PlanDocumentErrorCode.UnsupportedFormat, 'tệp .doc (Word 97–2003): hãy lưu lại thành .docx');
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'txt' || ext === 'text' || ext === '') {
    if (isZip) throw new PlanDocumentError(PlanDocumentErrorCode.BinaryFile, 'tệp nén mang đuôi văn bản');
    return 'txt';
  }
  throw new PlanDocumentError(PlanDocumentErrorCode.UnsupportedFormat, `.${ext}`);
}

/**
 * Reads a plan document (.docx, .md or .txt) into a {@link ParsedPlan}. Every extracted item carries
 * its source span and a confidence; doubtful facts are coded warnings. Unreadable input (empty,
 * too large, binary, corrupt or suspicious archive, no text) throws a {@link PlanDocumentError} and
 * nothing partial is returned.
 */
export async function parsePlanDocument(input: PlanDocumentInput, options: ParsePlanOptions = {}): Promise<ParsedPlan> {
  const limits = { ...DEFAULTS, ...stripUndefined(options) };
  const { bytes, fileName } = input;
  if (bytes.length === 0) throw new PlanDocumentError(PlanDocumentErrorCode.EmptyFile);
  if (bytes.length > limits.maxInputBytes) {
    throw new PlanDocumentError(PlanDocumentErrorCode.FileTooLarge, `${(bytes.length / MiB).toFixed(1)} MB (tối đa ${(limits.maxInputBytes / MiB).toFixed(0)} MB)`, { bytes: bytes.length });
  }
  const format = formatOf(fileName, bytes);
  let blocks: DocumentBlock[];
  if (format === 'docx') {
    const parts = await readDocxParts(bytes, limits);
    blocks = docxToBlocks(parts.documentXml, parts.numberingXml);
  } else {
    blocks = textToBlocks(decodeTextFile(bytes));
  }
  const hasText = blocks.some((b) => (b.kind === 'paragraph' ? b.text.trim() : b.rows.some((r) => r.some((c) => c.text.trim()))));
  if (!hasText) throw new PlanDocumentError(PlanDocumentErrorCode.NoText);
  return parseBlocks(blocks, { fileName, format, bytes: bytes.length, parserVersion: PARSER_VERSION }, options);
}

/** Parses plan text already in memory (UTF-8 string, Markdown marks allowed). */
export function parsePlanText(text: string, options: ParsePlanOptions = {}, fileName = 'plan.txt'): ParsedPlan {
  const blocks = textToBlocks(text.replace(/^\uFEFF/, ''));
  return parseBlocks(blocks, { fileName, format: fileName.endsWith('.md') ? 'md' : 'txt', bytes: Buffer.byteLength(text, 'utf8'), parserVersion: PARSER_VERSION }, options);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
