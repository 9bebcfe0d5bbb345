import { parseIsoDate as d } from '../dates';
import { DomainErrorCode } from '../errors';
import { decideTask } from './decide-task';
import { type TaskAction, type TaskActor, type TaskState } from './task.types';

const owner: TaskActor = { personId: 'p-owner', roles: ['owner'] };
const boss: TaskActor = { personId: 'p-boss', roles: ['supervisor'] };
const NOW = '2024-06-03T03:00:00Z';
const open: TaskState = { phase: 'open', ownerUnitId: 'u1', dueAt: '2024-06-04T17:00:00.000Z', progress: 0, reassignments: [], planPeriodEnd: d('2024-12-31') };

function ok(task: TaskState, action: TaskAction, actor: TaskActor, now = NOW) {
  const r = decideTask(task, action, actor, now);
  if (!r.ok) throw new Error(r.error.code);
  return r;
}

describe('task transitions', () => {
  it('progress → submit → return → resubmit → accept', () => {
    let t = ok(open, { type: 'reportProgress', progress: 60 }, owner).next;
    expect(t.progress).toBe(60);
    t = ok(t, { type: 'submit' }, owner).next;
    expect(t).toMatchObject({ phase: 'submitted', submittedAt: '2024-06-03T03:00:00.000Z', progress: 100 });
    t = ok(t, { type: 'return', reason: 'Thiếu số liệu hộ cận nghèo' }, boss).next;
    expect(t.phase).toBe('returned');
    t = ok(t, { type: 'submit' }, owner, '2024-06-04T08:00:00Z').next;
    const r = ok(t, { type: 'accept' }, boss, '2024-06-10T02:00:00Z');
    expect(r.next).toMatchObject({ phase: 'accepted', completedAt: '2024-06-04T08:00:00.000Z' });
    expect(r.effects).toContainEqual({ type: 'stopEscalations', reason: 'done' });
  });

  it('a fallback-channel submission keeps its own (earlier) time', () => {
    const r = ok(open, { type: 'submit', channel: 'fallback', submittedAt: '2024-06-04T16:00:00Z' }, owner, '2024-06-06T02:00:00Z');
    expect(r.next.submittedAt).toBe('2024-06-04T16:00:00.000Z');
  });

  it('extension: request, grant → new deadline and rescheduled escalations', () => {
    const req = ok(open, { type: 'requestExtension', newDueAt: '2024-06-14T17:00:00Z', reason: 'Chờ số liệu' }, owner);
    expect(req.next.pendingExtension?.late).toBe(false);
    const g = ok(req.next, { type: 'decideExtension', grant: true }, boss);
    expect(g.next.dueAt).toBe('2024-06-14T17:00:00.000Z');
    expect(g.next.pendingExtension).toBeUndefined();
    expect(g.effects).toContainEqual({ type: 'rescheduleEscalations', dueAt: '2024-06-14T17:00:00.000Z' });
  });

  it('an extension up to the last day of the plan period is allowed', () => {
    const r = ok(open, { type: 'requestExtension', newDueAt: '2025-01-01T00:00:00+07:00', reason: 'x' }, owner);
    expect(r.next.pendingExtension?.requestedDueAt).toBe('2024-12-31T17:00:00.000Z');
  });

  it('extension requested after the deadline is allowed but flagged (domain.md §7)', () => {
    const r = ok(open, { type: 'requestExtension', newDueAt: '2024-06-14T17:00:00Z', reason: 'x' }, owner, '2024-06-05T02:00:00Z');
    expect(r.next.pendingExtension?.late).toBe(true);
    expect(r.effects.some((e) => e.type === 'warning' && e.code === 'EXTENSION_REQUESTED_LATE')).toBe(true);
  });

  it('refusal then reassignment keeps history', () => {
    const refused = ok(open, { type: 'refuse', reason: 'Không thuộc chức năng' }, owner).next;
    const r = ok(refused, { type: 'reassign', toUnitId: 'u2', reason: 'Giao Phòng VH-XH' }, boss);
    expect(r.next).toMatchObject({ phase: 'open', ownerUnitId: 'u2' });
    expect(r.next.reassignments).toEqual([{ fromUnitId: 'u1', toUnitId: 'u2', at: '2024-06-03T03:00:00.000Z', by: 'p-boss', reason: 'Giao Phòng VH-XH' }]);
  });

  it('pause and resume return to the previous phase', () => {
    const p = ok({ ...open, phase: 'returned' }, { type: 'pause', reason: 'Chờ chủ trương' }, boss).next;
    expect(p.phase).toBe('paused');
    expect(ok(p, { type: 'resume' }, boss).next.phase).toBe('returned');
  });

  it.each<[string, TaskState, TaskAction, TaskActor, DomainErrorCode]>([
    ['extension past the plan period', open, { type: 'requestExtension', newDueAt: '2025-01-02T00:00:00+07:00', reason: 'x' }, owner, DomainErrorCode.ExtensionBeyondPlanPeriod],
    ['extension not later than the deadline', open, { type: 'requestExtension', newDueAt: '2024-06-01T00:00:00Z', reason: 'x' }, owner, DomainErrorCode.ExtensionNotLater],
    ['extension decision with nothing pending', open, { type: 'decideExtension', grant: true }, boss, DomainErrorCode.NoPendingExtension],
    ['extension without a reason', open, { type: 'requestExtension', newDueAt: '2024-06-14T17:00:00Z', reason: '' }, owner, DomainErrorCode.ReasonRequired],
    ['progress over 100%', open, { type: 'reportProgress', progress: 120 }, owner, DomainErrorCode.InvalidProgress],
    ['owner accepting own work', { ...open, phase: 'submitted' }, { type: 'accept' }, owner, DomainErrorCode.ActorNotPermitted],
    ['accepting an open task', open, { type: 'accept' }, boss, DomainErrorCode.TaskTransitionNotAllowed],
    ['submitting an accepted task', { ...open, phase: 'accepted' }, { type: 'submit' }, owner, DomainErrorCode.TaskTransitionNotAllowed],
    ['reassigning to the same unit', open, { type: 'reassign', toUnitId: 'u1', reason: 'x' }, boss, DomainErrorCode.ReassignToSameUnit],
    ['returning without a reason', { ...open, phase: 'submitted' }, { type: 'return', reason: ' ' }, boss, DomainErrorCode.ReasonRequired],
  ])('refuses %s', (_label, task, action, actor, code) => {
    const r = decideTask(task, action, actor, NOW);
    expect(!r.ok && r.error.code).toBe(code);
  });
});

describe('malformed input is refused, not thrown', () => {
  it('an extension date without a time zone', () => {
    const r = decideTask(open, { type: 'requestExtension', newDueAt: '2024-06-14T17:00', reason: 'x' }, owner, NOW);
    expect(!r.ok && r.error.code).toBe(DomainErrorCode.InvalidDateFormat);
  });
});
