import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ListQueryDto } from '../common/list-query.dto';

export class DutyListQueryDto extends ListQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) planId?: string;
}

/** A reporting duty's current period as lists show it. */
export class DutyRowDto {
  @ApiProperty({ description: 'Mã quy trình (duty:<kế hoạch>:<nghĩa vụ>)' }) id!: string;
  @ApiProperty() planId!: string;
  @ApiProperty() dutyId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) periodKey!: string | null;
  @ApiProperty({ nullable: true, type: String }) dueAt!: string | null;
  @ApiProperty() submitted!: number;
  @ApiProperty() reporters!: number;
  @ApiProperty() updatedAt!: string;
}
