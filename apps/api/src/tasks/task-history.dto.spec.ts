import type { TaskState } from '@dondoc/domain';
import { type AuditRow, toTaskEvents } from './task-history.dto';

const base: TaskState = { phase: 'open', ownerUnitId: 'org-a', dueAt: '2027-06-30T17:00:00.000Z', progress: 0, reassignments: [] };
const at = new Date('2027-03-01T02:00:00.000Z');
const row = (action: string, before: TaskState | null, after: TaskState | null): AuditRow => ({
  action,
  actor_id: 'u1',
  actor_name: 'Nông Văn Đức',
  before,
  after,
  occurred_at: at,
});
const pending = {
  requestedDueAt: '2027-07-15T17:00:00.000Z',
  reason: 'Chờ phúc tra',
  requestedAt: '2027-03-01T02:00:00.000Z',
  requestedBy: 'u1',
  late: false,
};

describe('toTaskEvents', () => {
  const names = new Map([['org-b', 'Tài chính - Kế toán']]);

  it('turns the audit trail into timeline steps with their details', () => {
    const events = toTaskEvents(
      [
        row('task.assign', null, base),
        row('task.reportProgress', base, { ...base, progress: 40 }),
        row('task.requestExtension', base, { ...base, pendingExtension: pending }),
        row('task.decideExtension', { ...base, pendingExtension: pending }, { ...base, dueAt: pending.requestedDueAt }),
        row('task.return', base, { ...base, phase: 'returned', lastReason: 'Thiếu số liệu' }),
        row('task.reassign', base, {
          ...base,
          ownerUnitId: 'org-b',
          reassignments: [{ fromUnitId: 'org-a', toUnitId: 'org-b', at: at.toISOString(), by: 'u2', reason: 'Đúng chức năng' }],
        }),
      ],
      names,
    );
    expect(events.map((e) => e.action)).toEqual([
      'assign',
      'reportProgress',
      'requestExtension',
      'decideExtension',
      'return',
      'reassign',
    ]);
    expect(events[1]).toMatchObject({ progress: 40, actorName: 'Nông Văn Đức', at: '2027-03-01T02:00:00.000Z' });
    expect(events[2]?.extension).toEqual(pending);
    expect(events[3]).toMatchObject({ granted: true, dueAt: pending.requestedDueAt, extension: pending });
    expect(events[4]?.reason).toBe('Thiếu số liệu');
    expect(events[5]).toMatchObject({ reason: 'Đúng chức năng', toOrganisationName: 'Tài chính - Kế toán' });
  });

  it('marks a refused extension (deadline unchanged) and leaves out bookkeeping steps', () => {
    const events = toTaskEvents(
      [
        row('task.decideExtension', { ...base, pendingExtension: pending }, base),
        row('task.continue', null, base),
        row('task.escalation.noRecipient', null, null),
      ],
      names,
    );
    expect(events).toEqual([expect.objectContaining({ action: 'decideExtension', granted: false })]);
  });
});
