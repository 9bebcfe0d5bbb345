import { NotFoundException, type ArgumentsHost } from '@nestjs/common';
import { DomainError, DomainErrorCode } from '@dondoc/domain';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { ApiError } from './api-error';
import { JsonLogger } from './json-logger';

function answer(exception: unknown): {
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string>;
  logs: string[];
} {
  const logs: string[] = [];
  const out = { status: 0, body: {} as Record<string, unknown>, headers: {} as Record<string, string>, logs };
  const res = {
    status(code: number) {
      out.status = code;
      return this;
    },
    json(body: Record<string, unknown>) {
      out.body = body;
    },
    setHeader(k: string, v: string) {
      out.headers[k] = v;
    },
  };
  const host = {
    switchToHttp: () => ({ getResponse: () => res, getRequest: () => ({ requestId: 'req-9' }) }),
  } as unknown as ArgumentsHost;
  new AllExceptionsFilter(new JsonLogger('error', (l) => logs.push(l))).catch(exception, host);
  return out;
}

describe('AllExceptionsFilter', () => {
  it('maps a DomainError by its code through the one table', () => {
    const r = answer(new DomainError(DomainErrorCode.NumberBeforeSignature));
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({
      statusCode: 409,
      code: 'NUMBER_BEFORE_SIGNATURE',
      message: 'Chỉ cấp số văn bản sau khi người có thẩm quyền đã ký',
    });
  });

  it('keeps field errors and headers of an ApiError', () => {
    const r = answer(new ApiError('AUTH_TOO_MANY_ATTEMPTS', undefined, undefined, { 'Retry-After': '42' }));
    expect(r.status).toBe(429);
    expect(r.headers).toEqual({ 'Retry-After': '42' });
    const v = answer(new ApiError('VALIDATION_FAILED', undefined, [{ field: 'name', message: 'Không được để trống' }]));
    expect(v.body).toEqual({
      statusCode: 422,
      code: 'VALIDATION_FAILED',
      message: 'Dữ liệu không hợp lệ',
      errors: [{ field: 'name', message: 'Không được để trống' }],
    });
  });

  it('gives Nest HTTP exceptions our codes', () => {
    expect(answer(new NotFoundException()).body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });

  it('hides unexpected errors behind 500 INTERNAL and logs them with the request id', () => {
    const r = answer(new Error('secret connection string postgres://x'));
    expect(r.status).toBe(500);
    expect(JSON.stringify(r.body)).not.toMatch(/secret/);
    expect(r.logs).toHaveLength(1);
    expect(JSON.parse(r.logs[0]!)).toMatchObject({
      level: 'error',
      requestId: 'req-9',
      error: 'secret connection string postgres://x',
    });
  });
});
