import { DomainErrorCode } from '../errors';
import { closeTaskByDocument } from './close-task';
import { taskStatus } from './task-status';
import { type TaskState } from './task.types';
import { WorkingCalendar } from '../calendar';

const task: TaskState = {
  phase: 'open',
  ownerUnitId: 'vhxh',
  dueAt: '2027-06-30T17:00:00.000Z',
  progress: 60,
  reassignments: [{ fromUnitId: 'tc', toUnitId: 'vhxh', at: '2027-01-05T02:00:00.000Z', by: 'p1', reason: 'đúng chức năng' }],
  pendingExtension: { requestedDueAt: '2027-08-31T17:00:00.000Z', reason: 'chờ kinh phí', requestedAt: '2027-03-01T02:00:00.000Z', requestedBy: 'p2', late: false },
};
const close = { phase: 'superseded' as const, byPlanId: 'plan-2', bySymbol: '12/KH-UBND', reason: 'Bỏ nhiệm vụ theo Kế hoạch sửa đổi' };

describe('closeTaskByDocument (an amendment or a recall ends a task, keeping its history)', () => {
  it('closes an open task as superseded: progress, reassignments and deadline kept; a pending extension lapses; chase stops', () => {
    const d = closeTaskByDocument(task, close, '2027-04-01T03:00:00Z');
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.next).toMatchObject({ phase: 'superseded', progress: 60, dueAt: task.dueAt, reassignments: task.reassignments, closure: { ...close, at: '2027-04-01T03:00:00.000Z' } });
    expect(d.next.pendingExtension).toBeUndefined();
    expect(d.effects).toContainEqual({ type: 'stopEscalations', reason: 'superseded' });
    expect(taskStatus(d.next, '2027-09-01T00:00:00Z', WorkingCalendar.default())).toEqual({ code: 'superseded', label: 'Đã được thay thế', overdue: false });
  });

  it.each<[string, TaskState['phase'], DomainErrorCode | null]>([
    ['submitted work awaiting confirmation', 'submitted', null],
    ['returned for redo', 'returned', null],
    ['paused', 'paused', null],
    ['accepted work is not undone', 'accepted', DomainErrorCode.TaskTransitionNotAllowed],
    ['already superseded', 'superseded', DomainErrorCode.TaskTransitionNotAllowed],
    ['already recalled', 'recalled', DomainErrorCode.TaskTransitionNotAllowed],
  ])('%s', (_label, phase, code) => {
    const d = closeTaskByDocument({ ...task, phase }, { ...close, phase: 'recalled' }, '2027-04-01T03:00:00Z');
    expect(d.ok ? null : d.error.code).toBe(code);
    if (d.ok) expect(taskStatus(d.next, '2027-04-01T03:00:00Z', WorkingCalendar.default()).label).toBe('Đã thu hồi');
  });

  it('needs a reason', () => {
    const d = closeTaskByDocument(task, { ...close, reason: ' ' }, '2027-04-01T03:00:00Z');
    expect(d.ok ? null : d.error.code).toBe(DomainErrorCode.ReasonRequired);
  });
});
