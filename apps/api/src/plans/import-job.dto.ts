import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
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
import {
  IMPORT_FILE_KINDS,
  IMPORT_JOB_STATUSES,
  type ImportFileKind,
  type ImportJobEntity,
  type ImportJobStatus,
} from '@dondoc/persistence';
import { ListQueryDto } from '../common/list-query.dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An import job: the uploaded file, what the importer read, and the names to map. */
export class ImportJobDto {
  @ApiProperty() id!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() sha256!: string;
  @ApiProperty({ nullable: true, type: String }) mimeType!: string | null;
  @ApiProperty({ enum: IMPORT_FILE_KINDS }) kind!: ImportFileKind;
  @ApiProperty() parserVersion!: string;
  @ApiProperty({ enum: IMPORT_JOB_STATUSES }) status!: ImportJobStatus;
  @ApiProperty({ nullable: true, type: Object, description: 'ParsedPlan của bộ đọc văn bản, nguyên dạng' })
  parsed!: Record<string, unknown> | null;
  @ApiProperty({ type: [Object] }) warnings!: unknown[];
  @ApiProperty({ type: [Object], description: 'Mỗi tên cơ quan với tổ chức đề xuất (hoặc chưa xác định)' })
  nameMatches!: unknown[];
  @ApiProperty({ type: [Object] }) unresolvedNames!: unknown[];
  @ApiProperty({ type: [Object], description: 'Các lần nhập trước của cùng tệp (cùng SHA-256)' }) sameFileJobs!: Array<{
    id: string;
    status: ImportJobStatus;
    confirmedPlanId: string | null;
  }>;
  @ApiProperty({
    type: [Object],
    description: 'Kế hoạch đã có cùng số, ký hiệu và năm (có thể đã nhập văn bản này)',
  })
  sameNumberPlans!: Array<{ id: string; title: string; status: string; issuedOn: string | null }>;
  @ApiProperty({ nullable: true, type: String }) createdBy!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) confirmedPlanId!: string | null;
  @ApiProperty({ nullable: true, type: String }) confirmedBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) confirmedAt!: string | null;
}

/** Header corrections made in the preview before confirming. */
export class DocumentCorrectionsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  title?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  summary?: string | null;

  @ApiPropertyOptional({ nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  number?: number | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'KH-UBND' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  symbol?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '2024-02-21' })
  @IsOptional()
  @Matches(DATE)
  @IsISO8601({ strict: true })
  issuedOn?: string | null;

  @ApiPropertyOptional({ nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2200)
  year?: number | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  place?: string | null;

  @ApiPropertyOptional({ nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2200)
  periodFrom?: number | null;

  @ApiPropertyOptional({ nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2200)
  periodTo?: number | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  issuerOrganisationId?: string | null;
}

/** POST /api/import-jobs/:id/confirm body. */
export class ConfirmImportDto {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string', format: 'uuid', nullable: true },
    description: 'Khóa tên (nameKey) → mã tổ chức; null: để "chưa xác định"',
    example: { 'so lao dong thuong binh xa hoi': '00000000-0000-4000-8000-000000000000' },
  })
  @IsOptional()
  @IsObject()
  organisationMappings?: Record<string, string | null>;

  @ApiPropertyOptional({ type: DocumentCorrectionsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => DocumentCorrectionsDto)
  document?: DocumentCorrectionsDto;
}

/** Entity → response. */
export function toImportJobDto(
  j: ImportJobEntity,
  related: Pick<ImportJobDto, 'sameFileJobs' | 'sameNumberPlans'> = { sameFileJobs: [], sameNumberPlans: [] },
): ImportJobDto {
  return {
    id: j.id,
    fileName: j.fileName,
    sizeBytes: j.sizeBytes,
    sha256: j.sha256,
    mimeType: j.mimeType,
    kind: j.kind,
    parserVersion: j.parserVersion,
    status: j.status,
    parsed: j.parsed,
    warnings: j.warnings,
    nameMatches: j.nameMatches,
    unresolvedNames: j.unresolvedNames,
    sameFileJobs: related.sameFileJobs,
    sameNumberPlans: related.sameNumberPlans,
    createdBy: j.createdBy,
    createdAt: j.createdAt.toISOString(),
    confirmedPlanId: j.confirmedPlanId,
    confirmedBy: j.confirmedBy,
    confirmedAt: j.confirmedAt ? j.confirmedAt.toISOString() : null,
  };
}

/** An import job in the review queue (without the heavy preview). */
export class ImportJobSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ enum: IMPORT_FILE_KINDS }) kind!: ImportFileKind;
  @ApiProperty({ enum: IMPORT_JOB_STATUSES }) status!: ImportJobStatus;
  @ApiProperty({ nullable: true, type: String, description: 'Tên kế hoạch đọc được' }) title!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '35 /KH-UBND' }) numberText!: string | null;
  @ApiProperty() warningCount!: number;
  @ApiProperty() unresolvedCount!: number;
  @ApiProperty({ nullable: true, type: String }) createdBy!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) confirmedPlanId!: string | null;
  @ApiProperty({ nullable: true, type: String }) confirmedAt!: string | null;
}

const JOB_SORTS = ['createdAt', 'fileName', 'status'] as const;

/** GET /api/import-jobs query: the review queue. */
export class ImportJobListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: JOB_SORTS })
  @IsOptional()
  @IsIn(JOB_SORTS)
  sort: (typeof JOB_SORTS)[number] = 'createdAt';

  /** Newest first unless asked otherwise. */
  override order: 'ASC' | 'DESC' = 'DESC';

  @ApiPropertyOptional({ enum: IMPORT_JOB_STATUSES })
  @IsOptional()
  @IsIn(IMPORT_JOB_STATUSES)
  status?: ImportJobStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  createdBy?: string;
}
