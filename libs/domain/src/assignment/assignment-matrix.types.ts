import { type TaskState, type TaskStatusView } from '../lifecycle';

/** A row of the matrix: one responsibility on a plan item, with its leads (chủ trì) and coordinators (phối hợp). */
export interface MatrixResponsibility {
  id: string;
  label: string;
  leadIds: string[];
  coordinatorIds: string[];
}

/** A task of one organisation under one responsibility. */
export interface MatrixTask {
  id: string;
  responsibilityId: string;
  organisationId: string;
  state: TaskState;
}

/** Role of an organisation in a row; null when a task exists for an organisation the row does not name. */
export type MatrixRole = 'lead' | 'coordinator' | null;

/** One cell: role, the status of the task that matters now, its deadline, and counts. */
export interface MatrixCell {
  role: MatrixRole;
  /** Status of the earliest-due unfinished task, else of the last finished one; absent when no task. */
  status?: TaskStatusView;
  due?: string | null;
  taskCount: number;
  overdueCount: number;
}

/** Things a person should look at (domain.md §7: same agency as lead and coordinator, no lead…). */
export interface MatrixWarning {
  code: 'LEAD_AND_COORDINATOR' | 'NO_LEAD' | 'TASK_WITHOUT_ROLE' | 'UNKNOWN_RESPONSIBILITY';
  responsibilityId: string;
  organisationId?: string;
  messageVi: string;
}

export interface MatrixRow {
  responsibilityId: string;
  label: string;
  cells: Record<string, MatrixCell>;
  overdue: number;
}

/** Rows × organisation columns with overdue totals per row, per column and overall. */
export interface AssignmentMatrix {
  columns: string[];
  rows: MatrixRow[];
  columnOverdue: Record<string, number>;
  totalOverdue: number;
  warnings: MatrixWarning[];
}
