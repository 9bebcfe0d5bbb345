import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ApiError, type FieldError } from './api-error';

// Vietnamese wording for the constraints dondoc uses; others fall back to class-validator's text.
const MESSAGES: Record<string, string> = {
  whitelistValidation: 'Trường này không được phép',
  isNotEmpty: 'Không được để trống',
  isDefined: 'Bắt buộc',
  isString: 'Phải là chuỗi ký tự',
  isBoolean: 'Phải là true hoặc false',
  isInt: 'Phải là số nguyên',
  isUUID: 'Phải là mã định danh (UUID) hợp lệ',
  isIn: 'Giá trị không thuộc danh sách cho phép',
  isArray: 'Phải là một danh sách',
  isEmail: 'Địa chỉ email không hợp lệ',
  isISO8601: 'Phải là ngày dạng YYYY-MM-DD',
  minLength: 'Quá ngắn',
  maxLength: 'Quá dài',
  min: 'Quá nhỏ',
  max: 'Quá lớn',
  matches: 'Không đúng định dạng',
  arrayMinSize: 'Danh sách quá ngắn',
  arrayMaxSize: 'Danh sách quá dài',
};

/** Flattens nested validation errors into `{field: 'a.b', message}` pairs. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    for (const [key, text] of Object.entries(e.constraints ?? {})) {
      out.push({ field, message: MESSAGES[key] ? `${MESSAGES[key]} (${text})` : text });
    }
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, field));
  }
  return out;
}

/** Global pipe: strips nothing silently (unknown fields are an error) and answers 422. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new ApiError('VALIDATION_FAILED', 'Dữ liệu không hợp lệ', flattenValidationErrors(errors)),
  });
}
