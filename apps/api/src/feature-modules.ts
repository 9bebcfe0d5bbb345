import type { Type } from '@nestjs/common';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { DirectoryModule } from './directory/directory.module';
import { DutiesModule } from './duties/duties.module';
import { EscalationPoliciesModule } from './escalation-policies/escalation-policies.module';
import { FilesModule } from './files/files.module';
import { HealthModule } from './health/health.module';
import { InboxModule } from './inbox/inbox.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PlansModule } from './plans/plans.module';
import { TasksModule } from './tasks/tasks.module';
import { UsersModule } from './users/users.module';
import { WorkflowActionsModule } from './workflow-actions/workflow-actions.module';

/**
 * Feature modules of the API. Add new ones here (e.g. `PlansModule` from ./plans); their routes
 * get the /api prefix, the global guard (declare a permission on every handler!), validation
 * and error mapping automatically.
 */
export const FEATURE_MODULES: Type<unknown>[] = [
  AuthModule,
  HealthModule,
  AuditModule,
  OrganisationsModule,
  DirectoryModule,
  UsersModule,
  PlansModule,
  CalendarModule,
  WorkflowActionsModule,
  TasksModule,
  DutiesModule,
  FilesModule,
  InboxModule,
  NotificationsModule,
  DashboardModule,
  EscalationPoliciesModule,
];
