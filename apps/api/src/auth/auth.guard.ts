import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiError } from '../common/api-error';
import type { DondocRequest } from '../common/request-context';
import { AuthService } from './auth.service';
import { PERMISSION_KEY, PUBLIC_KEY } from './permission.decorators';
import { permissionsOf, type Permission } from './permissions';
import { SESSION_COOKIE, SessionService } from './session.service';

/**
 * Global guard, deny by default: a route without @Public() or @RequirePermission() is refused
 * (and a test enumerating every route fails). Loads the user on every request so deactivation
 * and role changes apply at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    if (!permission) throw new ApiError('FORBIDDEN');

    const req = context.switchToHttp().getRequest<DondocRequest>();
    const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const userId = token ? this.sessions.verify(token) : null;
    const user = userId ? await this.auth.sessionUser(userId) : null;
    if (!user) throw new ApiError('AUTH_REQUIRED');
    req.user = user;
    if (!permissionsOf(user.roles).includes(permission)) throw new ApiError('FORBIDDEN');
    return true;
  }
}
