import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { TaskDetail, TaskItem, TaskView } from '@dondoc/contracts';
import { TASK_STATUS_LABELS, type TaskStatusCode, type TaskStatusView, type WorkingCalendar } from '@dondoc/domain';
import { ListQueryDto, toBoolean } from '../common/list-query.dto';
import { liveTaskStatus } from './task-status';

/** The task workflow's phases (`TaskPhase`), including those of a task closed by a later document. */
const PHASES = ['open', 'submitted', 'accepted', 'returned', 'paused', 'refused', 'superseded', 'recalled'] as const;
/** The Vietnamese status vocabulary (domain.md §5), as codes. */
const TASK_STATUS_CODES = Object.keys(TASK_STATUS_LABELS) as TaskStatusCode[];
const TASK_SORTS = ['dueAt', 'updatedAt', 'title'] as const;
/** Sort columns (ties broken by workflow id). */
export const TASK_SORT_SQL: Record<(typeof TASK_SORTS)[number], string> = {
  dueAt: 't.due_at',
  updatedAt: 't.updated_at',
  title: 't.title',
};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class TaskListQueryDto extends ListQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) planId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) organisationId?: string;
  @ApiPropertyOptional({ enum: PHASES }) @IsOptional() @IsIn(PHASES) phase?: (typeof PHASES)[number];
  @ApiPropertyOptional({ enum: TASK_SORTS, default: 'dueAt' })
  @IsOptional()
  @IsIn(TASK_SORTS)
  sort: (typeof TASK_SORTS)[number] = 'dueAt';
  @ApiPropertyOptional({ enum: TASK_STATUS_CODES, description: 'Tình trạng tính tại thời điểm hỏi' })
  @IsOptional()
  @IsIn(TASK_STATUS_CODES)
  status?: TaskStatusCode;
  @ApiPropertyOptional({ description: 'Chỉ nhiệm vụ đang thực hiện đã quá hạn' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;
  @ApiPropertyOptional({ example: '2027-01-01', description: 'Hạn từ ngày (giờ Việt Nam)' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'Ngày phải có dạng yyyy-mm-dd' })
  dueFrom?: string;
  @ApiPropertyOptional({ example: '2027-12-31', description: 'Hạn đến hết ngày (giờ Việt Nam)' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'Ngày phải có dạng yyyy-mm-dd' })
  dueTo?: string;
}

/** A task as lists show it (from the projection; status recomputed now). */
export class TaskRowDto implements TaskItem {
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

export function toTaskRowDto(r: TaskRow, calendar: WorkingCalendar, now: number = Date.now()): TaskRowDto {
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
    status: liveTaskStatus(r.view.task, calendar, now),
    progress: r.progress,
    pendingExtension: r.pending_extension,
    updatedAt: r.updated_at.toISOString(),
  };
}

/** The full task view with its status recomputed now. */
export function toTaskDetail(r: TaskRow, calendar: WorkingCalendar, now: number = Date.now()): TaskDetail {
  return {
    ...r.view,
    id: r.workflow_id,
    organisationName: r.organisation_name,
    status: liveTaskStatus(r.view.task, calendar, now),
  };
}
