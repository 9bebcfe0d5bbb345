import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type { AdministrativeUnit, Position } from '@dondoc/contracts';
import {
  ADMINISTRATIVE_UNIT_LEVELS,
  type AdministrativeUnitEntity,
  type AdministrativeUnitLevel,
  type PositionEntity,
} from '@dondoc/persistence';
import { ListQueryDto, toArray } from '../common/list-query.dto';

/** An administrative unit (tỉnh, xã, historical huyện…). */
export class AdministrativeUnitDto implements AdministrativeUnit {
  @ApiProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ADMINISTRATIVE_UNIT_LEVELS }) level!: AdministrativeUnitLevel;
  @ApiProperty({ nullable: true, type: String }) parentId!: string | null;
  @ApiProperty({ nullable: true, type: String }) validFrom!: string | null;
  @ApiProperty({ nullable: true, type: String }) validTo!: string | null;
}

/** A position with its portfolio. */
export class PositionDto implements Position {
  @ApiProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) portfolio!: string | null;
  @ApiProperty() organisationId!: string;
}

/** GET /api/administrative-units query. */
export class AdministrativeUnitListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: ['name', 'code', 'level'] })
  @IsOptional()
  @IsIn(['name', 'code', 'level'])
  sort: 'name' | 'code' | 'level' = 'name';

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @Transform(toArray)
  @IsUUID('all', { each: true })
  id?: string[];

  @ApiPropertyOptional({ enum: ADMINISTRATIVE_UNIT_LEVELS })
  @IsOptional()
  @IsIn(ADMINISTRATIVE_UNIT_LEVELS)
  level?: AdministrativeUnitLevel;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  parentId?: string;
}

/** GET /api/positions query. */
export class PositionListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: ['title', 'code'] })
  @IsOptional()
  @IsIn(['title', 'code'])
  sort: 'title' | 'code' = 'title';

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @Transform(toArray)
  @IsUUID('all', { each: true })
  id?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export function toAdministrativeUnitDto(u: AdministrativeUnitEntity): AdministrativeUnitDto {
  return {
    id: u.id,
    code: u.code,
    name: u.name,
    level: u.level,
    parentId: u.parentId,
    validFrom: u.validFrom,
    validTo: u.validTo,
  };
}

export function toPositionDto(p: PositionEntity): PositionDto {
  return { id: p.id, code: p.code, title: p.title, portfolio: p.portfolio, organisationId: p.organisationId };
}
