import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AdministrativeUnitEntity, PositionEntity } from '@dondoc/persistence';
import { ApiError } from '../common/api-error';
import { likePattern, type ListResult } from '../common/list-query.dto';
import {
  toAdministrativeUnitDto,
  toPositionDto,
  type AdministrativeUnitDto,
  type AdministrativeUnitListQueryDto,
  type PositionDto,
  type PositionListQueryDto,
} from './directory.dto';

const NONE = ['00000000-0000-0000-0000-000000000000'];

/** Read-only reference lists the console needs for pickers: administrative units and positions. */
@Injectable()
export class DirectoryService {
  constructor(private readonly dataSource: DataSource) {}

  async listUnits(query: AdministrativeUnitListQueryDto): Promise<ListResult<AdministrativeUnitDto>> {
    const qb = this.dataSource.getRepository(AdministrativeUnitEntity).createQueryBuilder('a');
    if (query.q?.trim())
      qb.andWhere(`dondoc_unaccent(a.name || ' ' || a.code) LIKE dondoc_unaccent(:q)`, {
        q: likePattern(query.q.trim()),
      });
    if (query.id) qb.andWhere('a.id IN (:...ids)', { ids: query.id.length ? query.id : NONE });
    if (query.level) qb.andWhere('a.level = :level', { level: query.level });
    if (query.parentId) qb.andWhere('a.parent_id = :parentId', { parentId: query.parentId });
    const sort = { name: 'a.name COLLATE "vi-x-icu"', code: 'a.code', level: 'a.level' }[query.sort];
    qb.orderBy(sort, query.order)
      .addOrderBy('a.id', 'ASC')
      .skip((query.page - 1) * query.perPage)
      .take(query.perPage);
    const [rows, total] = await qb.getManyAndCount();
    return { data: rows.map(toAdministrativeUnitDto), total };
  }

  async getUnit(id: string): Promise<AdministrativeUnitDto> {
    const u = await this.dataSource.getRepository(AdministrativeUnitEntity).findOneBy({ id });
    if (!u) throw new ApiError('NOT_FOUND');
    return toAdministrativeUnitDto(u);
  }

  async listPositions(query: PositionListQueryDto): Promise<ListResult<PositionDto>> {
    const qb = this.dataSource.getRepository(PositionEntity).createQueryBuilder('p');
    if (query.q?.trim()) {
      qb.andWhere(
        `dondoc_unaccent(p.title || ' ' || coalesce(p.portfolio, '') || ' ' || p.code) LIKE dondoc_unaccent(:q)`,
        { q: likePattern(query.q.trim()) },
      );
    }
    if (query.id) qb.andWhere('p.id IN (:...ids)', { ids: query.id.length ? query.id : NONE });
    if (query.organisationId) qb.andWhere('p.organisation_id = :org', { org: query.organisationId });
    const sort = { title: 'p.title COLLATE "vi-x-icu"', code: 'p.code' }[query.sort];
    qb.orderBy(sort, query.order)
      .addOrderBy('p.id', 'ASC')
      .skip((query.page - 1) * query.perPage)
      .take(query.perPage);
    const [rows, total] = await qb.getManyAndCount();
    return { data: rows.map(toPositionDto), total };
  }

  async getPosition(id: string): Promise<PositionDto> {
    const p = await this.dataSource.getRepository(PositionEntity).findOneBy({ id });
    if (!p) throw new ApiError('NOT_FOUND');
    return toPositionDto(p);
  }
}
