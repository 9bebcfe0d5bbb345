import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { INBOX_FILTERS, type InboxAction, type InboxFilter, type InboxItem } from '@dondoc/contracts';
import { ListQueryDto } from '../common/list-query.dto';

export class InboxQueryDto extends ListQueryDto {
  @ApiPropertyOptional({
    enum: INBOX_FILTERS,
    default: 'waiting',
    description: 'waiting: mọi việc chờ tôi; due-soon: sắp quá hạn; overdue: quá hạn',
  })
  @IsOptional()
  @IsIn(INBOX_FILTERS)
  filter: InboxFilter = 'waiting';
}

/** What the inbox asks of the user for an item, in Vietnamese. */
export const INBOX_ACTIONS: Readonly<Record<InboxAction, string>> = {
  report: 'Báo cáo tiến độ, hoàn thành nhiệm vụ',
  accept: 'Xác nhận kết quả nhiệm vụ',
  decideExtension: 'Quyết định gia hạn',
  submitReport: 'Gửi báo cáo định kỳ',
  reviewContent: 'Kiểm tra nội dung dự thảo',
  checkFormat: 'Kiểm tra thể thức dự thảo',
  approve: 'Duyệt dự thảo',
  sign: 'Ký ban hành',
  number: 'Cấp số, đóng dấu',
  issue: 'Phát hành văn bản',
};

/** One item of "việc của tôi": a task, a duty period to report, or a plan step. */
export class InboxItemDto implements InboxItem {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['task', 'duty', 'plan'] }) kind!: 'task' | 'duty' | 'plan';
  @ApiProperty() workflowId!: string;
  @ApiProperty() planId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) organisationId!: string | null;
  @ApiProperty({ nullable: true, type: String }) dueAt!: string | null;
  @ApiProperty() statusCode!: string;
  @ApiProperty() statusLabel!: string;
  @ApiProperty() overdue!: boolean;
  @ApiProperty() dueSoon!: boolean;
  @ApiProperty({ nullable: true, type: Number }) progress!: number | null;
  @ApiProperty({ enum: Object.keys(INBOX_ACTIONS) }) action!: InboxAction;
  @ApiProperty() actionLabel!: string;
  @ApiProperty() updatedAt!: string;
}
