import { ImportJobEntity } from './import-job.entity';
import { Plans1763690000000 } from './migrations/1763690000000-plans.migration';
import { PlanBudgetLineEntity } from './plan-budget-line.entity';
import { PlanLegalBasisEntity } from './plan-legal-basis.entity';
import { PlanRecipientEntity } from './plan-recipient.entity';
import { PlanRelationEntity } from './plan-relation.entity';
import { PlanReportingDutyEntity } from './plan-reporting-duty.entity';
import { PlanResponsibilityEntity } from './plan-responsibility.entity';
import { PlanRevisionEntity } from './plan-revision.entity';
import { PlanSectionEntity } from './plan-section.entity';
import { PlanTargetEntity } from './plan-target.entity';
import { PlanEntity } from './plan.entity';
import { ReportingDutyPartyEntity } from './reporting-duty-party.entity';
import { ResponsibilityAssigneeEntity } from './responsibility-assignee.entity';

/** Entities of the plans schema. */
export const PLAN_ENTITIES = [
  PlanEntity,
  PlanRevisionEntity,
  PlanSectionEntity,
  PlanLegalBasisEntity,
  PlanTargetEntity,
  PlanBudgetLineEntity,
  PlanResponsibilityEntity,
  ResponsibilityAssigneeEntity,
  PlanReportingDutyEntity,
  ReportingDutyPartyEntity,
  PlanRecipientEntity,
  PlanRelationEntity,
  ImportJobEntity,
];

/** Migrations of the plans schema, oldest first. */
export const PLAN_MIGRATIONS = [Plans1763690000000];
