import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { DutyDetail, DutyFigure, DutyRow } from '@dondoc/contracts';
import { ListQueryDto, toBoolean } from '../common/list-query.dto';

export class DutyListQueryDto extends ListQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) planId?: string;
  @ApiPropertyOptional({ enum: ['dueAt'], default: 'dueAt' }) @IsOptional() @IsIn(['dueAt']) sort = 'dueAt' as const;
  @ApiPropertyOptional({ description: 'Chỉ kỳ đã quá hạn mà còn đơn vị chưa nộp' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;
}

/** A reporting duty's current period as lists show it. */
export class DutyRowDto implements DutyRow {
  @ApiProperty({ description: 'Mã quy trình (duty:<kế hoạch>:<nghĩa vụ>)' }) id!: string;
  @ApiProperty() planId!: string;
  @ApiProperty() dutyId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) periodKey!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '6 tháng đầu năm 2027' }) periodLabel!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Số liệu tính từ ngày' }) cutOffStart!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Số liệu tính đến ngày' }) cutOffEnd!: string | null;
  @ApiProperty({ nullable: true, type: String }) dueAt!: string | null;
  @ApiProperty({ description: 'Số đơn vị đã nộp' }) submitted!: number;
  @ApiProperty({ description: 'Số đơn vị phải báo cáo' }) reporters!: number;
  @ApiProperty({ description: 'Đã quá hạn mà còn đơn vị chưa nộp' }) overdue!: boolean;
  @ApiProperty() consolidated!: boolean;
  @ApiProperty() updatedAt!: string;
}

/** A figure the reporters give: a target of the plan (or a key a submission used). */
export class DutyFigureDto implements DutyFigure {
  @ApiProperty({ description: 'Mã số liệu (mã chỉ tiêu của kế hoạch)' }) key!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ nullable: true, type: String }) unit!: string | null;
}

/** One period of a duty for its page (the shape is defined once, in @dondoc/contracts). */
export type DutyDetailDto = DutyDetail;
