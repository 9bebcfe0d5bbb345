import JSZip from 'jszip';
import { PlanDocumentError, PlanDocumentErrorCode } from '../plan-document-error';
import { inspectZip, type ZipLimits } from './zip-guard';

/** The XML parts of a .docx the importer reads. */
export interface DocxParts {
  documentXml: string;
  numberingXml: string | null;
}

/**
 * Opens a .docx with JSZip after {@link inspectZip} has vetted the central directory, and inflates
 * only word/document.xml and word/numbering.xml, counting the real output so a lying header cannot
 * blow memory up.
 */
export async function readDocxParts(bytes: Uint8Array, limits: ZipLimits): Promise<DocxParts> {
  const entries = inspectZip(bytes, limits);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (e) {
    throw new PlanDocumentError(PlanDocumentErrorCode.CorruptArchive, (e as Error).message);
  }
  const doc = zip.file('word/document.xml');
  if (!doc || !entries.some((x) => x.name === 'word/document.xml')) {
    throw new PlanDocumentError(PlanDocumentErrorCode.NotAWordDocument);
  }
  const documentXml = await inflateLimited(doc, 'word/document.xml', limits.maxEntryBytes);
  const num = zip.file('word/numbering.xml');
  const numberingXml = num ? await inflateLimited(num, 'word/numbering.xml', limits.maxEntryBytes) : null;
  return { documentXml, numberingXml };
}

interface StreamHelper {
  on(event: 'data', cb: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'error', cb: (e: Error) => void): StreamHelper;
  on(event: 'end', cb: () => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

function inflateLimited(file: JSZip.JSZipObject, name: string, limit: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const decoder = new TextDecoder('utf-8');
    let text = '';
    let size = 0;
    let done = false;
    // internalStream is public JSZip API (documented) but missing from its .d.ts.
    const helper = (file as unknown as { internalStream(type: 'uint8array'): StreamHelper }).internalStream('uint8array');
    helper
      .on('data', (chunk: Uint8Array) => {
        if (done) return;
        size += chunk.length;
        if (size > limit) {
          done = true;
          helper.pause();
          reject(new PlanDocumentError(PlanDocumentErrorCode.ZipBomb, `${name} giải nén vượt ${limit} byte`, { name }));
          return;
        }
        text += decoder.decode(chunk, { stream: true });
      })
      .on('error', (e: Error) => {
        if (done) return;
        done = true;
        reject(new PlanDocumentError(PlanDocumentErrorCode.CorruptArchive, `${name}: ${e.message}`));
      })
      .on('end', () => {
        if (done) return;
        done = true;
        resolve(text + decoder.decode());
      })
      .resume();
  });
}
