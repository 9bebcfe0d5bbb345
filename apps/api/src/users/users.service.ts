import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrganisationEntity, PositionEntity, UserEntity, hashPassword, recordAuditEvent } from '@dondoc/persistence';
import { ApiError } from '../common/api-error';
import { transactionMappingConstraints } from '../common/constraint-errors';
import { likePattern, type ListResult } from '../common/list-query.dto';
import type { Actor } from '../common/request-context';
import { toUserDto, type CreateUserDto, type UpdateUserDto, type UserDto, type UserListQueryDto } from './user.dto';

const SORT_COLUMNS: Record<UserListQueryDto['sort'], string> = {
  username: 'u.username',
  fullName: 'u.full_name COLLATE "vi-x-icu"',
  createdAt: 'u.created_at',
  updatedAt: 'u.updated_at',
};

/** Users: list/search, read, create, update, deactivate. Audits every write, never the password. */
@Injectable()
export class UsersService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: UserListQueryDto): Promise<ListResult<UserDto>> {
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    if (query.q?.trim()) {
      qb.andWhere(
        `dondoc_unaccent(u.full_name || ' ' || u.username || ' ' || coalesce(u.email, '')) LIKE dondoc_unaccent(:q)`,
        {
          q: likePattern(query.q.trim().normalize('NFC')),
        },
      );
    }
    if (query.id)
      qb.andWhere('u.id IN (:...ids)', { ids: query.id.length ? query.id : ['00000000-0000-0000-0000-000000000000'] });
    if (query.role) qb.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.organisationId) qb.andWhere('u.organisation_id = :org', { org: query.organisationId });
    if (query.active !== undefined) qb.andWhere('u.active = :active', { active: query.active });
    qb.orderBy(SORT_COLUMNS[query.sort], query.order).addOrderBy('u.id', 'ASC');
    qb.skip((query.page - 1) * query.perPage).take(query.perPage);
    const [rows, total] = await qb.getManyAndCount();
    return { data: rows.map(toUserDto), total };
  }

  async get(id: string): Promise<UserDto> {
    return toUserDto(await this.find(this.dataSource.manager, id));
  }

  async create(dto: CreateUserDto, actor: Actor): Promise<UserDto> {
    const passwordHash = await hashPassword(dto.password);
    return this.write(async (m) => {
      await this.checkReferences(m, dto);
      const result = await m.insert(UserEntity, {
        username: dto.username,
        fullName: dto.fullName.trim().normalize('NFC'),
        email: dto.email ?? null,
        passwordHash,
        roles: dto.roles,
        organisationId: dto.organisationId,
        positionId: dto.positionId ?? null,
        active: true,
      });
      const after = toUserDto(await this.find(m, String((result.identifiers[0] as { id: string }).id)));
      await recordAuditEvent(m, {
        actorId: actor.userId,
        action: 'user.create',
        objectType: 'user',
        objectId: after.id,
        after,
        requestId: actor.requestId,
      });
      return after;
    });
  }

  async update(id: string, dto: UpdateUserDto, actor: Actor): Promise<UserDto> {
    const passwordHash = dto.password !== undefined ? await hashPassword(dto.password) : undefined;
    return this.write(async (m) => {
      const before = toUserDto(await this.find(m, id, true));
      await this.checkReferences(m, dto);
      const patch: Partial<UserEntity> = {};
      if (dto.fullName !== undefined) patch.fullName = dto.fullName.trim().normalize('NFC');
      if (dto.email !== undefined) patch.email = dto.email;
      if (dto.roles !== undefined) patch.roles = dto.roles;
      if (dto.organisationId !== undefined) patch.organisationId = dto.organisationId;
      if (dto.positionId !== undefined) patch.positionId = dto.positionId;
      if (dto.active !== undefined) patch.active = dto.active;
      if (passwordHash !== undefined) patch.passwordHash = passwordHash;
      if (Object.keys(patch).length > 0) await m.update(UserEntity, { id }, patch);
      const after = toUserDto(await this.find(m, id));
      // The audit says that the password changed, never what it is.
      await recordAuditEvent(m, {
        actorId: actor.userId,
        action: 'user.update',
        objectType: 'user',
        objectId: id,
        before,
        after: { ...after, ...(passwordHash !== undefined ? { passwordChanged: true } : {}) },
        requestId: actor.requestId,
      });
      return after;
    });
  }

  /** "Delete" deactivates: the person stays in the audit trail and in history. */
  async deactivate(id: string, actor: Actor): Promise<UserDto> {
    return this.write(async (m) => {
      const before = toUserDto(await this.find(m, id, true));
      if (actor.userId === id) throw new ApiError('CONFLICT', 'Không thể tự vô hiệu hóa tài khoản của mình');
      await m.update(UserEntity, { id }, { active: false });
      const after = toUserDto(await this.find(m, id));
      await recordAuditEvent(m, {
        actorId: actor.userId,
        action: 'user.deactivate',
        objectType: 'user',
        objectId: id,
        before,
        after,
        requestId: actor.requestId,
      });
      return after;
    });
  }

  private write<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return transactionMappingConstraints(
      this.dataSource,
      {
        uq_users_username: () =>
          new ApiError('USERNAME_TAKEN', undefined, [{ field: 'username', message: 'Tên đăng nhập đã được sử dụng' }]),
      },
      fn,
    );
  }

  private async find(m: EntityManager, id: string, lock = false): Promise<UserEntity> {
    const u = await m.findOne(UserEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!u) throw new ApiError('NOT_FOUND');
    return u;
  }

  private async checkReferences(
    m: EntityManager,
    dto: { organisationId?: string; positionId?: string | null },
  ): Promise<void> {
    if (dto.organisationId && !(await m.existsBy(OrganisationEntity, { id: dto.organisationId }))) {
      throw new ApiError('REFERENCE_NOT_FOUND', undefined, [
        { field: 'organisationId', message: 'Tổ chức không tồn tại' },
      ]);
    }
    if (dto.positionId && !(await m.existsBy(PositionEntity, { id: dto.positionId }))) {
      throw new ApiError('REFERENCE_NOT_FOUND', undefined, [{ field: 'positionId', message: 'Chức vụ không tồn tại' }]);
    }
  }
}
