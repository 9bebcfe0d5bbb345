import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AdministrativeUnitEntity, OrganisationEntity, recordAuditEvent } from '@dondoc/persistence';
import { ApiError } from '../common/api-error';
import { transactionMappingConstraints } from '../common/constraint-errors';
import { CONFIG, type DondocConfig } from '../common/config.provider';
import { dayBefore, todayIn } from '../common/dates';
import { likePattern, type ListResult } from '../common/list-query.dto';
import type { Actor } from '../common/request-context';
import {
  toOrganisationDto,
  type CreateOrganisationDto,
  type OrganisationDto,
  type OrganisationListQueryDto,
  type UpdateOrganisationDto,
} from './organisation.dto';

const SORT_COLUMNS: Record<OrganisationListQueryDto['sort'], string> = {
  name: 'o.name COLLATE "vi-x-icu"',
  code: 'o.code',
  kind: 'o.kind',
  createdAt: 'o.created_at',
  updatedAt: 'o.updated_at',
  validFrom: 'o.valid_from',
  validTo: 'o.valid_to',
};

/** Organisations: list/search, read, create, update, close (never hard-deleted). Audits every write. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: DondocConfig,
  ) {}

  async list(query: OrganisationListQueryDto): Promise<ListResult<OrganisationDto>> {
    const qb = this.dataSource.getRepository(OrganisationEntity).createQueryBuilder('o');
    if (query.q?.trim()) {
      // Accent-insensitive: "uy ban mat tran" finds "Ủy ban Mặt trận", aliases included.
      qb.andWhere(
        `dondoc_unaccent(o.name || ' ' || coalesce(o.short_name, '') || ' ' || o.code || ' ' || array_to_string(o.aliases, ' ')) LIKE dondoc_unaccent(:q)`,
        { q: likePattern(query.q.trim().normalize('NFC')) },
      );
    }
    if (query.id)
      qb.andWhere('o.id IN (:...ids)', { ids: query.id.length ? query.id : ['00000000-0000-0000-0000-000000000000'] });
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.unitId) qb.andWhere('o.unit_id = :unitId', { unitId: query.unitId });
    if (query.parentId) qb.andWhere('o.parent_id = :parentId', { parentId: query.parentId });
    if (query.isStateAdministrative !== undefined)
      qb.andWhere('o.is_state_administrative = :isState', { isState: query.isStateAdministrative });
    if (query.current !== undefined) {
      const today = todayIn(this.config.tzDisplay);
      const current =
        '(o.valid_from IS NULL OR o.valid_from <= :today) AND (o.valid_to IS NULL OR o.valid_to >= :today)';
      qb.andWhere(query.current ? current : `NOT (${current})`, { today });
    }
    qb.orderBy(SORT_COLUMNS[query.sort], query.order).addOrderBy('o.id', 'ASC');
    qb.skip((query.page - 1) * query.perPage).take(query.perPage);
    const [rows, total] = await qb.getManyAndCount();
    return { data: rows.map(toOrganisationDto), total };
  }

  async get(id: string): Promise<OrganisationDto> {
    return toOrganisationDto(await this.find(this.dataSource.manager, id));
  }

  async create(dto: CreateOrganisationDto, actor: Actor): Promise<OrganisationDto> {
    return this.write(async (m) => {
      await this.checkReferences(m, dto, null);
      const values = {
        code: dto.code ?? `org-${randomBytes(5).toString('hex')}`,
        name: dto.name.trim().normalize('NFC'),
        shortName: dto.shortName?.trim().normalize('NFC') || null,
        kind: dto.kind,
        unitId: dto.unitId ?? null,
        parentId: dto.parentId ?? null,
        aliases: (dto.aliases ?? []).map((a) => a.trim().normalize('NFC')).filter(Boolean),
        isStateAdministrative: dto.isStateAdministrative,
        validFrom: dto.validFrom ?? null,
        validTo: dto.validTo ?? null,
      };
      const result = await m.insert(OrganisationEntity, values);
      const created = await this.find(m, String((result.identifiers[0] as { id: string }).id));
      const after = toOrganisationDto(created);
      await recordAuditEvent(m, {
        actorId: actor.userId,
        action: 'organisation.create',
        objectType: 'organisation',
        objectId: created.id,
        after,
        requestId: actor.requestId,
      });
      return after;
    });
  }

  async update(id: string, dto: UpdateOrganisationDto, actor: Actor): Promise<OrganisationDto> {
    return this.write(async (m) => {
      // Row lock: concurrent edits serialise, and the audit's "before" is the true before.
      const current = await this.find(m, id, true);
      const before = toOrganisationDto(current);
      await this.checkReferences(m, dto, id);
      const patch: Partial<OrganisationEntity> = {};
      if (dto.code !== undefined) patch.code = dto.code;
      if (dto.name !== undefined) patch.name = dto.name.trim().normalize('NFC');
      if (dto.shortName !== undefined) patch.shortName = dto.shortName?.trim().normalize('NFC') || null;
      if (dto.kind !== undefined) patch.kind = dto.kind;
      if (dto.unitId !== undefined) patch.unitId = dto.unitId;
      if (dto.parentId !== undefined) patch.parentId = dto.parentId;
      if (dto.aliases !== undefined) patch.aliases = dto.aliases.map((a) => a.trim().normalize('NFC')).filter(Boolean);
      if (dto.isStateAdministrative !== undefined) patch.isStateAdministrative = dto.isStateAdministrative;
      if (dto.validFrom !== undefined) patch.validFrom = dto.validFrom;
      if (dto.validTo !== undefined) patch.validTo = dto.validTo;
      if (Object.keys(patch).length > 0) await m.update(OrganisationEntity, { id }, patch);
      const after = toOrganisationDto(await this.find(m, id));
      await recordAuditEvent(m, {
        actorId: actor.userId,
        action: 'organisation.update',
        objectType: 'organisation',
        objectId: id,
        before,
        after,
        requestId: actor.requestId,
      });
      return after;
    });
  }

  /**
   * "Delete" closes the validity: valid_to (the last day of existence) becomes yesterday in the
   * users' time zone (not before valid_from), so the organisation is no longer current today while
   * its history, documents and tasks keep pointing at it.
   */
  async close(id: string, actor: Actor): Promise<OrganisationDto> {
    return this.write(async (m) => {
      const current = await this.find(m, id, true);
      const before = toOrganisationDto(current);
      const yesterday = dayBefore(todayIn(this.config.tzDisplay));
      if (current.validTo === null || current.validTo > yesterday) {
        const validFrom = current.validFrom;
        await m.update(
          OrganisationEntity,
          { id },
          { validTo: validFrom !== null && validFrom > yesterday ? validFrom : yesterday },
        );
      }
      const after = toOrganisationDto(await this.find(m, id));
      await recordAuditEvent(m, {
        actorId: actor.userId,
        action: 'organisation.close',
        objectType: 'organisation',
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
        uq_organisations_code: () => new ApiError('CODE_TAKEN', undefined, [{ field: 'code', message: 'Mã đã được sử dụng' }]),
        ck_organisations_validity: () =>
          new ApiError('VALIDATION_FAILED', undefined, [
            { field: 'validTo', message: 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực' },
          ]),
      },
      fn,
    );
  }

  private async find(m: EntityManager, id: string, lock = false): Promise<OrganisationEntity> {
    const o = await m.findOne(OrganisationEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!o) throw new ApiError('NOT_FOUND');
    return o;
  }

  private async checkReferences(
    m: EntityManager,
    dto: { unitId?: string | null; parentId?: string | null },
    selfId: string | null,
  ): Promise<void> {
    if (dto.unitId && !(await m.existsBy(AdministrativeUnitEntity, { id: dto.unitId }))) {
      throw new ApiError('REFERENCE_NOT_FOUND', undefined, [
        { field: 'unitId', message: 'Đơn vị hành chính không tồn tại' },
      ]);
    }
    if (dto.parentId) {
      if (!(await m.existsBy(OrganisationEntity, { id: dto.parentId }))) {
        throw new ApiError('REFERENCE_NOT_FOUND', undefined, [
          { field: 'parentId', message: 'Tổ chức cấp trên không tồn tại' },
        ]);
      }
      if (selfId && (await this.isAncestorOrSelf(m, selfId, dto.parentId))) {
        throw new ApiError('VALIDATION_FAILED', undefined, [
          { field: 'parentId', message: 'Không thể chọn chính tổ chức này hoặc tổ chức cấp dưới làm cấp trên' },
        ]);
      }
    }
  }

  /** True when `candidateParent` is `id` itself or one of its descendants (would make a loop). */
  private async isAncestorOrSelf(m: EntityManager, id: string, candidateParent: string): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `WITH RECURSIVE up(id, parent_id) AS (
         SELECT id, parent_id FROM organisations WHERE id = $1
         UNION SELECT o.id, o.parent_id FROM organisations o JOIN up ON o.id = up.parent_id)
       SELECT 1 FROM up WHERE id = $2 LIMIT 1`,
      [candidateParent, id],
    );
    return rows.length > 0;
  }
}
