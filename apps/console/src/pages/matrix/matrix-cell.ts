import type { MatrixCell } from '@dondoc/contracts';

/** Cell colours by task status (background, text), readable in print and for colour-blind users with the C/P letter. */
const STATUS_COLOURS: Record<string, { bg: string; fg: string }> = {
  inProgress: { bg: '#e3f2fd', fg: '#0d47a1' },
  dueSoon: { bg: '#fff3e0', fg: '#e65100' },
  overdue: { bg: '#ffebee', fg: '#b71c1c' },
  completedOnTime: { bg: '#e8f5e9', fg: '#1b5e20' },
  completedLate: { bg: '#f1f8e9', fg: '#827717' },
  awaitingConfirmation: { bg: '#ede7f6', fg: '#4527a0' },
  paused: { bg: '#eceff1', fg: '#37474f' },
  refused: { bg: '#fce4ec', fg: '#880e4f' },
  redo: { bg: '#fff8e1', fg: '#ff6f00' },
  // Closed by a later document: an amending plan or a recall (history kept).
  superseded: { bg: '#f3e5f5', fg: '#6a1b9a' },
  recalled: { bg: '#eeeeee', fg: '#424242' },
};
const NO_TASK = { bg: '#fafafa', fg: '#424242' };

export const cellColours = (cell: MatrixCell): { bg: string; fg: string } =>
  (cell.status && STATUS_COLOURS[cell.status.code]) ?? NO_TASK;

/** "C" for the lead, "P" for a coordinator, "•" for a task without a role in the row. */
export const cellLetter = (cell: MatrixCell): string =>
  cell.role === 'lead' ? 'C' : cell.role === 'coordinator' ? 'P' : '•';

/**
 * The task a cell opens: the workflow id of the organisation's task under the responsibility
 * (`task:<plan>:<responsibility>:<organisation>`, as the plan workflow names them), if it has one.
 */
export const cellTaskId = (planId: string, responsibilityId: string, organisationId: string, cell: MatrixCell) =>
  cell.taskCount > 0 ? `task:${planId}:${responsibilityId}:${organisationId}` : undefined;
