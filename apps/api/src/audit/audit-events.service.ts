import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiError } from '../common/api-error';
import { likePattern, type ListResult } from '../common/list-query.dto';
import type { AuditEventDto, AuditEventListQueryDto } from './audit-event.dto';

interface Row {
  id: string;
  actor_id: string | null;
  actor_name: string | null;
  acting_for_id: string | null;
  action: string;
  object_type: string;
  object_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  occurred_at: Date;
  request_id: string | null;
  total: number;
}

const SELECT = `SELECT e.id::text, e.actor_id, u.full_name AS actor_name, e.acting_for_id, e.action, e.object_type, e.object_id,
  e.before, e.after, e.occurred_at, e.request_id, count(*) OVER ()::int AS total
  FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id`;

/** Reads the append-only audit trail. */
@Injectable()
export class AuditEventsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: AuditEventListQueryDto): Promise<ListResult<AuditEventDto>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.objectType) add('e.object_type = ?', query.objectType);
    if (query.objectId) add('e.object_id = ?', query.objectId);
    if (query.actorId) add('e.actor_id = ?', query.actorId);
    if (query.action) add('e.action = ?', query.action);
    if (query.q?.trim())
      add(
        `dondoc_unaccent(e.action || ' ' || e.object_type || ' ' || coalesce(u.full_name, '')) LIKE dondoc_unaccent(?)`,
        likePattern(query.q.trim()),
      );
    const order = query.sort === 'action' ? 'e.action' : 'e.occurred_at';
    const direction = query.order === 'ASC' ? 'ASC' : 'DESC';
    params.push(query.perPage, (query.page - 1) * query.perPage);
    const rows: Row[] = await this.dataSource.query(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} ${direction}, e.id ${direction} LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    const total = rows[0]?.total ?? (query.page > 1 ? await this.count(where, params.slice(0, -2)) : 0);
    return { data: rows.map(toDto), total };
  }

  async get(id: string): Promise<AuditEventDto> {
    if (!/^\d{1,18}$/.test(id)) throw new ApiError('NOT_FOUND');
    const rows: Row[] = await this.dataSource.query(`${SELECT} WHERE e.id = $1`, [id]);
    if (!rows[0]) throw new ApiError('NOT_FOUND');
    return toDto(rows[0]);
  }

  private async count(where: string[], params: unknown[]): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    );
    return (row as { n: number }).n;
  }
}

function toDto(r: Row): AuditEventDto {
  return {
    id: r.id,
    actorId: r.actor_id,
    actorName: r.actor_name,
    actingForId: r.acting_for_id,
    action: r.action,
    objectType: r.object_type,
    objectId: r.object_id,
    before: r.before,
    after: r.after,
    occurredAt: r.occurred_at.toISOString(),
    requestId: r.request_id,
  };
}
