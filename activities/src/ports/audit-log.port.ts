import type { AuditRecord } from '@dondoc/contracts';

/** The append-only audit trail. */
export interface AuditLog {
  append(record: AuditRecord): Promise<void>;
}
