import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { AllowedActionsService } from './allowed-actions.service';
import { ImportJobsController } from './import-jobs.controller';
import { PlanContentService } from './plan-content.service';
import { PlanImportService } from './plan-import.service';
import { PlanTimelineService } from './plan-timeline.service';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';

/** Plans: import (preview, confirm), list and read, content edits as new revisions, the timeline. */
@Module({
  imports: [CalendarModule],
  controllers: [PlansController, ImportJobsController],
  providers: [PlansService, PlanImportService, AllowedActionsService, PlanContentService, PlanTimelineService],
  exports: [PlansService, PlanImportService],
})
export class PlansModule {}
