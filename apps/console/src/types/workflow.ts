// Workflow-facing REST types (mirrors apps/api/src/{workflow-actions,inbox,tasks,notifications}/*.dto.ts
// and the PlanView / AssignmentMatrix of @dondoc/contracts and @dondoc/domain), local like the others.
import type { PlanStatus } from './plan';

export interface RevisionCheck {
  revision: number;
  by: string;
  at: string;
}

/** `GET /api/plans/:id/workflow` (PlanView). */
export interface PlanWorkflowView {
  workflowId: string;
  planId: string;
  title: string;
  lifecycle: {
    status: PlanStatus;
    revision: number;
    signerId: string;
    consultation?: { closesAt: string; invitees: string[] };
    contentReview?: RevisionCheck;
    formatCheck?: RevisionCheck;
    approval?: RevisionCheck;
    signature?: RevisionCheck & { capacity: string };
    orgSeal?: { by: string; at: string };
    number?: { number: number; symbol: string; year: number; at: string };
    issuedAt?: string;
    closedReason?: string;
  };
  statusLabel: string;
  replies: { orgId: string; personId: string; comment: string; at: string }[];
  returns: { revision: number; by: string; at: string; reason: string; comments?: string[] }[];
  numberingDueAt?: string;
  recipients?: string[];
  warnings: string[];
  taskWorkflowIds: string[];
  dutyWorkflowIds: string[];
}

export const INBOX_FILTERS = ['waiting', 'due-soon', 'overdue'] as const;
export type InboxFilter = (typeof INBOX_FILTERS)[number];

export type InboxAction =
  | 'report'
  | 'accept'
  | 'decideExtension'
  | 'submitReport'
  | 'reviewContent'
  | 'checkFormat'
  | 'approve'
  | 'sign'
  | 'number'
  | 'issue';

/** `GET /api/inbox` item. */
export interface InboxItem {
  id: string;
  kind: 'task' | 'duty' | 'plan';
  workflowId: string;
  planId: string;
  title: string;
  organisationId: string | null;
  dueAt: string | null;
  statusCode: string;
  statusLabel: string;
  overdue: boolean;
  dueSoon: boolean;
  progress: number | null;
  action: InboxAction;
  actionLabel: string;
  updatedAt: string;
}

export interface TaskStatusView {
  code: string;
  label: string;
  overdue: boolean;
}

/** `GET /api/tasks` item. */
export interface TaskItem {
  id: string;
  planId: string;
  responsibilityId: string;
  organisationId: string;
  organisationName: string | null;
  role: 'lead' | 'coordinator';
  title: string;
  dueAt: string | null;
  phase: string;
  status: TaskStatusView;
  progress: number;
  pendingExtension: boolean;
  updatedAt: string;
}

export interface MatrixCell {
  role: 'lead' | 'coordinator' | null;
  status?: TaskStatusView;
  due?: string | null;
  taskCount: number;
  overdueCount: number;
}

/** `GET /api/plans/:id/matrix`. */
export interface PlanMatrix {
  planId: string;
  columns: string[];
  rows: { responsibilityId: string; label: string; cells: Record<string, MatrixCell>; overdue: number }[];
  columnOverdue: Record<string, number>;
  totalOverdue: number;
  warnings: { code: string; responsibilityId: string; organisationId?: string; messageVi: string }[];
  organisations: Record<string, string>;
}

/** `GET /api/notifications` item. */
export interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  objectType: 'plan' | 'task' | 'duty';
  objectId: string;
  audience: string;
  via: string;
  note: string | null;
  createdAt: string;
  readAt: string | null;
}

/** Plan steps as the API names them (`POST /api/plans/:id/actions/<step>`). */
export type PlanStep =
  | 'edit'
  | 'consultation'
  | 'consultation/close'
  | 'consultation/reply'
  | 'submit-for-review'
  | 'review'
  | 'approve'
  | 'sign'
  | 'number'
  | 'seal'
  | 'issue'
  | 'withdraw'
  | 'recall';

/** Task steps (`POST /api/tasks/:id/<step>`). */
export type TaskStep = 'progress' | 'submit' | 'extension' | 'extension/decision' | 'accept' | 'return' | 'reassign';
