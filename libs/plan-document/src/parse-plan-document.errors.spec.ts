import JSZip from 'jszip';
import { parsePlanDocument } from './parse-plan-document';
import { isPlanDocumentError, type PlanDocumentError } from './plan-document-error';
import type { ParsePlanOptions } from './types';
import { buildDocx, documentXml, p } from './testing/build-docx';

async function codeOf(fileName: string, bytes: Uint8Array, options?: ParsePlanOptions): Promise<string> {
  try {
    await parsePlanDocument({ fileName, bytes }, options);
  } catch (e) {
    expect(isPlanDocumentError(e)).toBe(true);
    expect((e as PlanDocumentError).message).toMatch(/\p{L}/u); // a Vietnamese sentence, not a stack dump
    return (e as PlanDocumentError).code;
  }
  return 'NO_ERROR';
}

/** Rewrites the declared uncompressed size of one entry in the zip's central directory. */
function lieAboutSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer);
  const target = new TextEncoder().encode(name);
  for (let i = 0; i < out.length - 46; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const len = view.getUint16(i + 28, true);
    const n = out.subarray(i + 46, i + 46 + len);
    if (len === target.length && n.every((b, k) => b === target[k])) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe('unreadable input is refused with a coded Vietnamese error', () => {
  const plain = new TextEncoder().encode('KẾ HOẠCH\nThực hiện giảm nghèo');

  it.each([
    ['empty file', 'a.txt', new Uint8Array(0), 'EMPTY_FILE'],
    ['20 MB file', 'a.txt', new Uint8Array(20 * 1024 * 1024).fill(0x41), 'FILE_TOO_LARGE'],
    ['binary with NUL bytes', 'a.txt', Uint8Array.from([0x4b, 0x00, 0x01, 0x02, 0xff, 0x00]), 'BINARY_FILE'],
    ['invalid UTF-8', 'a.txt', Uint8Array.from([0x4b, 0xc3, 0x28, 0x41]), 'INVALID_ENCODING'],
    ['a .docx that is not a zip', 'a.docx', plain, 'CORRUPT_ARCHIVE'],
    ['a Word 97 .doc', 'a.doc', plain, 'UNSUPPORTED_FORMAT'],
    ['a PDF', 'a.pdf', plain, 'UNSUPPORTED_FORMAT'],
    ['only blank lines', 'a.md', new TextEncoder().encode('\n  \n\t\n'), 'NO_TEXT'],
  ])('%s', async (_name, fileName, bytes, code) => {
    expect(await codeOf(fileName, bytes)).toBe(code);
  });

  it('rejects a truncated archive', async () => {
    const bytes = await buildDocx(documentXml(p('KẾ HOẠCH')));
    expect(await codeOf('a.docx', bytes.subarray(0, bytes.length - 30))).toBe('CORRUPT_ARCHIVE');
  });

  it('rejects a zip without word/document.xml', async () => {
    expect(await codeOf('a.docx', await buildDocx(null))).toBe('NOT_A_WORD_DOCUMENT');
  });

  it('rejects malformed XML', async () => {
    const bytes = await buildDocx('<w:document><w:body><w:p></w:body></w:document>');
    expect(await codeOf('a.docx', bytes)).toBe('INVALID_XML');
  });

  it('rejects a document with no text', async () => {
    expect(await codeOf('a.docx', await buildDocx(documentXml('<w:p/>')))).toBe('NO_TEXT');
  });

  it('rejects a high compression ratio (zip bomb) from the declared sizes', async () => {
    const bytes = await buildDocx(documentXml(p('x')), { extra: { 'word/media/bomb.bin': new Uint8Array(5 * 1024 * 1024) } });
    expect(await codeOf('a.docx', bytes)).toBe('ZIP_BOMB');
  });

  it('rejects a part whose real size exceeds the limit even when the header lies', async () => {
    const big = documentXml(p('Giảm nghèo bền vững. '.repeat(120_000)));
    const honest = await buildDocx(big);
    const lying = lieAboutSize(honest, 'word/document.xml', 1000);
    expect(await codeOf('a.docx', lying, { maxEntryBytes: 1024 * 1024 })).toBe('ZIP_BOMB');
  });

  it('rejects too many entries', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', documentXml(p('x')));
    for (let i = 0; i < 30; i++) zip.file(`junk/${i}.xml`, '<a/>');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await codeOf('a.docx', bytes, { maxEntries: 20 })).toBe('TOO_MANY_ENTRIES');
  });

  it('returns a plan for a small valid .docx (the guard does not block normal files)', async () => {
    const plan = await parsePlanDocument({ fileName: 'a.docx', bytes: await buildDocx(documentXml(p('KẾ HOẠCH') + p('Giảm nghèo năm 2024'))) });
    expect(plan.document.title).toBe('Giảm nghèo năm 2024');
  });
});
