import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import type { NotificationItem } from '@dondoc/contracts';
import { ListQueryDto, toBoolean } from '../common/list-query.dto';
import { Transform } from 'class-transformer';

export class NotificationListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ description: 'Chỉ thông báo chưa đọc' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  unread?: boolean;
}

export class NotificationDto implements NotificationItem {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['reminder', 'escalation', 'overdue', 'digest', 'info'] }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ enum: ['plan', 'task', 'duty'] }) objectType!: string;
  @ApiProperty({ description: 'Mã quy trình của đối tượng' }) objectId!: string;
  @ApiProperty({ description: 'Nhận với tư cách (owner, unitHead, signer, …)' }) audience!: string;
  @ApiProperty({ enum: ['user', 'organisation', 'position'] }) via!: 'user' | 'organisation' | 'position';
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) readAt!: string | null;
}
