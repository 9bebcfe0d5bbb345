import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiError } from '../common/api-error';
import type { DondocRequest } from '../common/request-context';
import { LoginDto, LoginResponseDto, MeDto } from './auth.dto';
import { AuthService } from './auth.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { Public, RequirePermission } from './permission.decorators';
import { SESSION_COOKIE, SessionService } from './session.service';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly limiter: LoginRateLimiter,
  ) {}

  @Post('auth/login')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ type: LoginResponseDto })
  async login(
    @Body() dto: LoginDto,
    @Req() req: DondocRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponseDto> {
    const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const wait = this.limiter.check(ip, dto.username);
    if (wait !== null)
      throw new ApiError('AUTH_TOO_MANY_ATTEMPTS', undefined, undefined, { 'Retry-After': String(wait) });
    let user: LoginResponseDto['user'];
    try {
      user = await this.auth.login(dto.username, dto.password);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'AUTH_INVALID_CREDENTIALS')
        this.limiter.recordFailure(ip, dto.username);
      throw err;
    }
    res.cookie(SESSION_COOKIE, this.sessions.sign(user.id), this.sessions.cookieOptions());
    return { user };
  }

  @Post('auth/logout')
  @HttpCode(204)
  @Public()
  logout(@Res({ passthrough: true }) res: Response): void {
    const { maxAge: _ignored, ...options } = this.sessions.cookieOptions();
    res.clearCookie(SESSION_COOKIE, options);
  }

  @Get('me')
  @RequirePermission('profile.read')
  @ApiOkResponse({ type: MeDto })
  me(@Req() req: DondocRequest): Promise<MeDto> {
    return this.auth.me(req.user!.id);
  }
}
