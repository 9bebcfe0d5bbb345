import { ArgumentsHost, Catch, HttpException, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import type { ApiErrorBody } from '@dondoc/contracts';
import { DOMAIN_ERROR_MESSAGES, isDomainError } from '@dondoc/domain';
import { isPlanDocumentError } from '@dondoc/plan-document';
import { API_ERROR_MESSAGES, ApiError } from './api-error';
import { DOMAIN_ERROR_STATUS } from './error-status.table';
import type { JsonLogger } from './json-logger';
import type { DondocRequest } from './request-context';

// Nest's own exceptions (unknown route, body too large…) keep their status but get our codes.
const HTTP_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'AUTH_REQUIRED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'VALIDATION_FAILED',
  429: 'TOO_MANY_REQUESTS',
};

/**
 * The one place where errors become HTTP answers `{statusCode, code, message, errors?}`:
 * ApiError by its code, DomainError through DOMAIN_ERROR_STATUS, Nest HTTP exceptions by status,
 * anything else 500 (logged with the request id, never leaked).
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(private readonly logger: JsonLogger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<DondocRequest>();
    const body = this.toBody(exception, req);
    if (exception instanceof ApiError && exception.headers) {
      for (const [k, v] of Object.entries(exception.headers)) res.setHeader(k, v);
    }
    res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, req: DondocRequest): ApiErrorBody {
    if (exception instanceof ApiError) {
      return {
        statusCode: exception.status,
        code: exception.code,
        message: exception.message,
        ...(exception.errors ? { errors: exception.errors } : {}),
      };
    }
    if (isDomainError(exception)) {
      const statusCode = DOMAIN_ERROR_STATUS[exception.code] ?? 422;
      return {
        statusCode,
        code: exception.code,
        message: exception.message || DOMAIN_ERROR_MESSAGES[exception.code]?.vi,
        ...(exception.details ? { details: exception.details } : {}),
      };
    }
    // The importer's refusal of an unreadable file: its own code and Vietnamese message, 422.
    if (isPlanDocumentError(exception)) return { statusCode: 422, code: exception.code, message: exception.message };
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const code = HTTP_CODES[statusCode] ?? (statusCode >= 500 ? 'INTERNAL' : 'BAD_REQUEST');
      const message =
        code === 'NOT_FOUND'
          ? API_ERROR_MESSAGES.NOT_FOUND
          : code === 'PAYLOAD_TOO_LARGE'
            ? API_ERROR_MESSAGES.PAYLOAD_TOO_LARGE
            : code === 'BAD_REQUEST'
              ? 'Yêu cầu không hợp lệ'
              : exception.message;
      return { statusCode, code, message };
    }
    // body-parser errors arrive as plain errors carrying a status.
    const status = (exception as { status?: unknown })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const code = HTTP_CODES[status] ?? 'BAD_REQUEST';
      return {
        statusCode: status,
        code,
        message: code === 'PAYLOAD_TOO_LARGE' ? API_ERROR_MESSAGES.PAYLOAD_TOO_LARGE : 'Yêu cầu không hợp lệ',
      };
    }
    this.logger.event('error', 'unhandled error', {
      requestId: req.requestId,
      error: exception instanceof Error ? exception.message : String(exception),
      stack: exception instanceof Error ? exception.stack : undefined,
    });
    return { statusCode: 500, code: 'INTERNAL', message: API_ERROR_MESSAGES.INTERNAL };
  }
}
