import {
  HttpException,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { catchError, type Observable } from 'rxjs';
import { ApiError } from '../common/api-error';
import { FILE_TOO_LARGE_MESSAGE } from './file-limits';

/**
 * Wraps Nest's FileInterceptor (place it first): multer's refusals become dondoc errors with
 * Vietnamese messages — too large → 413, any other multipart problem → 422 on the `file` field.
 */
@Injectable()
export class FileUploadErrorsInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((err: unknown) => {
        if (err instanceof HttpException && err.getStatus() === 413)
          throw new ApiError('PAYLOAD_TOO_LARGE', FILE_TOO_LARGE_MESSAGE);
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
