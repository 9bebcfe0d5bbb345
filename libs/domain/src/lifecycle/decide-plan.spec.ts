import { WorkingCalendar } from '../calendar';
import { DomainErrorCode } from '../errors';
import { decide } from './decide-plan';
import { type PlanAction, type PlanActor, type PlanLifecycleState } from './plan-lifecycle.types';
import { type SigningAuthority } from './signing-authority';

const drafter: PlanActor = { personId: 'p-drafter', roles: ['drafter'] };
const unitHead: PlanActor = { personId: 'p-unit-head', roles: ['drafterUnitHead'] };
const checker: PlanActor = { personId: 'p-checker', roles: ['formatChecker'] };
const signer: PlanActor = { personId: 'p-vice', roles: ['signer'] };
const otherSigner: PlanActor = { personId: 'p-chair', roles: ['signer'] };
const clerk: PlanActor = { personId: 'p-clerk', roles: ['clerk'] };

const draft: PlanLifecycleState = {
  status: 'draft',
  revision: 1,
  documentType: 'KH',
  issuingAgencyId: 'ubnd-x',
  issuerCode: 'UBND',
  signerId: 'p-vice',
};

const ktAuthority: SigningAuthority = {
  id: 'auth-kt',
  personId: 'p-vice',
  agencyId: 'ubnd-x',
  capacity: 'KT',
  validFrom: '2024-01-01T00:00:00+07:00',
  validUntil: null,
};

const NOW = '2024-02-20T03:00:00Z'; // Tuesday 10:00 local
const cal = WorkingCalendar.default();

function run(state: PlanLifecycleState, steps: [PlanAction, PlanActor, string?][]) {
  let s = state;
  const effects = [];
  for (const [action, actor, now] of steps) {
    const d = decide(s, action, actor, now ?? NOW, { calendar: cal });
    if (!d.ok) throw new Error(`${action.type}: ${d.error.code}`);
    s = d.next;
    effects.push(...d.effects);
  }
  return { state: s, effects };
}

const toApproved: [PlanAction, PlanActor][] = [
  [{ type: 'submitForReview' }, drafter],
  [{ type: 'approveContent' }, unitHead],
  [{ type: 'checkFormat' }, checker],
  [{ type: 'approve' }, signer],
];
const approved = run(draft, toApproved).state;

describe('plan lifecycle — the happy path through Decree 30', () => {
  it('draft → consultation → review → format → approval → signing → numbering → seal → issued', () => {
    const { state, effects } = run(draft, [
      [{ type: 'startConsultation', invitees: ['so-nn'], closesAt: '2024-02-27T10:00:00Z' }, drafter],
      [{ type: 'closeConsultation' }, drafter],
      ...toApproved,
      [{ type: 'sign', capacity: 'KT', authority: ktAuthority }, signer],
      [{ type: 'assignNumber', register: { agencyId: 'ubnd-x', year: 2024, used: [1, 2, 34], voided: [35] } }, clerk],
      [{ type: 'applyOrgSeal' }, clerk],
      [{ type: 'issue' }, clerk],
    ]);
    expect(state.status).toBe('issued');
    expect(state.number).toMatchObject({ number: 36, symbol: '36/KH-UBND', year: 2024 });
    expect(effects.filter((e) => e.type === 'warning')).toEqual([]);
    expect(effects).toContainEqual({ type: 'numberAssigned', number: 36, symbol: '36/KH-UBND', year: 2024 });
  });

  it('first number of the year is 01', () => {
    const signed = run(approved, [[{ type: 'sign', capacity: 'KT', authority: ktAuthority }, signer]]).state;
    const { state } = run(signed, [[{ type: 'assignNumber', register: { agencyId: 'ubnd-x', year: 2023, used: [4159] } }, clerk, '2024-01-02T02:00:00Z']]);
    expect(state.number?.symbol).toBe('01/KH-UBND');
  });
});

describe('an approval is bound to a revision (Art. 11)', () => {
  it('an edit after approval voids it, notifies the signer, and sends the draft back', () => {
    const d = decide(approved, { type: 'edit' }, signer, NOW);
    expect(d.ok && d.next).toMatchObject({ status: 'draft', revision: 2 });
    expect(d.ok && d.next.approval).toBeUndefined();
    expect(d.ok && d.effects).toContainEqual({ type: 'approvalVoided', revision: 1 });
    expect(d.ok && d.effects.some((e) => e.type === 'notify' && e.to === 'signer')).toBe(true);
  });

  it('a stale approval cannot be used to sign, even if the state was tampered with', () => {
    const tampered: PlanLifecycleState = { ...approved, revision: 2 };
    const d = decide(tampered, { type: 'sign', capacity: 'KT', authority: ktAuthority }, signer, NOW);
    expect(!d.ok && d.error.code).toBe(DomainErrorCode.ApprovalStale);
  });

  it('an edit during consultation keeps the consultation open', () => {
    const c = run(draft, [[{ type: 'startConsultation', invitees: ['a'], closesAt: '2024-03-01T00:00:00Z' }, drafter]]).state;
    const d = decide(c, { type: 'edit' }, drafter, NOW);
    expect(d.ok && d.next).toMatchObject({ status: 'consultation', revision: 2 });
  });
});

const signed = run(approved, [[{ type: 'sign', capacity: 'KT', authority: ktAuthority }, signer]]).state;

