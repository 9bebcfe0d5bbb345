import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { type CalendarDeadline, DEADLINE_SCOPES, type DeadlineScope } from '@dondoc/contracts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** GET /api/calendar/deadlines?from=2027-06-01&to=2027-06-30&scope=mine. */
export class CalendarDeadlinesQueryDto {
  @ApiProperty({ example: '2027-06-01', description: 'Từ ngày (giờ Việt Nam)' })
  @Matches(ISO_DATE, { message: 'Ngày phải có dạng yyyy-mm-dd' })
  from!: string;

  @ApiProperty({ example: '2027-06-30', description: 'Đến hết ngày (giờ Việt Nam)' })
  @Matches(ISO_DATE, { message: 'Ngày phải có dạng yyyy-mm-dd' })
  to!: string;

  @ApiPropertyOptional({ enum: DEADLINE_SCOPES, default: 'mine', description: 'của tôi | của cơ quan | tất cả' })
  @IsOptional()
  @IsIn(DEADLINE_SCOPES)
  scope: DeadlineScope = 'mine';
}

/** One deadline on the calendar: a task's or an organisation's report for a duty period. */
export class CalendarDeadlineDto implements CalendarDeadline {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['task', 'duty'] }) kind!: 'task' | 'duty';
  @ApiProperty() workflowId!: string;
  @ApiProperty() planId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Ngày hạn (giờ Việt Nam)', example: '2027-06-04' }) date!: string;
  @ApiProperty() dueAt!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ nullable: true, type: String }) organisationName!: string | null;
  @ApiProperty({ description: 'Task status code, or open | overdue | submitted for a report' }) statusCode!: string;
  @ApiProperty() statusLabel!: string;
  @ApiProperty({ description: 'Xong (đã nộp, đã nghiệm thu) hay còn phải làm' }) done!: boolean;
  @ApiProperty({ description: 'Quá hạn mà chưa xong' }) overdue!: boolean;
}
