import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import type { Organisation } from '@dondoc/contracts';
import { ORGANISATION_KINDS, type OrganisationEntity, type OrganisationKind } from '@dondoc/persistence';
import { ListQueryDto, toArray, toBoolean } from '../common/list-query.dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An organisation as the API returns it. */
export class OrganisationDto implements Organisation {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'xa-tan-hoa.vhxh' }) code!: string;
  @ApiProperty({ example: 'Văn hóa - Xã hội' }) name!: string;
  @ApiProperty({ nullable: true, type: String }) shortName!: string | null;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind!: OrganisationKind;
  @ApiProperty({ nullable: true, type: String }) unitId!: string | null;
  @ApiProperty({ nullable: true, type: String }) parentId!: string | null;
  @ApiProperty({ type: [String] }) aliases!: string[];
  @ApiProperty() isStateAdministrative!: boolean;
  @ApiProperty({ nullable: true, type: String, example: '2025-07-01' }) validFrom!: string | null;
  @ApiProperty({ nullable: true, type: String }) validTo!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

/** POST /api/organisations body. */
export class CreateOrganisationDto {
  @ApiPropertyOptional({ description: 'Mã ổn định; tự sinh nếu bỏ trống' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9._-]{1,120}$/)
  code?: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  shortName?: string | null;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  @IsIn(ORGANISATION_KINDS)
  kind!: OrganisationKind;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  aliases?: string[];

  @ApiProperty()
  @IsBoolean()
  isStateAdministrative!: boolean;

  @ApiPropertyOptional({ nullable: true, type: String, example: '2025-07-01' })
  @IsOptional()
  @Matches(DATE)
  @IsISO8601({ strict: true })
  validFrom?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @Matches(DATE)
  @IsISO8601({ strict: true })
  validTo?: string | null;
}

/** PATCH /api/organisations/:id body: any subset of the create fields. */
export class UpdateOrganisationDto extends PartialType(CreateOrganisationDto) {}

/** GET /api/organisations query: list contract plus filters. */
export class OrganisationListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: ['name', 'code', 'kind', 'createdAt', 'updatedAt', 'validFrom', 'validTo'] })
  @IsOptional()
  @IsIn(['name', 'code', 'kind', 'createdAt', 'updatedAt', 'validFrom', 'validTo'])
  sort: 'name' | 'code' | 'kind' | 'createdAt' | 'updatedAt' | 'validFrom' | 'validTo' = 'name';

  @ApiPropertyOptional({ type: [String], description: 'getMany: ?id=a&id=b' })
  @IsOptional()
  @Transform(toArray)
  @IsUUID('all', { each: true })
  id?: string[];

  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  isStateAdministrative?: boolean;

  @ApiPropertyOptional({ description: 'true: chỉ tổ chức còn hiệu lực hôm nay' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  current?: boolean;
}

/** Entity → response. */
export function toOrganisationDto(o: OrganisationEntity): OrganisationDto {
  return {
    id: o.id,
    code: o.code,
    name: o.name,
    shortName: o.shortName,
    kind: o.kind,
    unitId: o.unitId,
    parentId: o.parentId,
    aliases: o.aliases,
    isStateAdministrative: o.isStateAdministrative,
    validFrom: o.validFrom,
    validTo: o.validTo,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}
