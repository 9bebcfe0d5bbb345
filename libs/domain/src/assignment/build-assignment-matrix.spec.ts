import { WorkingCalendar } from '../calendar';
import { type TaskState } from '../lifecycle';
import { type MatrixResponsibility, type MatrixTask } from './assignment-matrix.types';
import { buildAssignmentMatrix } from './build-assignment-matrix';

const cal = WorkingCalendar.default();
const NOW = '2024-06-10T03:00:00Z';
const state = (dueAt: string | null, phase: TaskState['phase'] = 'open', extra: Partial<TaskState> = {}): TaskState => ({ phase, ownerUnitId: 'x', dueAt, progress: 0, reassignments: [], ...extra });
const PAST = '2024-06-04T17:00:00.000Z';
const FUTURE = '2024-12-16T17:00:00.000Z';

const responsibilities: MatrixResponsibility[] = [
  { id: 'r1', label: 'Dự án 4 – Tiểu dự án 3: hỗ trợ việc làm bền vững', leadIds: ['so-ldtbxh'], coordinatorIds: ['so-nn', 'ubnd-xa'] },
  { id: 'r2', label: 'Truyền thông giảm nghèo', leadIds: ['so-ttt', 'so-vh'], coordinatorIds: ['so-vh'] }, // same agency lead + coordinator
  { id: 'r3', label: 'Phối hợp giám sát', leadIds: [], coordinatorIds: ['mttq'] },
];
const tasks: MatrixTask[] = [
  { id: 't1', responsibilityId: 'r1', organisationId: 'so-ldtbxh', state: state(PAST) },
  { id: 't1b', responsibilityId: 'r1', organisationId: 'so-ldtbxh', state: state(FUTURE) },
  { id: 't2', responsibilityId: 'r1', organisationId: 'so-nn', state: state(PAST, 'accepted', { completedAt: '2024-06-03T00:00:00Z' }) },
  { id: 't3', responsibilityId: 'r1', organisationId: 'ubnd-xa', state: state(PAST, 'returned') },
  { id: 't4', responsibilityId: 'r2', organisationId: 'so-ttt', state: state(PAST, 'paused') },
  { id: 't5', responsibilityId: 'r2', organisationId: 'so-tc', state: state(null) },
  { id: 't6', responsibilityId: 'rX', organisationId: 'so-tc', state: state(null) },
];

describe('buildAssignmentMatrix', () => {
  const m = buildAssignmentMatrix({ responsibilities, tasks, columns: ['ubnd-xa'] }, NOW, cal);

  it('columns keep the given order, then first appearance', () => {
    expect(m.columns).toEqual(['ubnd-xa', 'so-ldtbxh', 'so-nn', 'so-ttt', 'so-vh', 'so-tc', 'mttq']);
  });

  it.each<[string, string, string | null, string | undefined, number, number]>([
    // row, org → role, status code, tasks, overdue
    ['r1', 'so-ldtbxh', 'lead', 'overdue', 2, 1],
    ['r1', 'so-nn', 'coordinator', 'completedOnTime', 1, 0],
    ['r1', 'ubnd-xa', 'coordinator', 'redo', 1, 1],
    ['r2', 'so-ttt', 'lead', 'paused', 1, 0], // paused: not counted as outstanding overdue
    ['r2', 'so-vh', 'lead', undefined, 0, 0],
    ['r2', 'so-tc', null, 'inProgress', 1, 0],
    ['r3', 'mttq', 'coordinator', undefined, 0, 0],
  ])('%s × %s → %s / %s', (row, org, role, code, count, overdue) => {
    const c = m.rows.find((r) => r.responsibilityId === row)!.cells[org]!;
    expect(c.role).toBe(role);
    expect(c.status?.code).toBe(code);
    expect(c.taskCount).toBe(count);
    expect(c.overdueCount).toBe(overdue);
  });

  it('overdue totals per row, per column and overall', () => {
    expect(m.rows.map((r) => r.overdue)).toEqual([2, 0, 0]);
    expect(m.columnOverdue).toEqual({ 'ubnd-xa': 1, 'so-ldtbxh': 1, 'so-nn': 0, 'so-ttt': 0, 'so-vh': 0, 'so-tc': 0, mttq: 0 });
    expect(m.totalOverdue).toBe(2);
  });

  it('flags what a person must look at', () => {
    expect(m.warnings.map((w) => `${w.code} ${w.responsibilityId} ${w.organisationId ?? ''}`.trim())).toEqual([
      'LEAD_AND_COORDINATOR r2 so-vh',
      'TASK_WITHOUT_ROLE r2 so-tc',
      'NO_LEAD r3',
      'UNKNOWN_RESPONSIBILITY rX',
    ]);
  });
});
