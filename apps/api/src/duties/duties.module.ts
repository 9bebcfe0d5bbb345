import { Module } from '@nestjs/common';
import { FilesModule } from '../files/files.module';
import { DutiesController } from './duties.controller';
import { DutiesService } from './duties.service';

/** Reporting duties (read side, from the duty workflows' projections). */
@Module({ imports: [FilesModule], controllers: [DutiesController], providers: [DutiesService] })
export class DutiesModule {}
