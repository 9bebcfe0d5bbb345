import { PlanDocumentError, PlanDocumentErrorCode } from '../plan-document-error';

/** One central-directory record: what the archive declares before anything is inflated. */
export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
}

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalUncompressedBytes: number;
  maxCompressionRatio: number;
}

const EOCD = 0x06054b50;
const CDH = 0x02014b50;

/**
 * Reads the zip central directory by hand and refuses archives whose declared entry count, sizes or
 * compression ratios are beyond the limits, before JSZip inflates a single byte. Actual sizes are
 * enforced again while inflating (declared sizes can lie).
 */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits): ZipEntryInfo[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const min = Math.max(0, bytes.length - 65557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= min; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new PlanDocumentError(PlanDocumentErrorCode.CorruptArchive, 'không tìm thấy mục lục của tệp nén');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw new PlanDocumentError(PlanDocumentErrorCode.ZipBomb, 'tệp nén ZIP64 (hơn 65.535 thành phần hoặc lớn hơn 4 GB)');
  }
  if (count > limits.maxEntries) {
    throw new PlanDocumentError(PlanDocumentErrorCode.TooManyEntries, `${count} thành phần (tối đa ${limits.maxEntries})`, { count });
  }
  if (cdOffset + cdSize > bytes.length) throw new PlanDocumentError(PlanDocumentErrorCode.CorruptArchive, 'mục lục vượt quá độ dài tệp');
  const entries: ZipEntryInfo[] = [];
  let p = cdOffset;
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CDH) {
      throw new PlanDocumentError(PlanDocumentErrorCode.CorruptArchive, 'mục lục hỏng');
    }
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const name = new TextDecoder('utf-8').decode(bytes.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) {
      throw new PlanDocumentError(PlanDocumentErrorCode.ZipBomb, `${name}: kích thước ZIP64`, { name });
    }
    total += uncompressedSize;
    if (uncompressedSize > limits.maxEntryBytes) {
      throw new PlanDocumentError(PlanDocumentErrorCode.ZipBomb, `${name} khai báo ${uncompressedSize} byte khi giải nén`, { name, uncompressedSize });
    }
    const ratio = uncompressedSize / Math.max(1, compressedSize);
    if (uncompressedSize > 1024 * 1024 && ratio > limits.maxCompressionRatio) {
      throw new PlanDocumentError(PlanDocumentErrorCode.ZipBomb, `${name} có tỷ lệ nén ${Math.round(ratio)}:1`, { name, ratio });
    }
    entries.push({ name, method, compressedSize, uncompressedSize });
  }
  if (total > limits.maxTotalUncompressedBytes) {
    throw new PlanDocumentError(PlanDocumentErrorCode.ZipBomb, `tổng dung lượng giải nén ${total} byte`, { total });
  }
  return entries;
}
