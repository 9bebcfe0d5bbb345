// `GET /api/tasks`, `GET /api/tasks/:id` and `GET /api/tasks/:id/history`: tasks as lists and the task page show them.
import type { ExtensionRequest, TaskStatusView } from '@dondoc/domain';
import type { TaskView } from '../task.contract';
import type { StoredFileView } from './files.rest';

export type { ExtensionRequest, TaskStatusCode, TaskStatusView } from '@dondoc/domain';

/** A list item (from the projection; its status recomputed at the time of the query). */
export interface TaskItem {
  /** `task:<plan>:<responsibility>:<organisation>`: the task workflow's id. */
  id: string;
  planId: string;
  responsibilityId: string;
  /** The organisation that owns the task now. */
  organisationId: string;
  organisationName: string | null;
  role: 'lead' | 'coordinator';
  title: string;
  dueAt: string | null;
  /** The workflow's phase (`open`, `submitted`, `accepted`, …). */
  phase: string;
  status: TaskStatusView;
  progress: number;
  pendingExtension: boolean;
  updatedAt: string;
}

/** `GET /api/tasks/:id`: the workflow's view with its status recomputed now, and the owner's name. */
export type TaskDetail = TaskView & { id: string; organisationName: string | null };

/** One step of a task's timeline, from the audit trail its workflow writes. */
export interface TaskEvent {
  at: string;
  /** `assign`, `reportProgress`, `submit`, `accept`, `return`, `requestExtension`, `decideExtension`, `reassign`, `pause`, `resume`, `refuse`. */
  action: string;
  actorId: string | null;
  actorName: string | null;
  progress?: number;
  phase?: string;
  dueAt?: string | null;
  reason?: string;
  extension?: ExtensionRequest;
  /** An extension decision: granted or not. */
  granted?: boolean;
  toOrganisationName?: string;
}

/** A reminder, escalation or notice the chase sent about the task. */
export interface TaskNotification {
  id: string;
  /** `reminder`, `escalation`, `overdue`, `digest` or `info`. */
  kind: string;
  title: string;
  body: string;
  audience: string;
  recipientName: string | null;
  at: string;
}

/** Everything the task page shows below its header. */
export interface TaskHistory {
  coordinators: { id: string; name: string | null }[];
  events: TaskEvent[];
  notifications: TaskNotification[];
  files: StoredFileView[];
}
