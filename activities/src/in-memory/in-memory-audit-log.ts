import type { AuditRecord } from '@dondoc/contracts';
import type { AuditLog } from '../ports';

/** Append-only audit trail in memory (tests). */
export class InMemoryAuditLog implements AuditLog {
  readonly records: AuditRecord[] = [];

  async append(record: AuditRecord): Promise<void> {
    this.records.push(record);
  }
}
