import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ListQueryDto } from '../common/list-query.dto';

/** One audit event as the API returns it. */
export class AuditEventDto {
  @ApiProperty() id!: string;
  @ApiProperty({ nullable: true, type: String }) actorId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Họ tên người thực hiện' }) actorName!: string | null;
  @ApiProperty({ nullable: true, type: String }) actingForId!: string | null;
  @ApiProperty({ example: 'organisation.update' }) action!: string;
  @ApiProperty({ example: 'organisation' }) objectType!: string;
  @ApiProperty() objectId!: string;
  @ApiProperty({ nullable: true, type: Object }) before!: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: Object }) after!: Record<string, unknown> | null;
  @ApiProperty() occurredAt!: string;
  @ApiProperty({ nullable: true, type: String }) requestId!: string | null;
}

/** GET /api/audit-events query (newest first by default). */
export class AuditEventListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: ['occurredAt', 'action'] })
  @IsOptional()
  @IsIn(['occurredAt', 'action'])
  sort: 'occurredAt' | 'action' = 'occurredAt';

  /** Newest first unless asked otherwise. */
  @ApiPropertyOptional({ enum: ['ASC', 'DESC'], default: 'DESC' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @IsIn(['ASC', 'DESC'])
  override order: 'ASC' | 'DESC' = 'DESC';

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  objectType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  objectId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;
}
