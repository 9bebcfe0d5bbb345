import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { InboxController } from './inbox.controller';
import { InboxService } from './inbox.service';
import { MatrixController } from './matrix.controller';
import { MatrixService } from './matrix.service';

/** "Việc của tôi" and the assignment matrix of a plan, from the workflows' projections. */
@Module({
  imports: [CalendarModule],
  controllers: [InboxController, MatrixController],
  providers: [InboxService, MatrixService],
})
export class InboxModule {}