describe('refused transitions carry a code and a Vietnamese message', () => {
  it.each<[string, PlanLifecycleState, PlanAction, PlanActor, DomainErrorCode]>([
    ['numbering before signature', approved, { type: 'assignNumber' }, clerk, DomainErrorCode.NumberBeforeSignature],
    ['organisation seal before the person signs', approved, { type: 'applyOrgSeal' }, clerk, DomainErrorCode.SealBeforeSignature],
    ['issuing before numbering', signed, { type: 'issue' }, clerk, DomainErrorCode.IssueBeforeNumber],
    ['issuing without the organisation seal', run(signed, [[{ type: 'assignNumber' }, clerk]]).state, { type: 'issue' }, clerk, DomainErrorCode.SealMissing],
    ['signing an unapproved draft', draft, { type: 'sign', capacity: 'KT', authority: ktAuthority }, signer, DomainErrorCode.ApprovalMissing],
    ['approval by someone other than the future signer', run(draft, toApproved.slice(0, 3)).state, { type: 'approve' }, otherSigner, DomainErrorCode.NotTheFutureSigner],
    ['a different leader signs what another approved', { ...approved, signerId: 'p-chair' }, { type: 'sign', capacity: 'TM', authority: { ...ktAuthority, personId: 'p-chair', capacity: 'TM' } }, otherSigner, DomainErrorCode.NotTheFutureSigner],
    ['format check before content review', { ...draft, status: 'formatCheck' }, { type: 'checkFormat' }, checker, DomainErrorCode.ContentReviewMissing],
    ['the drafter approving content', run(draft, toApproved.slice(0, 1)).state, { type: 'approveContent' }, drafter, DomainErrorCode.ActorNotPermitted],
    ['returning without a reason', run(draft, toApproved.slice(0, 1)).state, { type: 'returnForRevision', reason: ' ' }, unitHead, DomainErrorCode.ReasonRequired],
    ['the format checker returning at approval stage', run(draft, toApproved.slice(0, 3)).state, { type: 'returnForRevision', reason: 'x' }, checker, DomainErrorCode.ActorNotPermitted],
    ['signing without authority', approved, { type: 'sign', capacity: 'KT' }, signer, DomainErrorCode.SigningAuthorityMissing],
    ['signing in the wrong capacity', approved, { type: 'sign', capacity: 'TM', authority: ktAuthority }, signer, DomainErrorCode.SigningCapacityMismatch],
    ['an unused number already taken', signed, { type: 'assignNumber', number: 5, register: { agencyId: 'ubnd-x', year: 2024, used: [5] } }, clerk, DomainErrorCode.NumberAlreadyUsed],
    ['editing after signature', signed, { type: 'edit' }, drafter, DomainErrorCode.TransitionNotAllowed],
    ['recalling a draft', draft, { type: 'recall', reason: 'x' }, signer, DomainErrorCode.TransitionNotAllowed],
  ])('%s', (_label, state, action, actor, code) => {
    const d = decide(state, action, actor, NOW);
    expect(d.ok).toBe(false);
    if (!d.ok) {
      expect(d.error.code).toBe(code);
      expect(d.error.messageVi.length).toBeGreaterThan(5);
    }
  });
});

describe('timing and after issuance', () => {
  it('warns when numbering and issuance come after the next working day (signed Wednesday 07/02/2024, just before Tết)', () => {
    const s = run(approved, [[{ type: 'sign', capacity: 'KT', authority: ktAuthority }, signer, '2024-02-07T03:00:00Z']]).state; // Wed 07/02
    const ok = run(s, [[{ type: 'assignNumber' }, clerk, '2024-02-15T03:00:00Z']]); // next working day after 07/02 is Thu 15/02 (Tết 08–14)
    expect(ok.effects.some((e) => e.type === 'warning')).toBe(false);
    const late = run(s, [[{ type: 'assignNumber' }, clerk, '2024-02-16T03:00:00Z'], [{ type: 'applyOrgSeal' }, clerk], [{ type: 'issue' }, clerk, '2024-02-16T04:00:00Z']]);
    expect(late.effects.filter((e) => e.type === 'warning').map((e) => e.type === 'warning' && e.code)).toEqual(['NUMBERING_LATE', 'ISSUANCE_LATE']);
  });

  it.each<['amend' | 'replace' | 'correct', string]>([
    ['amend', 'amends'],
    ['replace', 'replaces'],
    ['correct', 'corrects'],
  ])('%s after issuance requires a new document (%s)', (kind, relation) => {
    const issued = run(signed, [[{ type: 'assignNumber' }, clerk], [{ type: 'applyOrgSeal' }, clerk], [{ type: 'issue' }, clerk]]).state;
    const d = decide(issued, { type: 'requestAmendment', kind, reason: 'Sai số liệu' }, drafter, NOW);
    expect(d.ok && d.next.status).toBe('issued');
    expect(d.ok && d.effects).toEqual([{ type: 'newDocumentRequired', relation, reason: 'Sai số liệu' }]);
    const r = decide(issued, { type: 'recall', reason: 'Ban hành sai thẩm quyền' }, signer, NOW);
    expect(r.ok && r.next.status).toBe('recalled');
    const m = decide(issued, { type: 'markReplaced', byDocumentId: 'doc-2' }, clerk, NOW);
    expect(m.ok && m.next).toMatchObject({ status: 'replaced', replacedById: 'doc-2' });
  });

  it('withdraws a draft with a reason', () => {
    const d = decide(draft, { type: 'withdraw', reason: 'Không còn phù hợp' }, drafter, NOW);
    expect(d.ok && d.next).toMatchObject({ status: 'withdrawn', closedReason: 'Không còn phù hợp' });
  });
});
