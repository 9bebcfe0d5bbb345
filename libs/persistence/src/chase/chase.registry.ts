import { DocumentRegisterEntryEntity } from './document-register-entry.entity';
import { DutyProjectionEntity } from './duty-projection.entity';
import { DutySubmissionProjectionEntity } from './duty-submission-projection.entity';
import { Chase1763700000000 } from './migrations/1763700000000-chase.migration';
import { NotificationEntity } from './notification.entity';
import { PlanWorkflowStateEntity } from './plan-workflow-state.entity';
import { TaskProjectionEntity } from './task-projection.entity';

/** Entities of the chase schema (notifications, workflow read models, outgoing register). */
export const CHASE_ENTITIES = [
  NotificationEntity,
  TaskProjectionEntity,
  DutyProjectionEntity,
  DutySubmissionProjectionEntity,
  PlanWorkflowStateEntity,
  DocumentRegisterEntryEntity,
];

/** Migrations of the chase schema, oldest first. */
export const CHASE_MIGRATIONS = [Chase1763700000000];
