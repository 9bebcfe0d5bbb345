import { deadlineLink, deadlineTone, markersByDay, scopesFor } from './calendar-deadlines';
import type { CalendarDeadline } from '@dondoc/contracts';

const deadline = (over: Partial<CalendarDeadline>): CalendarDeadline => ({
  id: 'task:p1:r1:o1',
  kind: 'task',
  workflowId: 'task:p1:r1:o1',
  planId: 'p1',
  title: 'Rà soát hộ nghèo',
  date: '2027-07-01',
  dueAt: '2027-07-01T17:00:00.000Z',
  organisationId: 'o1',
  organisationName: 'Văn hóa - Xã hội',
  statusCode: 'inProgress',
  statusLabel: 'Đang thực hiện trong hạn',
  done: false,
  overdue: false,
  ...over,
});

describe('calendar deadlines', () => {
  it('links a task to its page and a report to its plan', () => {
    expect(deadlineLink(deadline({}))).toBe('/tasks/task%3Ap1%3Ar1%3Ao1/show');
    expect(deadlineLink(deadline({ kind: 'duty', id: 'duty:p1:d1#2027-H1#o1' }))).toBe('/plans/p1/show');
  });

  it.each([
    [{ done: true, overdue: true }, 'done'],
    [{ overdue: true }, 'overdue'],
    [{ statusCode: 'dueSoon' }, 'soon'],
    [{}, 'deadline'],
  ] as const)('%j → %s', (over, tone) => {
    expect(deadlineTone(deadline(over))).toBe(tone);
  });

  it('groups by local due day', () => {
    const byDay = markersByDay([deadline({}), deadline({ id: 'b', title: 'Báo cáo', date: '2027-07-02' }), deadline({ id: 'c', title: 'Khác' })]);
    expect([...byDay.keys()]).toEqual(['2027-07-01', '2027-07-02']);
    expect(byDay.get('2027-07-01')!.map((m) => m.label)).toEqual(['Rà soát hộ nghèo', 'Khác']);
  });

  it('offers "tất cả" only to those who see every task', () => {
    expect(scopesFor(['tasks.read'])).toEqual(['mine', 'org']);
    expect(scopesFor(['tasks.read', 'tasks.assign'])).toEqual(['mine', 'org', 'all']);
    expect(scopesFor(undefined)).toEqual(['mine', 'org']);
  });
});
