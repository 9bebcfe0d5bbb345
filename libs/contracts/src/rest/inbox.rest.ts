// `GET /api/inbox`: "việc của tôi", the tasks, report periods and plan steps waiting for the caller.

/** `?filter=`: everything waiting, only what is due soon, only what is overdue. */
export const INBOX_FILTERS = ['waiting', 'due-soon', 'overdue'] as const;
export type InboxFilter = (typeof INBOX_FILTERS)[number];

/** What the inbox asks of the caller for an item. */
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

/** One item: a task, a duty period to report, or a plan step. */
export interface InboxItem {
  id: string;
  kind: 'task' | 'duty' | 'plan';
  workflowId: string;
  planId: string;
  title: string;
  organisationId: string | null;
  dueAt: string | null;
  statusCode: string;
  /** Vietnamese status label. */
  statusLabel: string;
  overdue: boolean;
  dueSoon: boolean;
  progress: number | null;
  action: InboxAction;
  /** Vietnamese name of the action. */
  actionLabel: string;
  updatedAt: string;
}
