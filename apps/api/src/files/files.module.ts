import { Module } from '@nestjs/common';
import { DutyFilesController, TaskFilesController } from './files.controller';
import { FilesService } from './files.service';

/** Evidence files of tasks and attachments of duty reports (upload, list, download). */
@Module({
  controllers: [TaskFilesController, DutyFilesController],
  providers: [FilesService],
  exports: [FilesService],
})
export class FilesModule {}
