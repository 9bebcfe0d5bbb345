/** Hard cap of one evidence file or report attachment (multer stops reading past it): 10 MiB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The Vietnamese refusal of a file over {@link MAX_FILE_BYTES}. */
export const FILE_TOO_LARGE_MESSAGE = 'Tệp quá lớn: tối đa 10 MB';

/**
 * Accepted kinds, by extension, with the content type the file is served back with (the client's
 * claimed type is not trusted: a download is never rendered as HTML by the browser).
 */
export const ALLOWED_FILE_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  zip: 'application/zip',
};

/** The Vietnamese refusal of a file kind outside {@link ALLOWED_FILE_TYPES}. */
export const FILE_TYPE_MESSAGE = `Loại tệp không được chấp nhận: chỉ nhận ${Object.keys(ALLOWED_FILE_TYPES)
  .map((e) => `.${e}`)
  .join(', ')}`;

/** The served content type of a file name, or null when its kind is not accepted. */
export function contentTypeOf(fileName: string): string | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return ext ? (ALLOWED_FILE_TYPES[ext] ?? null) : null;
}
