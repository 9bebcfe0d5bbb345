import { DEFAULT_ESCALATION_POLICY } from './default-escalation-policies';
import { escalationStopReason, type EscalationStopState } from './escalation-stop';

describe('stop conditions', () => {
  it.each<[EscalationStopState, string | null]>([
    [{}, null],
    [{ done: true }, 'done'],
    [{ extensionGranted: true }, 'extensionGranted'],
    [{ paused: true }, 'paused'],
    [{ done: false, paused: false }, null],
  ])('%p → %p', (state, reason) => expect(escalationStopReason(DEFAULT_ESCALATION_POLICY, state)).toBe(reason));

  it('a policy without "paused" keeps chasing a paused task', () => {
    expect(escalationStopReason({ ...DEFAULT_ESCALATION_POLICY, stopWhen: ['done'] }, { paused: true })).toBeNull();
  });
});
