import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { TaskView } from '@dondoc/contracts';
import type { TaskStatusView } from '@dondoc/domain';
import { ListQueryDto } from '../common/list-query.dto';
import { liveTaskStatus } from './task-status';

const PHASES = ['open', 'submitted', 'accepted', 'returned', 'paused', 'refused'] as const;

export class TaskListQueryDto extends ListQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) planId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) organisationId?: string;
  @ApiPropertyOptional({ enum: PHASES }) @IsOptional() @IsIn(PHASES) phase?: (typeof PHASES)[number];
}

/** A task as lists show it (from the projection; status recomputed now). */
export class TaskRowDto {
  @ApiProperty({ description: 'Mã quy trình nhiệm vụ (task:<kế hoạch>:<dòng phân công>:<đơn vị>)' }) id!: string;
  @ApiProperty() planId!: string;
  @ApiProperty() responsibilityId!: string;
  @ApiProperty({ description: 'Đơn vị đang chủ trì nhiệm vụ' }) organisationId!: string;
  @ApiProperty({ nullable: true, type: String }) organisationName!: string | null;
  @ApiProperty({ enum: ['lead', 'coordinator'] }) role!: 'lead' | 'coordinator';
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) dueAt!: string | null;
  @ApiProperty({ enum: PHASES }) phase!: string;
  @ApiProperty({ type: Object }) status!: TaskStatusView;
  @ApiProperty() progress!: number;
  @ApiProperty() pendingExtension!: boolean;
  @ApiProperty() updatedAt!: string;
}

export interface TaskRow {
  workflow_id: string;
  plan_id: string;
  responsibility_id: string;
  organisation_id: string;
  organisation_name: string | null;
  role: 'lead' | 'coordinator';
  title: string;
  due_at: Date | null;
  phase: string;
  progress: number;
  pending_extension: boolean;
  view: TaskView;
  updated_at: Date;
  total?: number;
}

export function toTaskRowDto(r: TaskRow, now: number = Date.now()): TaskRowDto {
  return {
    id: r.workflow_id,
    planId: r.plan_id,
    responsibilityId: r.responsibility_id,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    role: r.role,
    title: r.title,
    dueAt: r.due_at ? r.due_at.toISOString() : null,
    phase: r.phase,
    status: liveTaskStatus(r.view.task, now),
    progress: r.progress,
    pendingExtension: r.pending_extension,
    updatedAt: r.updated_at.toISOString(),
  };
}

/** The full task view with its status recomputed now. */
export function toTaskDetail(
  r: TaskRow,
  now: number = Date.now(),
): TaskView & { id: string; organisationName: string | null } {
  return {
    ...r.view,
    id: r.workflow_id,
    organisationName: r.organisation_name,
    status: liveTaskStatus(r.view.task, now),
  };
}
