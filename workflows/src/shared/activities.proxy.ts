import { proxyActivities } from '@temporalio/workflow';
import type { DondocActivities } from '@dondoc/activities';

/**
 * dondoc's activities as seen from workflows (type-only import: nothing of activities is bundled).
 * Notifications and audit are idempotent, so they are retried with a capped backoff.
 */
export const activities = proxyActivities<DondocActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});
