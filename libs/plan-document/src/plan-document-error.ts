/** Why an input could not be read at all. Nothing partial is returned with these. */
export enum PlanDocumentErrorCode {
  EmptyFile = 'EMPTY_FILE',
  FileTooLarge = 'FILE_TOO_LARGE',
  UnsupportedFormat = 'UNSUPPORTED_FORMAT',
  BinaryFile = 'BINARY_FILE',
  InvalidEncoding = 'INVALID_ENCODING',
  CorruptArchive = 'CORRUPT_ARCHIVE',
  ZipBomb = 'ZIP_BOMB',
  TooManyEntries = 'TOO_MANY_ENTRIES',
  NotAWordDocument = 'NOT_A_WORD_DOCUMENT',
  InvalidXml = 'INVALID_XML',
  NoText = 'NO_TEXT',
}

const MESSAGES: Record<PlanDocumentErrorCode, string> = {
  [PlanDocumentErrorCode.EmptyFile]: 'Tệp rỗng, không có nội dung để nhập',
  [PlanDocumentErrorCode.FileTooLarge]: 'Tệp quá lớn',
  [PlanDocumentErrorCode.UnsupportedFormat]: 'Định dạng tệp không được hỗ trợ (chỉ nhận .docx, .md, .txt)',
  [PlanDocumentErrorCode.BinaryFile]: 'Tệp không phải văn bản (có dữ liệu nhị phân)',
  [PlanDocumentErrorCode.InvalidEncoding]: 'Tệp văn bản không đúng mã UTF-8',
  [PlanDocumentErrorCode.CorruptArchive]: 'Tệp .docx bị hỏng, không đọc được',
  [PlanDocumentErrorCode.ZipBomb]: 'Tệp .docx có dung lượng giải nén bất thường (nghi "bom nén"), đã từ chối',
  [PlanDocumentErrorCode.TooManyEntries]: 'Tệp .docx chứa quá nhiều thành phần, đã từ chối',
  [PlanDocumentErrorCode.NotAWordDocument]: 'Tệp không phải văn bản Word (.docx): thiếu word/document.xml',
  [PlanDocumentErrorCode.InvalidXml]: 'Nội dung word/document.xml không hợp lệ',
  [PlanDocumentErrorCode.NoText]: 'Tệp không có chữ nào để đọc',
};

/**
 * The importer's refusal of an unreadable input, with a code and a Vietnamese message
 * (`message`), plus details for logs. Map it at the boundary (CLI exit code, HTTP 422).
 */
export class PlanDocumentError extends Error {
  override readonly name = 'PlanDocumentError';

  constructor(
    readonly code: PlanDocumentErrorCode,
    detail?: string,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(detail ? `${MESSAGES[code]}: ${detail}` : MESSAGES[code]);
  }
}

/** Type guard. */
export function isPlanDocumentError(e: unknown): e is PlanDocumentError {
  return e instanceof PlanDocumentError || (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'PlanDocumentError');
}
