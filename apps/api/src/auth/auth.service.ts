import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserEntity, hashPassword, verifyPassword } from '@dondoc/persistence';
import { ApiError } from '../common/api-error';
import type { SessionUser } from '../common/request-context';
import type { MeDto } from './auth.dto';
import { permissionsOf } from './permissions';

/** Login and session resolution. */
@Injectable()
export class AuthService {
  // A real argon2 hash of a random string: unknown usernames cost as much time as wrong passwords.
  private readonly dummyHash: Promise<string> = hashPassword(`dummy-${Math.random()}`);

  constructor(private readonly dataSource: DataSource) {}

  /** Checks credentials; the same error for unknown user, inactive user and wrong password. */
  async login(username: string, password: string): Promise<MeDto> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.username = :username', { username: username.trim().toLowerCase() })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash ?? (await this.dummyHash), password);
    if (!user || !ok || !user.active) throw new ApiError('AUTH_INVALID_CREDENTIALS');
    return this.me(user.id);
  }

  /** The active user behind a session, or null. */
  async sessionUser(userId: string): Promise<SessionUser | null> {
    const u = await this.dataSource.getRepository(UserEntity).findOne({
      where: { id: userId, active: true },
      select: { id: true, username: true, roles: true, organisationId: true },
    });
    return u ? { id: u.id, username: u.username, roles: u.roles, organisationId: u.organisationId } : null;
  }

  /** GET /api/me shape. */
  async me(userId: string): Promise<MeDto> {
    const u = await this.dataSource
      .getRepository(UserEntity)
      .findOne({ where: { id: userId }, relations: { organisation: true, position: true } });
    if (!u) throw new ApiError('AUTH_REQUIRED');
    return {
      id: u.id,
      username: u.username,
      fullName: u.fullName,
      roles: u.roles,
      organisation: { id: u.organisationId, name: u.organisation?.name ?? '' },
      position: u.position ? { title: u.position.title, portfolio: u.position.portfolio } : null,
      permissions: permissionsOf(u.roles),
    };
  }
}
