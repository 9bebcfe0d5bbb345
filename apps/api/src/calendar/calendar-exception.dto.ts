import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import type { CalendarBroadcast, CalendarException } from '@dondoc/contracts';
import { CALENDAR_EXCEPTION_KINDS, type CalendarExceptionEntity, type CalendarExceptionKind } from '@dondoc/persistence';
import { ListQueryDto, toBoolean } from '../common/list-query.dto';

/** What happened to the `calendarChanged` broadcast of a change (the change itself is committed either way). */
export class CalendarBroadcastDto implements CalendarBroadcast {
  @ApiProperty({ description: 'Open workflows signalled with the new additions' }) signalled!: number;
  @ApiProperty({ description: 'Workflows that closed between the listing and the signal' }) gone!: number;
  @ApiProperty({ description: 'Workflows that could not be signalled (logged; re-broadcast to retry)' }) failed!: number;
  @ApiPropertyOptional({ description: 'Why nothing could be signalled (Temporal unreachable)' }) error?: string;
}

/** An administrator's calendar exception as the API returns it. */
export class CalendarExceptionDto implements CalendarException {
  @ApiProperty() id!: string;
  @ApiProperty({ example: '2027-04-30' }) date!: string;
  @ApiProperty({ enum: CALENDAR_EXCEPTION_KINDS }) kind!: CalendarExceptionKind;
  @ApiProperty({ example: 'Nghỉ hoán đổi — Thông báo 1234/TB-BNV' }) reason!: string;
  @ApiProperty({ nullable: true, type: String }) announcedBy!: string | null;
  @ApiProperty() announcedAt!: string;
  @ApiProperty({ nullable: true, type: String }) revokedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) revokedBy!: string | null;
  @ApiProperty() updatedAt!: string;
  @ApiPropertyOptional({ type: CalendarBroadcastDto, description: 'Only on writes' }) broadcast?: CalendarBroadcastDto;
}

/** POST /api/calendar/exceptions. */
export class CreateCalendarExceptionDto {
  @ApiProperty({ example: '30/04/2027', description: 'dd/mm/yyyy (or yyyy-mm-dd)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  date!: string;

  @ApiProperty({ enum: CALENDAR_EXCEPTION_KINDS })
  @IsIn(CALENDAR_EXCEPTION_KINDS)
  kind!: CalendarExceptionKind;

  @ApiProperty({ example: 'Nghỉ hoán đổi — Thông báo 1234/TB-BNV' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

/** PATCH /api/calendar/exceptions/:id: any of the fields (a revoked exception cannot be edited). */
export class UpdateCalendarExceptionDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(20) date?: string;
  @ApiPropertyOptional({ enum: CALENDAR_EXCEPTION_KINDS }) @IsOptional() @IsIn(CALENDAR_EXCEPTION_KINDS) kind?: CalendarExceptionKind;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(500) reason?: string;
}

/** GET /api/calendar/exceptions: the list contract, by year, revoked ones on request. */
export class CalendarExceptionListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: ['date', 'kind', 'announcedAt'] })
  @IsOptional()
  @IsIn(['date', 'kind', 'announcedAt'])
  sort: 'date' | 'kind' | 'announcedAt' = 'date';

  @ApiPropertyOptional({ example: 2027 })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value))
  @IsIn(Array.from({ length: 300 }, (_, i) => 1900 + i), { message: 'Năm phải từ 1900 đến 2199' })
  year?: number;

  @ApiPropertyOptional({ description: 'Kể cả ngoại lệ đã thu hồi' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  revoked?: boolean;
}

export function toCalendarExceptionDto(e: CalendarExceptionEntity): CalendarExceptionDto {
  return {
    id: e.id,
    date: e.date,
    kind: e.kind,
    reason: e.reason,
    announcedBy: e.announcedBy,
    announcedAt: e.announcedAt.toISOString(),
    revokedAt: e.revokedAt ? e.revokedAt.toISOString() : null,
    revokedBy: e.revokedBy,
    updatedAt: e.updatedAt.toISOString(),
  };
}
