import { WorkingCalendar } from '../calendar';
import { endOfLocalDay, parseIsoDate as d } from '../dates';
import { taskStatus, type TaskStatusCode } from './task-status';
import { type TaskState } from './task.types';

const cal = WorkingCalendar.default();
const due = endOfLocalDay(d('2024-12-16')).toISOString(); // Monday 16/12/2024 24:00
const open: TaskState = { phase: 'open', ownerUnitId: 'u1', dueAt: due, progress: 30, reassignments: [] };

describe('taskStatus vocabulary', () => {
  it.each<[string, TaskState, string, TaskStatusCode, string, boolean]>([
    ['well ahead', open, '2024-12-02T03:00:00Z', 'inProgress', 'Đang thực hiện trong hạn', false],
    ['3 working days left (Wed 11/12 → 12, 13, 16)', open, '2024-12-11T03:00:00Z', 'inProgress', 'Đang thực hiện trong hạn', false],
    ['2 working days left (Thu 12/12)', open, '2024-12-12T03:00:00Z', 'dueSoon', 'Sắp quá hạn', false],
    ['on the due day, 23:59 local', open, '2024-12-16T16:59:00Z', 'dueSoon', 'Sắp quá hạn', false],
    ['at 24:00 local of the due day', open, '2024-12-16T17:00:00Z', 'overdue', 'Quá hạn', true],
    ['ongoing, no deadline', { ...open, dueAt: null }, '2030-01-01T00:00:00Z', 'inProgress', 'Đang thực hiện trong hạn', false],
    ['submitted on time, awaiting confirmation', { ...open, phase: 'submitted', submittedAt: '2024-12-16T10:00:00Z' }, '2024-12-20T00:00:00Z', 'awaitingConfirmation', 'Chờ xác nhận', false],
    ['accepted after the deadline but submitted on time', { ...open, phase: 'accepted', submittedAt: '2024-12-16T10:00:00Z', completedAt: '2024-12-16T10:00:00Z' }, '2024-12-20T00:00:00Z', 'completedOnTime', 'Hoàn thành đúng hạn', false],
    ['completed late', { ...open, phase: 'accepted', completedAt: '2024-12-17T02:00:00Z' }, '2024-12-20T00:00:00Z', 'completedLate', 'Hoàn thành quá hạn', true],
    ['paused', { ...open, phase: 'paused' }, '2024-12-02T03:00:00Z', 'paused', 'Tạm hoãn', false],
    ['refused', { ...open, phase: 'refused' }, '2024-12-02T03:00:00Z', 'refused', 'Từ chối', false],
    ['returned for redo, now overdue', { ...open, phase: 'returned' }, '2024-12-18T03:00:00Z', 'redo', 'Thực hiện lại', true],
  ])('%s', (_label, task, now, code, label, overdue) => {
    expect(taskStatus(task, now, cal)).toEqual({ code, label, overdue });
  });

  it('"sắp quá hạn" counts working days: Friday before Tết 2026 with a deadline right after it', () => {
    const t = { ...open, dueAt: endOfLocalDay(d('2026-02-24')).toISOString() };
    expect(taskStatus(t, '2026-02-13T03:00:00Z', cal).code).toBe('dueSoon'); // 23, 24 are the only working days left
    expect(taskStatus(t, '2026-02-13T03:00:00Z', cal, { dueSoonWorkingDays: 2 }).code).toBe('inProgress');
  });
});
