import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { FilesModule } from '../files/files.module';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

/** Assigned tasks (read side, from the task workflows' projections). */
@Module({
  imports: [FilesModule, CalendarModule],
  controllers: [TasksController],
  providers: [TasksService],
  exports: [TasksService],
})
export class TasksModule {}
