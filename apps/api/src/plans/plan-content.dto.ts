import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import type { PlanContentEditBody } from '@dondoc/contracts';
import { TARGET_COMPARATORS, type TargetComparator } from '@dondoc/persistence';
import { OptionalNestedArray } from '../common/nested-array.decorator';

/** A target of the edited content: `id` of a target of the current revision, none for a new one. */
export class ContentTargetDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() id?: string;
  @ApiProperty({ description: 'Câu chỉ tiêu' }) @IsString() @IsNotEmpty() @MaxLength(4000) text!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsNumber() baseline?: number | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsNumber() value?: number | null;
  @ApiPropertyOptional({ enum: TARGET_COMPARATORS, nullable: true })
  @IsOptional()
  @IsIn(TARGET_COMPARATORS)
  comparator?: TargetComparator | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) unit?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsInt() @Min(1900) @Max(2200) dueYear?: number | null;
}

/** A changed row of the assignment matrix (rows not sent stay as they are). */
export class ContentResponsibilityDto {
  @ApiProperty() @IsUUID() id!: string;
  @ApiPropertyOptional({
    example: '2027-06-30',
    nullable: true,
    description: 'Hạn (hết ngày); null: không có hạn cố định. Ngày nghỉ bị từ chối, kèm ngày làm việc gần nhất',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  dueDate?: string | null;
  @ApiPropertyOptional({ type: [String], description: 'Cơ quan chủ trì' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  leadOrganisationIds?: string[];
  @ApiPropertyOptional({ type: [String], description: 'Cơ quan phối hợp' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  coordinatorOrganisationIds?: string[];
}

/** `PUT /api/plans/:id/content`: the drafter's edit of a draft, written as a new revision. */
export class EditPlanContentDto implements PlanContentEditBody {
  @ApiProperty({ description: 'Nội dung sửa đổi (ghi vào nhật ký và lý do của phiên bản mới)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  changeSummary!: string;
  @ApiPropertyOptional({ description: 'Trích yếu (tiêu đề) của kế hoạch' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;
  @ApiPropertyOptional({ nullable: true, description: 'Tóm tắt nội dung kế hoạch' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  summary?: string | null;
  @OptionalNestedArray(ContentTargetDto, 500, 'Danh sách chỉ tiêu đầy đủ (chỉ tiêu không gửi bị bỏ)')
  targets?: ContentTargetDto[];
  @OptionalNestedArray(ContentResponsibilityDto, 500)
  responsibilities?: ContentResponsibilityDto[];
  @ApiPropertyOptional({ description: 'Mã yêu cầu của máy khách (thay cho header Idempotency-Key)' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  requestId?: string;
}

export type { ContentOrganisation, PlanContentEdited, PlanContentView } from '@dondoc/contracts';
