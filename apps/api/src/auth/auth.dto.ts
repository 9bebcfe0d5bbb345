import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { LoginRequest, LoginResponse, Me } from '@dondoc/contracts';

/** POST /api/auth/login body. */
export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'vhxh' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  username!: string;

  @ApiProperty({ example: 'Dondoc@2026' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  password!: string;
}

/** The signed-in user as GET /api/me and login return it. */
export class MeDto implements Me {
  @ApiProperty() id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ type: [String] }) roles!: string[];
  @ApiProperty({ example: { id: 'uuid', name: 'Ủy ban nhân dân xã Tân Hòa' } }) organisation!: {
    id: string;
    name: string;
  };
  @ApiProperty({ nullable: true, example: { title: 'Công chức Văn hóa - Xã hội', portfolio: 'phụ trách LĐTBXH' } })
  position!: { title: string; portfolio: string | null } | null;
  @ApiProperty({ type: [String] }) permissions!: string[];
}

/** POST /api/auth/login answer. */
export class LoginResponseDto implements LoginResponse {
  @ApiProperty({ type: MeDto }) user!: MeDto;
}
