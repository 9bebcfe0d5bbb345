import {
  HttpException,
  Injectable,
  mixin,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import { catchError, type Observable } from 'rxjs';
import { ApiError } from './api-error';

/**
 * Wraps Nest's FileInterceptor (place it first in @UseInterceptors): multer's refusals become
 * dondoc errors with Vietnamese messages — too large → 413 with the route's own limit message, any
 * other multipart problem (wrong field, several files, malformed body) → 422 on the `file` field.
 */
export function UploadErrors(tooLargeMessage: string): Type<NestInterceptor> {
  @Injectable()
  class UploadErrorsInterceptor implements NestInterceptor {
    intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
      return next.handle().pipe(
        catchError((err: unknown) => {
          if (err instanceof HttpException && err.getStatus() === 413) throw new ApiError('PAYLOAD_TOO_LARGE', tooLargeMessage);
          if (err instanceof HttpException && err.getStatus() === 400) {
            throw new ApiError('VALIDATION_FAILED', 'Tệp tải lên không hợp lệ', [
              { field: 'file', message: 'Gửi đúng một tệp trong trường "file" (multipart/form-data)' },
            ]);
          }
          throw err;
        }),
      );
    }
  }
  return mixin(UploadErrorsInterceptor);
}
