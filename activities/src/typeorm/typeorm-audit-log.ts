import { type createDataSource, recordAuditEvent } from '@dondoc/persistence';
import type { AuditRecord } from '@dondoc/contracts';
import type { AuditLog } from '../ports';

/** The TypeORM data source of `@dondoc/persistence` (no direct typeorm dependency here). */
type DataSource = ReturnType<typeof createDataSource>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The audit trail in Postgres (`audit_events`, append-only). Actor columns are uuids: a non-uuid
 * actor id (a system actor) is stored as null with the id kept in `after.actorRef`.
 */
export class TypeOrmAuditLog implements AuditLog {
  constructor(private readonly dataSource: DataSource) {}

  async append(record: AuditRecord): Promise<void> {
    const actorOk = record.actorId !== null && UUID.test(record.actorId);
    const actingOk = record.actingForId != null && UUID.test(record.actingForId);
    await recordAuditEvent(this.dataSource.manager, {
      actorId: actorOk ? record.actorId : null,
      actingForId: actingOk ? record.actingForId : null,
      action: record.action,
      objectType: record.objectType,
      objectId: record.objectId,
      before: record.before ?? null,
      after: { ...(record.after ?? {}), at: record.at, ...(actorOk ? {} : { actorRef: record.actorId }), ...(actingOk || !record.actingForId ? {} : { actingForRef: record.actingForId }) },
    });
  }
}
