import { PlanDocumentError, PlanDocumentErrorCode } from '../plan-document-error';

/**
 * Decodes a text file: UTF-8 (with or without BOM) or UTF-16 with a BOM; NFD becomes NFC later.
 * Rejects binary content (NUL bytes, control characters) and invalid UTF-8 rather than guessing.
 */
export function decodeTextFile(bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: false }).decode(bytes.subarray(2));
    return assertText(text);
  }
  const sample = bytes.subarray(0, Math.min(bytes.length, 64 * 1024));
  if (sample.includes(0)) throw new PlanDocumentError(PlanDocumentErrorCode.BinaryFile, 'có byte NUL');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new PlanDocumentError(PlanDocumentErrorCode.InvalidEncoding);
  }
  return assertText(text);
}

function assertText(text: string): string {
  // A few stray control characters happen in Word exports; many mean this is not text.
  const controls = text.slice(0, 65536).match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  if (controls > 8) throw new PlanDocumentError(PlanDocumentErrorCode.BinaryFile, `${controls} ký tự điều khiển`);
  return text.replace(/^\uFEFF/, '');
}
