import { Inject, Injectable } from '@nestjs/common';
import * as jwt from 'jsonwebtoken';
import { CONFIG, type DondocConfig } from '../common/config.provider';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'dondoc_session';
/** Session lifetime: one working day and then some. */
export const SESSION_TTL_SECONDS = 12 * 60 * 60;

/** Signs and verifies session tokens (HS256 JWT in an httpOnly cookie). */
@Injectable()
export class SessionService {
  constructor(@Inject(CONFIG) private readonly config: DondocConfig) {}

  /** Token for a user id. */
  sign(userId: string): string {
    return jwt.sign({}, this.config.jwtSecret, {
      algorithm: 'HS256',
      subject: userId,
      expiresIn: SESSION_TTL_SECONDS,
      issuer: 'dondoc',
    });
  }

  /** The user id in a valid token, or null (expired, forged, malformed). */
  verify(token: string): string | null {
    try {
      const payload = jwt.verify(token, this.config.jwtSecret, { algorithms: ['HS256'], issuer: 'dondoc' });
      return typeof payload === 'object' && typeof payload.sub === 'string' ? payload.sub : null;
    } catch {
      return null;
    }
  }

  /** Cookie attributes: httpOnly, SameSite=Strict, Path=/, Secure when configured. */
  cookieOptions(): { httpOnly: true; sameSite: 'strict'; path: '/'; secure: boolean; maxAge: number } {
    return {
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      secure: this.config.http.cookieSecure,
      maxAge: SESSION_TTL_SECONDS * 1000,
    };
  }
}
