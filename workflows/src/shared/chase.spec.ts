import { atLocalTime, DEFAULT_ESCALATION_POLICY, endOfLocalDay, localDate, WorkingCalendar } from '@dondoc/domain';
import { nextPendingStep, recipientOf } from './chase';

const cal = WorkingCalendar.default();
const due = endOfLocalDay(localDate(2026, 12, 18)).toISOString(); // Friday

describe('nextPendingStep', () => {
  it('returns the first unsent step, keyed by the deadline', () => {
    const first = nextPendingStep(DEFAULT_ESCALATION_POLICY, '2026-11-20T00:00:00Z', due, cal, new Set());
    expect(first).toMatchObject({ key: `T-5@${due}`, at: atLocalTime(localDate(2026, 12, 11), 8).getTime() });
    const second = nextPendingStep(DEFAULT_ESCALATION_POLICY, '2026-11-20T00:00:00Z', due, cal, new Set([first!.key]));
    expect(second).toMatchObject({ key: `T-1@${due}`, at: atLocalTime(localDate(2026, 12, 17), 8).getTime() });
  });

  it('does not treat steps sent for another deadline as sent (a moved deadline is chased afresh)', () => {
    const other = endOfLocalDay(localDate(2026, 12, 17)).toISOString();
    expect(nextPendingStep(DEFAULT_ESCALATION_POLICY, '2026-11-20T00:00:00Z', due, cal, new Set([`T-5@${other}`]))?.key).toBe(`T-5@${due}`);
  });

  it('drops steps before the chase start, but still owes the breach when the chase starts late', () => {
    expect(nextPendingStep(DEFAULT_ESCALATION_POLICY, '2026-12-17T10:00:00Z', due, cal, new Set())?.key).toBe(`T+0@${due}`);
    expect(nextPendingStep(DEFAULT_ESCALATION_POLICY, '2026-12-25T10:00:00Z', due, cal, new Set())?.key).toBe(`T+0@${due}`);
  });
});

describe('recipientOf', () => {
  it('never lands on the late person and returns null when nobody is left', () => {
    expect(recipientOf('unitHead', { ownerId: 'o', unitHeadId: 'h', leaderInChargeId: 'l', latePersonIds: ['h'] })?.personId).toBe('l');
    expect(recipientOf('chairman', { ownerId: 'o' })).toBeNull();
  });
});
