import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { TaskEvent, TaskHistory, TaskNotification } from '@dondoc/contracts';
import type { ExtensionRequest, TaskState } from '@dondoc/domain';
import type { FileDto } from '../files/file.dto';

/** One step of a task, from the audit trail the workflow writes. */
export class TaskEventDto implements TaskEvent {
  @ApiProperty() at!: string;
  @ApiProperty({
    description:
      'assign | reportProgress | submit | accept | return | requestExtension | decideExtension | reassign | pause | resume | refuse',
  })
  action!: string;
  @ApiProperty({ nullable: true, type: String }) actorId!: string | null;
  @ApiProperty({ nullable: true, type: String }) actorName!: string | null;
  @ApiPropertyOptional() progress?: number;
  @ApiPropertyOptional() phase?: string;
  @ApiPropertyOptional({ nullable: true, type: String }) dueAt?: string | null;
  @ApiPropertyOptional() reason?: string;
  @ApiPropertyOptional({ type: Object }) extension?: ExtensionRequest;
  @ApiPropertyOptional({ description: 'Gia hạn: đồng ý hay không' }) granted?: boolean;
  @ApiPropertyOptional() toOrganisationName?: string;
}

/** A reminder, escalation or notice the chase sent about the task. */
export class TaskNotificationDto implements TaskNotification {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['reminder', 'escalation', 'overdue', 'digest', 'info'] }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty() audience!: string;
  @ApiProperty({ nullable: true, type: String }) recipientName!: string | null;
  @ApiProperty() at!: string;
}

/** Everything the task page shows below its header. */
export class TaskHistoryDto implements TaskHistory {
  @ApiProperty({ type: [Object] }) coordinators!: { id: string; name: string | null }[];
  @ApiProperty({ type: [TaskEventDto] }) events!: TaskEventDto[];
  @ApiProperty({ type: [TaskNotificationDto] }) notifications!: TaskNotificationDto[];
  @ApiProperty({ type: [Object] }) files!: FileDto[];
}

export interface AuditRow {
  action: string;
  actor_id: string | null;
  actor_name: string | null;
  before: TaskState | null;
  after: TaskState | null;
  occurred_at: Date;
}

/** The audit rows of a task as timeline events (system bookkeeping such as continue-as-new left out). */
export function toTaskEvents(rows: AuditRow[], orgNames: Map<string, string>): TaskEventDto[] {
  const out: TaskEventDto[] = [];
  for (const r of rows) {
    const action = r.action.replace(/^task\./, '');
    if (action === 'continue' || action.startsWith('escalation.')) continue;
    const after = r.after;
    const e: TaskEventDto = {
      at: r.occurred_at.toISOString(),
      action,
      actorId: r.actor_id,
      actorName: r.actor_name,
      ...(after ? { progress: after.progress, phase: after.phase, dueAt: after.dueAt } : {}),
    };
    if (action === 'requestExtension' && after?.pendingExtension) e.extension = after.pendingExtension;
    if (action === 'decideExtension') {
      if (r.before?.pendingExtension) e.extension = r.before.pendingExtension;
      e.granted = (r.before?.dueAt ?? null) !== (after?.dueAt ?? null);
    }
    if ((action === 'return' || action === 'pause' || action === 'refuse') && after?.lastReason) e.reason = after.lastReason;
    if (action === 'reassign' && after) {
      const last = after.reassignments[after.reassignments.length - 1];
      if (last) {
        e.reason = last.reason;
        e.toOrganisationName = orgNames.get(last.toUnitId) ?? last.toUnitId;
      }
    }
    out.push(e);
  }
  return out;
}
