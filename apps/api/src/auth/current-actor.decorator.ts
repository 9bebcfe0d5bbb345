import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor, DondocRequest } from '../common/request-context';

/** Injects the {@link Actor} (user id + request id) for auditing. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const req = ctx.switchToHttp().getRequest<DondocRequest>();
  return { userId: req.user?.id ?? null, requestId: req.requestId ?? null };
});
