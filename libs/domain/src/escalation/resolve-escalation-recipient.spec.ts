import { DomainErrorCode } from '../errors';
import { type EscalationAudience } from './escalation-policy.types';
import { type EscalationChain, resolveEscalationRecipient } from './resolve-escalation-recipient';

const chain: EscalationChain = { ownerId: 'p-owner', unitHeadId: 'p-head', leaderInChargeId: 'p-vice', chairmanId: 'p-chair', actingHeadId: 'p-acting' };

describe('resolveEscalationRecipient (domain.md §7: never to the late person; vacant chairman → acting head)', () => {
  it.each<[string, EscalationAudience, EscalationChain, string, EscalationAudience, boolean]>([
    ['owner reminder', 'owner', chain, 'p-owner', 'owner', false],
    ['unit head', 'unitHead', chain, 'p-head', 'unitHead', false],
    ['leader in charge', 'leaderInCharge', chain, 'p-vice', 'leaderInCharge', false],
    ['chairman', 'chairman', chain, 'p-chair', 'chairman', false],
    ['the unit head owns the task → leader in charge', 'unitHead', { ...chain, ownerId: 'p-head' }, 'p-vice', 'leaderInCharge', false],
    ['the unit head is also late → leader in charge', 'unitHead', { ...chain, latePersonIds: ['p-head'] }, 'p-vice', 'leaderInCharge', false],
    ['the leader in charge is the late owner → chairman', 'leaderInCharge', { ...chain, ownerId: 'p-vice' }, 'p-chair', 'chairman', false],
    ['chairman post vacant → acting head', 'chairman', { ...chain, chairmanId: null }, 'p-acting', 'chairman', true],
    ['no unit head recorded → leader in charge', 'unitHead', { ...chain, unitHeadId: null }, 'p-vice', 'leaderInCharge', false],
    ['leader post vacant and chairman vacant → acting head', 'leaderInCharge', { ...chain, leaderInChargeId: null, chairmanId: null }, 'p-acting', 'chairman', true],
  ])('%s', (_label, audience, c, personId, resolvedAs, acting) => {
    const r = resolveEscalationRecipient(audience, c);
    expect(r.personId).toBe(personId);
    expect(r.audience).toBe(resolvedAs);
    expect(Boolean(r.acting)).toBe(acting);
    expect(r.note === undefined).toBe(resolvedAs === audience && !acting);
  });

  it.each<[string, EscalationChain]>([
    ['the chairman is the late person', { ownerId: 'p-chair', chairmanId: 'p-chair' }],
    ['the acting head is the late person and the chairman post is vacant', { ownerId: 'p-acting', chairmanId: null, actingHeadId: 'p-acting' }],
    ['nobody recorded', { ownerId: 'p-owner' }],
  ])('refuses when %s', (_label, c) => {
    expect(() => resolveEscalationRecipient('chairman', c)).toThrow(expect.objectContaining({ code: DomainErrorCode.NoEscalationRecipient }));
  });
});
