import type { FieldError } from '@dondoc/contracts';

/**
 * Error codes the API itself raises, with their HTTP status. Domain error codes are mapped in
 * `error-status.table.ts`; services throw these (never Nest's HttpException).
 */
export const API_ERROR_STATUS = {
  VALIDATION_FAILED: 422,
  AUTH_REQUIRED: 401,
  AUTH_INVALID_CREDENTIALS: 401,
  AUTH_TOO_MANY_ATTEMPTS: 429,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  USERNAME_TAKEN: 409,
  CODE_TAKEN: 409,
  REFERENCE_NOT_FOUND: 422,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL: 500,
  TEMPORAL_UNAVAILABLE: 503,
} as const;
export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

/** Default Vietnamese messages. */
export const API_ERROR_MESSAGES: Record<ApiErrorCode, string> = {
  VALIDATION_FAILED: 'Dữ liệu không hợp lệ',
  AUTH_REQUIRED: 'Vui lòng đăng nhập',
  AUTH_INVALID_CREDENTIALS: 'Tên đăng nhập hoặc mật khẩu không đúng',
  AUTH_TOO_MANY_ATTEMPTS: 'Đăng nhập sai quá nhiều lần, vui lòng thử lại sau 1 phút',
  FORBIDDEN: 'Bạn không có quyền thực hiện thao tác này',
  NOT_FOUND: 'Không tìm thấy dữ liệu',
  CONFLICT: 'Dữ liệu bị xung đột',
  USERNAME_TAKEN: 'Tên đăng nhập đã được sử dụng',
  CODE_TAKEN: 'Mã đã được sử dụng',
  REFERENCE_NOT_FOUND: 'Dữ liệu tham chiếu không tồn tại',
  PAYLOAD_TOO_LARGE: 'Dữ liệu gửi lên quá lớn',
  INTERNAL: 'Lỗi hệ thống, vui lòng thử lại sau',
  TEMPORAL_UNAVAILABLE: 'Hệ thống xử lý quy trình tạm thời không sẵn sàng, vui lòng thử lại sau',
};

/** One invalid field of a request (the error body's shape is defined once, in @dondoc/contracts). */
export type { FieldError };

/** An error the API answers with `{statusCode, code, message, errors?}`. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string = API_ERROR_MESSAGES[code],
    readonly errors?: FieldError[],
    /** Extra response headers, e.g. Retry-After. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get status(): number {
    return API_ERROR_STATUS[this.code];
  }
}
