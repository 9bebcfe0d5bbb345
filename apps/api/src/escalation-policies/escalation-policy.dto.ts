import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { EscalationPolicy, EscalationStep } from '@dondoc/contracts';
import { ESCALATION_AUDIENCE_LABELS, type EscalationAudience } from '@dondoc/domain';
import type { EscalationPolicyEntity } from '@dondoc/persistence';
import { ListQueryDto } from '../common/list-query.dto';
import { MAX_STEPS } from './escalation-policy.rules';

const AUDIENCES = Object.keys(ESCALATION_AUDIENCE_LABELS) as EscalationAudience[];

/** One step: N working days from the deadline (negative before), who is told. */
export class EscalationStepDto implements EscalationStep {
  @ApiProperty({ example: -5, description: 'Số ngày làm việc so với hạn (âm: trước hạn; 0: khi quá hạn; dương: sau hạn)' })
  @IsInt()
  offsetDays!: number;

  @ApiProperty({ enum: AUDIENCES })
  @IsIn(AUDIENCES)
  audience!: EscalationAudience;
}

/** A policy as the API returns it. */
export class EscalationPolicyDto implements EscalationPolicy {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'Bậc thang: T−5, T−1, T+0, T+3' }) name!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ type: [EscalationStepDto] }) steps!: EscalationStepDto[];
  @ApiProperty({ example: '08:00' }) sendAt!: string;
  /** How many plans and reporting duties use it (a used policy cannot be deleted). */
  @ApiProperty() usedBy!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

/** POST /api/escalation-policies body. */
export class CreateEscalationPolicyDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @ApiProperty({ type: [EscalationStepDto] })
  @IsArray()
  @ArrayMaxSize(MAX_STEPS)
  @ValidateNested({ each: true })
  @Type(() => EscalationStepDto)
  steps!: EscalationStepDto[];

  @ApiPropertyOptional({ example: '08:00', description: 'Giờ gửi (giờ Việt Nam), mặc định 08:00' })
  @IsOptional()
  @IsString()
  sendAt?: string;
}

/** PATCH /api/escalation-policies/:id body. */
export class UpdateEscalationPolicyDto extends PartialType(CreateEscalationPolicyDto) {}

/** GET /api/escalation-policies query. */
export class EscalationPolicyListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: ['name', 'createdAt', 'updatedAt'] })
  @IsOptional()
  @IsIn(['name', 'createdAt', 'updatedAt'])
  sort: 'name' | 'createdAt' | 'updatedAt' = 'name';
}

/** PUT /api/plans/:id/escalation-policy and /api/plan-duties/:id/escalation-policy body (null: the default). */
export class ChooseEscalationPolicyDto {
  @ApiProperty({ nullable: true, type: String })
  @ValidateIf((_o, v) => v !== null)
  @IsUUID()
  policyId!: string | null;
}

/** The entity (and its use count) as the API returns it. */
export function toEscalationPolicyDto(e: EscalationPolicyEntity, usedBy: number): EscalationPolicyDto {
  return {
    id: e.id,
    name: e.name,
    description: e.description,
    steps: e.steps.map((s) => ({ offsetDays: s.offsetDays, audience: s.audience })),
    sendAt: e.sendAt,
    usedBy,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}
