import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import type { DondocRequest, SessionUser } from '../common/request-context';

/** The signed-in user as the guard loaded it (never anything from the body). */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): SessionUser => {
  const user = ctx.switchToHttp().getRequest<DondocRequest>().user;
  if (!user) throw new ApiError('AUTH_REQUIRED');
  return user;
});

/** The client's request id of an action: the `Idempotency-Key` header, else the body's `requestId`. */
export const IdempotencyKey = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined => {
  const req = ctx.switchToHttp().getRequest<DondocRequest>();
  const header = req.headers['idempotency-key'];
  const value = Array.isArray(header) ? header[0] : header;
  const body = (req.body as { requestId?: unknown } | undefined)?.requestId;
  const key = value?.trim() || (typeof body === 'string' ? body.trim() : undefined);
  if (key !== undefined && !/^[A-Za-z0-9._:-]{1,128}$/.test(key)) {
    throw new ApiError('VALIDATION_FAILED', undefined, [
      { field: 'Idempotency-Key', message: 'Tối đa 128 ký tự chữ, số, . _ : -' },
    ]);
  }
  return key || undefined;
});
