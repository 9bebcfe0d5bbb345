/** Hard cap of an uploaded plan file (multer stops reading past it): 20 MiB. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The Vietnamese refusal of a file over {@link MAX_IMPORT_BYTES}. */
export const FILE_TOO_LARGE_MESSAGE = 'Tệp quá lớn: tối đa 20 MB';
