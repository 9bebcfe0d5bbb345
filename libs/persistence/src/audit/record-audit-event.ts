import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditEventEntity } from './audit-event.entity';

/** What a caller states about one change. */
export interface AuditEventInput {
  actorId: string | null;
  actingForId?: string | null;
  action: string;
  objectType: string;
  objectId: string;
  before?: object | null;
  after?: object | null;
  requestId?: string | null;
}

/**
 * Appends an audit event through the given manager: pass the transaction's manager so the
 * event commits or rolls back with the change it describes.
 */
export async function recordAuditEvent(manager: EntityManager, input: AuditEventInput): Promise<void> {
  const values = {
    actorId: input.actorId,
    actingForId: input.actingForId ?? null,
    action: input.action,
    objectType: input.objectType,
    objectId: input.objectId,
    before: (input.before ?? null) as Record<string, unknown> | null,
    after: (input.after ?? null) as Record<string, unknown> | null,
    requestId: input.requestId ?? null,
  };
  // jsonb columns: TypeORM's deep-partial type cannot express arbitrary JSON objects.
  await manager.insert(AuditEventEntity, values as QueryDeepPartialEntity<AuditEventEntity>);
}
