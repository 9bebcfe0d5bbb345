import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { OptionalNestedArray } from '../common/nested-array.decorator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SIGNING_CAPACITIES = ['TM', 'KT', 'TUQ', 'TL', 'Q', 'head'] as const;

/** Every action may carry the client's request id in the body instead of the `Idempotency-Key` header. */
export class ActionDto {
  @ApiPropertyOptional({ description: 'Mã yêu cầu của máy khách (thay cho header Idempotency-Key)' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  requestId?: string;
}

export class DateRangeDto {
  @ApiProperty({ example: '2026-01-01' }) @Matches(ISO_DATE) start!: string;
  @ApiProperty({ example: '2026-12-31' }) @Matches(ISO_DATE) end!: string;
}

export class ResponsibilityDueDto {
  @ApiProperty() @IsUUID() responsibilityId!: string;
  @ApiProperty({ example: '2026-06-30', description: 'Hạn: hết ngày (nghỉ lễ → ngày làm việc tiếp theo)' })
  @Matches(ISO_DATE)
  dueDate!: string;
}

/** Starts the lifecycle workflow of a plan; the caller is the drafter. */
export class StartPlanWorkflowDto extends ActionDto {
  @ApiProperty({ description: 'Thủ trưởng đơn vị soạn thảo (kiểm tra nội dung)' }) @IsUUID() drafterUnitHeadId!: string;
  @ApiProperty({ description: 'Người kiểm tra thể thức' }) @IsUUID() formatCheckerId!: string;
  @ApiProperty({ description: 'Người sẽ ký (duyệt dự thảo và ký)' }) @IsUUID() signerId!: string;
  @ApiPropertyOptional({ description: 'Văn thư (mọi văn thư đều được cấp số khi để trống)' })
  @IsOptional()
  @IsUUID()
  clerkId?: string;
  @ApiProperty({ enum: SIGNING_CAPACITIES, description: 'Thẩm quyền ký của người ký (TM., KT., …)' })
  @IsIn(SIGNING_CAPACITIES)
  signingCapacity!: (typeof SIGNING_CAPACITIES)[number];
  @ApiPropertyOptional({ example: 'UBND', description: 'Ký hiệu cơ quan ban hành trong số ký hiệu' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-ZĐ0-9-]{1,20}$/)
  issuerCode?: string;
  @ApiPropertyOptional({ type: DateRangeDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => DateRangeDto)
  planPeriod?: DateRangeDto;
  @ApiPropertyOptional({ example: '2026-12-31', description: 'Hạn của các nhiệm vụ không có hạn riêng' })
  @IsOptional()
  @Matches(ISO_DATE)
  defaultDueDate?: string;
  @OptionalNestedArray(ResponsibilityDueDto, 500)
  dueDates?: ResponsibilityDueDto[];
}

export class EditPlanDto extends ActionDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) summary!: string;
}

export class StartConsultationDto extends ActionDto {
  @ApiProperty({ type: [String], description: 'Cơ quan được lấy ý kiến' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  invitees!: string[];
  @ApiProperty({ example: '2026-03-10T17:00:00.000Z' }) @IsISO8601({ strict: true }) closesAt!: string;
}

export class ConsultationReplyDto extends ActionDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(10000) comment!: string;
}

/** Content review (unit head) or format check (checker): approve, or return with comments. */
export class ReviewPlanDto extends ActionDto {
  @ApiProperty({ enum: ['approve', 'return'] }) @IsIn(['approve', 'return']) decision!: 'approve' | 'return';
  @ApiPropertyOptional({ description: 'Lý do trả lại (bắt buộc khi trả lại)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(2000, { each: true })
  comments?: string[];
}

export class SignPlanDto extends ActionDto {
  @ApiProperty({ enum: SIGNING_CAPACITIES }) @IsIn(SIGNING_CAPACITIES) capacity!: (typeof SIGNING_CAPACITIES)[number];
}

export class NumberPlanDto extends ActionDto {
  @ApiPropertyOptional({ description: 'Số văn thư chọn (đã giữ trước); trống = số tiếp theo của sổ' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  number?: number;
}

export class IssuePlanDto extends ActionDto {
  @ApiProperty({ type: [String], description: 'Nơi nhận' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  recipients!: string[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() urgent?: boolean;
}

export class ReasonDto extends ActionDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

export class TaskProgressDto extends ActionDto {
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsNumber() progress!: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(10000) result?: string;
  @ApiPropertyOptional({ description: 'Khó khăn, vướng mắc' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  difficulties?: string;
  @ApiPropertyOptional({ description: 'Đề xuất, kiến nghị' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  proposals?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  evidenceFileRefs?: string[];
}

export class TaskSubmitDto extends ActionDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(10000) result?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  evidenceFileRefs?: string[];
  @ApiPropertyOptional({ enum: ['system', 'fallback'] }) @IsOptional() @IsIn(['system', 'fallback']) channel?:
    'system' | 'fallback';
  @ApiPropertyOptional({ description: 'Khi gửi qua kênh dự phòng: thời điểm gửi thực tế' })
  @IsOptional()
  @IsISO8601({ strict: true })
  submittedAt?: string;
}

export class ExtensionRequestDto extends ActionDto {
  @ApiProperty({ example: '2026-07-15T17:00:00.000Z' }) @IsISO8601({ strict: true }) newDueAt!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

export class ExtensionDecisionDto extends ActionDto {
  @ApiProperty() @IsBoolean() grant!: boolean;
  @ApiPropertyOptional({ description: 'Hạn mới khác với hạn đề nghị' })
  @IsOptional()
  @IsISO8601({ strict: true })
  newDueAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) reason?: string;
}

export class ReassignTaskDto extends ActionDto {
  @ApiProperty({ description: 'Đơn vị nhận nhiệm vụ' }) @IsUUID() toOrganisationId!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

export class SubmitReportDto extends ActionDto {
  @ApiProperty({ example: '2026-H1' }) @IsString() @IsNotEmpty() @MaxLength(50) periodKey!: string;
  @ApiPropertyOptional({ type: Object, description: 'Số liệu: mã chỉ tiêu → giá trị' })
  @IsOptional()
  @IsObject()
  figures?: Record<string, number>;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20000) narrative?: string;
  @ApiPropertyOptional({ description: 'Số liệu ước thực hiện' }) @IsOptional() @IsBoolean() estimate?: boolean;
  @ApiPropertyOptional({ enum: ['system', 'fallback'] }) @IsOptional() @IsIn(['system', 'fallback']) channel?:
    'system' | 'fallback';
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }) submittedAt?: string;
}

export class ConsolidateReportsDto extends ActionDto {
  @ApiProperty({ example: '2026-H1' }) @IsString() @IsNotEmpty() @MaxLength(50) periodKey!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20000) narrative?: string;
}

/** A responsibility an amending plan adds to the amended plan. */
export class AddedResponsibilityDto {
  @ApiProperty({ description: 'Nội dung nhiệm vụ' }) @IsString() @IsNotEmpty() @MaxLength(2000) title!: string;
  @ApiProperty({ type: [String], description: 'Cơ quan chủ trì' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  leadOrganisationIds!: string[];
  @ApiPropertyOptional({ type: [String], description: 'Cơ quan phối hợp' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  coordinatorOrganisationIds?: string[];
  @ApiPropertyOptional({ example: '2027-09-30', description: 'Hạn: hết ngày; trống = thường xuyên' })
  @IsOptional()
  @Matches(ISO_DATE)
  dueDate?: string;
}

/**
 * An amending plan ("Kế hoạch sửa đổi, bổ sung", relation `amends`) of an issued plan: the changes to
 * its assignment matrix, and the people of the amending plan's own lifecycle (the caller drafts it).
 */
export class AmendPlanDto extends ActionDto {
  @ApiProperty({ description: 'Lý do sửa đổi, bổ sung' }) @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
  @ApiPropertyOptional({ description: 'Trích yếu của kế hoạch sửa đổi (mặc định: "Sửa đổi, bổ sung …")' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  title?: string;
  @ApiProperty({ description: 'Thủ trưởng đơn vị soạn thảo (kiểm tra nội dung)' }) @IsUUID() drafterUnitHeadId!: string;
  @ApiProperty({ description: 'Người kiểm tra thể thức' }) @IsUUID() formatCheckerId!: string;
  @ApiProperty({ description: 'Người sẽ ký (duyệt dự thảo và ký)' }) @IsUUID() signerId!: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() clerkId?: string;
  @ApiPropertyOptional({ example: 'UBND' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-ZĐ0-9-]{1,20}$/)
  issuerCode?: string;
  @ApiPropertyOptional({ type: [String], description: 'Dòng phân công bị bãi bỏ (nhiệm vụ đã được thay thế)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  removeResponsibilityIds?: string[];
  @OptionalNestedArray(ResponsibilityDueDto, 500, 'Thời hạn mới của các dòng phân công')
  dueDates?: ResponsibilityDueDto[];
  @OptionalNestedArray(AddedResponsibilityDto, 200)
  add?: AddedResponsibilityDto[];
  @ApiPropertyOptional({ type: [String], description: 'Chế độ báo cáo bị bãi bỏ' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  removeDutyIds?: string[];
}
