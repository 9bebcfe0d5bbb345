import { ApplicationFailure } from '@temporalio/common';
import type { AuditRecord, NotificationRequest } from '@dondoc/contracts';
import type { AuditLog, Notifier, Projection, ProjectionStore } from './ports';

/** Dependencies of {@link createChaseActivities}. */
export interface ChaseActivityDeps {
  notifier: Notifier;
  auditLog: AuditLog;
  projections: ProjectionStore;
}

/**
 * Side effects shared by plan, task and duty workflows: notify, audit, project. A plain object of
 * functions over explicit dependencies (no module state), registered on the worker as activities.
 */
export function createChaseActivities(deps: ChaseActivityDeps) {
  return {
    async sendNotification(request: NotificationRequest): Promise<void> {
      if (!request.recipientId) throw ApplicationFailure.nonRetryable(`Không có người nhận cho thông báo ${request.key}`, 'NO_RECIPIENT');
      await deps.notifier.send(request);
    },
    async recordAudit(record: AuditRecord): Promise<void> {
      await deps.auditLog.append(record);
    },
    async saveProjection(projection: Projection): Promise<void> {
      await deps.projections.save(projection);
    },
  };
}

export type ChaseActivities = ReturnType<typeof createChaseActivities>;
