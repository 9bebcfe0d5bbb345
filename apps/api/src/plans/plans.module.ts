import { Module } from '@nestjs/common';
import { ImportJobsController } from './import-jobs.controller';
import { PlanImportService } from './plan-import.service';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';

/** Plans: import (preview, confirm), list and read. */
@Module({
  controllers: [PlansController, ImportJobsController],
  providers: [PlansService, PlanImportService],
  exports: [PlansService, PlanImportService],
})
export class PlansModule {}
