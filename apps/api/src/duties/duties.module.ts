import { Module } from '@nestjs/common';
import { DutiesController } from './duties.controller';
import { DutiesService } from './duties.service';

/** Reporting duties (read side, from the duty workflows' projections). */
@Module({ controllers: [DutiesController], providers: [DutiesService] })
export class DutiesModule {}
