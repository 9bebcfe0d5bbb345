import { Module } from '@nestjs/common';
import { TemporalClientModule } from '@dondoc/temporal-client';
import { CalendarModule } from '../calendar/calendar.module';
import { API_RUNTIME, CONFIG, type ApiRuntime, type DondocConfig } from '../common/config.provider';
import { DutyActionsController } from './duty-actions.controller';
import { DutyActionsService } from './duty-actions.service';
import { PlanActionsController } from './plan-actions.controller';
import { PlanAmendmentService } from './plan-amendment.service';
import { PlanWorkflowService } from './plan-workflow.service';
import { TaskActionsController } from './task-actions.controller';
import { TaskActionsService } from './task-actions.service';

/**
 * Human steps of the plan, task and duty workflows over HTTP. Provides the (global, lazily
 * connected) Temporal gateway from the config: the resolved address of the composition root, the
 * namespace and task queue of the config.
 */
@Module({
  imports: [
    CalendarModule,
    TemporalClientModule.forRootAsync({
      useFactory: (config: DondocConfig, runtime: ApiRuntime) => ({
        address: runtime.temporalAddress,
        namespace: config.temporal.namespace,
        taskQueue: config.temporal.taskQueue,
      }),
      inject: [CONFIG, API_RUNTIME],
    }),
  ],
  controllers: [PlanActionsController, TaskActionsController, DutyActionsController],
  providers: [PlanWorkflowService, PlanAmendmentService, TaskActionsService, DutyActionsService],
})
export class WorkflowActionsModule {}
