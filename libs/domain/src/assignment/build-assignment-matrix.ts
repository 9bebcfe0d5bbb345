import { type WorkingCalendar } from '../calendar';
import { type InstantInput } from '../dates';
import { CLOSED_BY_DOCUMENT_STATUS_CODES, taskStatus, type TaskStatusOptions, type TaskStatusView } from '../lifecycle';
import { type AssignmentMatrix, type MatrixCell, type MatrixResponsibility, type MatrixRole, type MatrixRow, type MatrixTask, type MatrixWarning } from './assignment-matrix.types';

// Tasks closed by a later document (superseded, recalled) rank with finished ones: live work shows first.
const FINISHED = new Set<string>(['completedOnTime', 'completedLate', ...CLOSED_BY_DOCUMENT_STATUS_CODES]);
/** Overdue work still owed by the unit (not paused, refused, awaiting confirmation or done). */
const OUTSTANDING_OVERDUE = new Set(['overdue', 'redo']);

/**
 * Builds the assignment matrix (Decree 30 Art. 23: lead, coordinators, deadline): one row per
 * responsibility, one column per organisation (given order, then first appearance), cells with the
 * role and the current task status at `now`, and overdue totals.
 */
export function buildAssignmentMatrix(
  input: { responsibilities: MatrixResponsibility[]; tasks: MatrixTask[]; columns?: string[] },
  now: InstantInput,
  calendar: WorkingCalendar,
  options: TaskStatusOptions = {},
): AssignmentMatrix {
  const warnings: MatrixWarning[] = [];
  const columns = [...(input.columns ?? [])];
  const addColumn = (id: string) => columns.includes(id) || columns.push(id);
  const rows: MatrixRow[] = [];
  const byRow = new Map<string, MatrixTask[]>();
  for (const t of input.tasks) byRow.set(t.responsibilityId, [...(byRow.get(t.responsibilityId) ?? []), t]);

  for (const r of input.responsibilities) {
    if (r.leadIds.length === 0) warnings.push({ code: 'NO_LEAD', responsibilityId: r.id, messageVi: 'Nhiệm vụ không có cơ quan chủ trì' });
    const roles = new Map<string, MatrixRole>();
    for (const id of r.coordinatorIds) roles.set(id, 'coordinator');
    for (const id of r.leadIds) {
      if (roles.get(id) === 'coordinator') {
        warnings.push({ code: 'LEAD_AND_COORDINATOR', responsibilityId: r.id, organisationId: id, messageVi: 'Cùng một cơ quan vừa chủ trì vừa phối hợp: cần người kiểm tra' });
      }
      roles.set(id, 'lead');
    }
    const tasks = byRow.get(r.id) ?? [];
    for (const t of tasks) {
      if (!roles.has(t.organisationId)) {
        roles.set(t.organisationId, null);
        warnings.push({ code: 'TASK_WITHOUT_ROLE', responsibilityId: r.id, organisationId: t.organisationId, messageVi: 'Có nhiệm vụ của cơ quan không được nêu trong phân công' });
      }
    }
    [...r.leadIds, ...r.coordinatorIds, ...tasks.map((t) => t.organisationId)].forEach(addColumn);
    const cells: Record<string, MatrixCell> = {};
    for (const [orgId, role] of roles) cells[orgId] = cell(role, tasks.filter((t) => t.organisationId === orgId), now, calendar, options);
    rows.push({ responsibilityId: r.id, label: r.label, cells, overdue: Object.values(cells).reduce((n, c) => n + c.overdueCount, 0) });
  }
  const known = new Set(input.responsibilities.map((r) => r.id));
  for (const id of byRow.keys()) if (!known.has(id)) warnings.push({ code: 'UNKNOWN_RESPONSIBILITY', responsibilityId: id, messageVi: 'Nhiệm vụ gắn với dòng phân công không tồn tại' });

  const columnOverdue = Object.fromEntries(columns.map((c) => [c, rows.reduce((n, row) => n + (row.cells[c]?.overdueCount ?? 0), 0)]));
  return { columns, rows, columnOverdue, totalOverdue: rows.reduce((n, r) => n + r.overdue, 0), warnings };
}

function cell(role: MatrixRole, tasks: MatrixTask[], now: InstantInput, calendar: WorkingCalendar, options: TaskStatusOptions): MatrixCell {
  const viewed = tasks.map((t) => ({ t, s: taskStatus(t.state, now, calendar, options) }));
  const overdueCount = viewed.filter((v) => v.s.overdue && OUTSTANDING_OVERDUE.has(v.s.code)).length;
  const dueKey = (d: string | null) => (d === null ? Number.POSITIVE_INFINITY : Date.parse(d));
  const open = viewed.filter((v) => !FINISHED.has(v.s.code)).sort((a, b) => dueKey(a.t.state.dueAt) - dueKey(b.t.state.dueAt));
  const done = viewed.filter((v) => FINISHED.has(v.s.code)).sort((a, b) => dueKey(b.t.state.dueAt) - dueKey(a.t.state.dueAt));
  const pick: { t: MatrixTask; s: TaskStatusView } | undefined = open[0] ?? done[0];
  return { role, ...(pick ? { status: pick.s, due: pick.t.state.dueAt } : {}), taskCount: tasks.length, overdueCount };
}
