import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import type { User, UserCreateBody, UserUpdateBody } from '@dondoc/contracts';
import { ROLES, type Role, type UserEntity } from '@dondoc/persistence';
import { ListQueryDto, toArray, toBoolean } from '../common/list-query.dto';

/** A user as the API returns it: never the password or its hash. */
export class UserDto implements User {
  @ApiProperty() id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty() organisationId!: string;
  @ApiProperty({ nullable: true, type: String }) positionId!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

/** POST /api/users body. */
export class CreateUserDto implements UserCreateBody {
  @ApiProperty({ example: 'vhxh2' })
  @IsString()
  @Matches(/^[a-z0-9._-]{2,64}$/, { message: 'username: 2–64 chữ thường, số, dấu chấm, gạch ngang, gạch dưới' })
  username!: string;

  @ApiProperty({ example: 'Nguyễn Thị Mai' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName!: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @ApiProperty({ minLength: 8 })
  @IsString()
  @MinLength(8)
  @MaxLength(256)
  password!: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles!: Role[];

  @ApiProperty()
  @IsUUID()
  organisationId!: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  positionId?: string | null;
}

/** PATCH /api/users/:id body (username is permanent; a new password may be set). */
export class UpdateUserDto extends PartialType(OmitType(CreateUserDto, ['username'] as const)) implements UserUpdateBody {
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

/** GET /api/users query. */
export class UserListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: ['username', 'fullName', 'createdAt', 'updatedAt'] })
  @IsOptional()
  @IsIn(['username', 'fullName', 'createdAt', 'updatedAt'])
  sort: 'username' | 'fullName' | 'createdAt' | 'updatedAt' = 'fullName';

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @Transform(toArray)
  @IsUUID('all', { each: true })
  id?: string[];

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;
}

/** Entity → response (the hash is not even selected by default). */
export function toUserDto(u: UserEntity): UserDto {
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    email: u.email,
    roles: u.roles,
    organisationId: u.organisationId,
    positionId: u.positionId,
    active: u.active,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
  };
}
