import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiError } from '../common/api-error';
import type { ListResult } from '../common/list-query.dto';
import type { SessionUser } from '../common/request-context';
import type { NotificationDto, NotificationListQueryDto } from './notification.dto';

interface Row {
  id: string;
  kind: string;
  title: string;
  body: string;
  object_type: string;
  object_id: string;
  audience: string;
  recipient_user_id: string | null;
  recipient_organisation_id: string | null;
  note: string | null;
  created_at: Date;
  read_at: Date | null;
  total: number;
}

/** Who a notification reaches: the user, their organisation, or their position. */
const MINE = `(n.recipient_user_id = $1 OR n.recipient_organisation_id = $2 OR (n.recipient_position_id IS NOT NULL AND n.recipient_position_id = (SELECT position_id FROM users WHERE id = $1)))`;

/**
 * In-app notifications of the caller (sent to them, to their organisation or to their position).
 * Reading state is shared by an organisation's people for organisation-wide notices.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: NotificationListQueryDto, user: SessionUser): Promise<ListResult<NotificationDto>> {
    const rows = (await this.dataSource.query(
      `SELECT n.id, n.kind, n.title, n.body, n.object_type, n.object_id, n.audience, n.recipient_user_id, n.recipient_organisation_id,
              n.note, n.created_at, n.read_at, count(*) OVER ()::int AS total
         FROM notifications n
        WHERE ${MINE} ${query.unread ? 'AND n.read_at IS NULL' : ''}
        ORDER BY n.created_at ${query.order === 'ASC' ? 'ASC' : 'DESC'}, n.id
        LIMIT $3 OFFSET $4`,
      [user.id, user.organisationId, query.perPage, (query.page - 1) * query.perPage],
    )) as Row[];
    return {
      data: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        title: r.title,
        body: r.body,
        objectType: r.object_type,
        objectId: r.object_id,
        audience: r.audience,
        via:
          r.recipient_user_id === user.id
            ? 'user'
            : r.recipient_organisation_id === user.organisationId
              ? 'organisation'
              : 'position',
        note: r.note,
        createdAt: r.created_at.toISOString(),
        readAt: r.read_at ? r.read_at.toISOString() : null,
      })),
      total: rows[0]?.total ?? 0,
    };
  }

  /** Marks one of the caller's notifications read (idempotent: the first reading time stays). */
  async markRead(id: string, user: SessionUser): Promise<{ id: string; readAt: string }> {
    const rows = (await this.dataSource.query(
      `UPDATE notifications n SET read_at = COALESCE(n.read_at, now()) WHERE n.id = $3 AND ${MINE} RETURNING n.id, n.read_at`,
      [user.id, user.organisationId, id],
    )) as [{ id: string; read_at: Date }[], number];
    const row = rows[0]?.[0];
    if (!row) throw new ApiError('NOT_FOUND');
    return { id: row.id, readAt: row.read_at.toISOString() };
  }

  /** Marks all of the caller's notifications read. */
  async markAllRead(user: SessionUser): Promise<{ updated: number }> {
    const res = (await this.dataSource.query(
      `UPDATE notifications n SET read_at = now() WHERE n.read_at IS NULL AND ${MINE}`,
      [user.id, user.organisationId],
    )) as [unknown[], number];
    return { updated: res[1] ?? 0 };
  }
}
