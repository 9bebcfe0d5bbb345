import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import type { CompletionRate, DashboardView, OrganisationTaskCounts, PeriodSubmissions, TargetProgress } from '@dondoc/contracts';

const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

/** `?planId=&year=`: both optional; the year is the deadline's year in Vietnam time. */
export class DashboardQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'Mã kế hoạch không hợp lệ' })
  planId?: string;

  @ApiPropertyOptional({ minimum: 2000, maximum: 2100 })
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'Năm phải là số nguyên' })
  @Min(2000, { message: 'Năm phải từ 2000 đến 2100' })
  @Max(2100, { message: 'Năm phải từ 2000 đến 2100' })
  year?: number;
}

/** The leaders' dashboard: tasks by organisation, on-time rate, report submissions per period, target progress. */
export class DashboardDto implements DashboardView {
  @ApiProperty() generatedAt!: string;
  @ApiProperty({ nullable: true, type: String }) planId!: string | null;
  @ApiProperty({ nullable: true, type: Number }) year!: number | null;
  @ApiProperty({ description: 'Nhiệm vụ theo cơ quan chủ trì (quá hạn, sắp quá hạn, …)', type: Object, isArray: true })
  tasksByOrganisation!: OrganisationTaskCounts[];
  @ApiProperty({ description: 'Tỷ lệ hoàn thành đúng hạn', type: Object }) completion!: CompletionRate;
  @ApiProperty({ description: 'Báo cáo đã nhận / phải nộp theo kỳ', type: Object, isArray: true })
  submissionsByPeriod!: PeriodSubmissions[];
  @ApiProperty({ description: 'Chỉ tiêu: giá trị gốc → mục tiêu so với số liệu báo cáo (chỉ khi chọn kế hoạch)', type: Object, isArray: true })
  targets!: TargetProgress[];
}
