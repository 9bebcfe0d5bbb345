// REST types of the task pages (mirror apps/api/src/tasks/*.dto.ts; files and report periods: @dondoc/contracts).
import type { StoredFileView } from '@dondoc/contracts';
import type { TaskItem } from '../../types';

/** `POST /api/{tasks|duties}/:id/files` answer and list item: defined once, in @dondoc/contracts. */
export type StoredFile = StoredFileView;

export interface ProgressReport {
  progress: number;
  result?: string;
  difficulties?: string;
  proposals?: string;
  evidenceFileRefs?: string[];
  reportedBy: string;
  reportedAt: string;
}

export interface ExtensionRequest {
  requestedDueAt: string;
  reason: string;
  requestedAt: string;
  requestedBy: string;
  late: boolean;
}

/** `GET /api/tasks/:id`: the list row's fields plus the workflow's view. */
export interface TaskDetail extends Omit<TaskItem, 'progress' | 'pendingExtension' | 'dueAt' | 'phase'> {
  orgId: string;
  task: {
    phase: string;
    ownerUnitId: string;
    dueAt: string | null;
    progress: number;
    submittedAt?: string;
    pendingExtension?: ExtensionRequest;
    reassignments: { fromUnitId: string; toUnitId: string; at: string; by: string; reason: string }[];
    lastReason?: string;
  };
  assignedAt: string;
  nextNotificationAt: string | null;
  lastReport?: ProgressReport;
  reportCount: number;
  dueRuleText?: string;
}

/** One step of the task's timeline (`GET /api/tasks/:id/history`). */
export interface TaskEvent {
  at: string;
  action: string;
  actorId: string | null;
  actorName: string | null;
  progress?: number;
  phase?: string;
  dueAt?: string | null;
  reason?: string;
  extension?: ExtensionRequest;
  granted?: boolean;
  toOrganisationName?: string;
}

export interface TaskNotification {
  id: string;
  kind: 'reminder' | 'escalation' | 'overdue' | 'digest' | 'info';
  title: string;
  body: string;
  audience: string;
  recipientName: string | null;
  at: string;
}

export interface TaskHistory {
  coordinators: { id: string; name: string | null }[];
  events: TaskEvent[];
  notifications: TaskNotification[];
  files: StoredFile[];
}

export type DutyStep = 'reports' | 'consolidation';
