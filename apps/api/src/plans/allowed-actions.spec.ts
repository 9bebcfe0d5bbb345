import type { PlanActor, PlanLifecycleState, PlanStatus, SigningAuthority } from '@dondoc/domain';
import type { Role } from '@dondoc/persistence';
import { permissionsOf } from '../auth/permissions';
import { allowedPlanActions, type AllowedActionsInput, type AllowedPlanAction } from './allowed-actions';

// The demo cast: vhxh drafts, phochutich checks content and signs, chutich checks format, vanthu is the clerk.
const PEOPLE = {
  vhxh: { roles: ['department'] as Role[], org: 'org-vhxh', plan: ['drafter'] },
  taichinh: { roles: ['department'] as Role[], org: 'org-tc', plan: [] },
  phochutich: { roles: ['leader'] as Role[], org: 'org-ubnd', plan: ['drafterUnitHead', 'signer'] },
  chutich: { roles: ['leader'] as Role[], org: 'org-ubnd', plan: ['formatChecker'] },
  vanthu: { roles: ['clerk'] as Role[], org: 'org-vp', plan: ['clerk'] },
} as const;
type Who = keyof typeof PEOPLE;

const authority: SigningAuthority = {
  id: 'start:p1',
  personId: 'phochutich',
  agencyId: 'org-ubnd',
  capacity: 'KT',
  validFrom: '2026-01-01T00:00:00Z',
  validUntil: null,
  documentTypes: ['KH'],
};
const check = (by: string) => ({ revision: 1, by, at: '2026-11-20T03:00:00Z' });
const NOW = new Date('2026-11-21T03:00:00Z');

/** The lifecycle state at each status, with the checks a real walk would have left. */
function stateAt(status: PlanStatus, over: Partial<PlanLifecycleState> = {}): PlanLifecycleState {
  const base: PlanLifecycleState = {
    status,
    revision: 1,
    documentType: 'KH',
    issuingAgencyId: 'org-ubnd',
    issuerCode: 'UBND',
    signerId: 'phochutich',
  };
  const order: PlanStatus[] = [
    'contentReview',
    'formatCheck',
    'awaitingApproval',
    'approved',
    'signed',
    'numbered',
    'issued',
  ];
  const at = order.indexOf(status);
  return {
    ...base,
    ...(status === 'consultation' ? { consultation: { closesAt: '2026-12-01T17:00:00Z', invitees: ['org-tc'] } } : {}),
    ...(at >= 1 ? { contentReview: check('phochutich') } : {}),
    ...(at >= 2 ? { formatCheck: check('chutich') } : {}),
    ...(at >= 3 ? { approval: check('phochutich') } : {}),
    ...(at >= 4 ? { signature: { ...check('phochutich'), capacity: 'KT' as const, authorityId: authority.id } } : {}),
    ...(at >= 5 ? { number: { number: 125, symbol: '125/KH-UBND', year: 2026, at: '2026-11-20T04:00:00Z' } } : {}),
    ...(at >= 6 ? { orgSeal: { by: 'vanthu', at: '2026-11-20T04:00:00Z' }, issuedAt: '2026-11-20T05:00:00Z' } : {}),
    ...over,
  };
}

function actionsOf(who: Who, lifecycle: PlanLifecycleState | null, planStatus = 'draft'): AllowedPlanAction[] {
  const p = PEOPLE[who];
  const actor: PlanActor = { personId: who, roles: [...p.plan] };
  const input: AllowedActionsInput = {
    planStatus,
    permissions: permissionsOf(p.roles),
    organisationId: p.org,
    workflow: lifecycle ? { lifecycle, actor, authority } : null,
    now: NOW,
    choices: {
      leaders: [{ id: 'phochutich', name: 'Phó Chủ tịch' }],
      clerks: [],
      organisations: [{ id: 'org-tc', name: 'Tài chính' }],
    },
    nextSymbol: '125/KH-UBND',
  };
  return allowedPlanActions(input);
}
const allowed = (who: Who, l: PlanLifecycleState | null, planStatus?: string) =>
  actionsOf(who, l, planStatus)
    .filter((a) => a.allowed)
    .map((a) => a.action);

describe('allowedPlanActions', () => {
  it.each([
    // Before the lifecycle: a department may start a draft; an issued (imported) plan offers nothing.
    ['vhxh', null, ['start']],
    ['phochutich', null, []],
    ['vanthu', null, []],
    ['vhxh', 'draft', ['edit', 'consultation', 'submit-for-review', 'withdraw']],
    ['taichinh', 'draft', []],
    ['phochutich', 'draft', []],
    ['vanthu', 'draft', []],
    ['vhxh', 'consultation', ['edit', 'consultation/close', 'withdraw']],
    ['taichinh', 'consultation', ['consultation/reply']],
    ['chutich', 'consultation', []],
    ['phochutich', 'contentReview', ['review-approve', 'review-return']],
    ['chutich', 'contentReview', []],
    ['vhxh', 'contentReview', ['edit', 'withdraw']],
    ['chutich', 'formatCheck', ['review-approve', 'review-return']],
    ['phochutich', 'formatCheck', []],
    ['phochutich', 'awaitingApproval', ['approve', 'review-return']],
    ['chutich', 'awaitingApproval', []],
    ['phochutich', 'approved', ['sign', 'review-return']],
    ['vanthu', 'approved', []],
    ['vanthu', 'signed', ['number', 'seal']],
    ['phochutich', 'signed', []],
    ['vanthu', 'numbered', ['seal']],
    ['vanthu', 'numbered+sealed', ['seal', 'issue']],
    ['vanthu', 'issued', []],
    // An issued plan changes through an amending plan (Decree 30 Art. 18): drafted by its drafter's
    // department, commissioned by the leader (drafter unit head or signer), so both may start it.
    ['phochutich', 'issued', ['recall', 'amend']],
    ['chutich', 'issued', []],
    ['vhxh', 'issued', ['amend']],
    ['taichinh', 'issued', []],
  ] as const)('%s at %s → %j', (who, status, expected) => {
    const state =
      status === null
        ? null
        : status === 'numbered+sealed'
          ? stateAt('numbered', { orgSeal: { by: 'vanthu', at: '2026-11-20T04:00:00Z' } })
          : stateAt(status);
    expect(allowed(who, state)).toEqual(expected);
  });

  it('asks an amendment for its reason, people and the row whose deadline moves', () => {
    const amend = actionsOf('vhxh', stateAt('issued')).find((a) => a.action === 'amend');
    expect(amend?.labelKey).toBe('dondoc.plan_page.actions.amend');
    expect(amend?.inputs.map((i) => [i.name, i.kind, i.required])).toEqual([
      ['reason', 'multiline', true],
      ['drafterUnitHeadId', 'select', true],
      ['formatCheckerId', 'select', true],
      ['signerId', 'select', true],
      ['responsibilityId', 'select', true],
      ['dueDate', 'date', true],
    ]);
    expect(actionsOf('taichinh', stateAt('issued')).find((a) => a.action === 'amend')).toMatchObject({ allowed: false });
    // A leader with no role in the plan sees it refused with the reason, not hidden.
    expect(actionsOf('chutich', stateAt('issued')).find((a) => a.action === 'amend')).toMatchObject({ allowed: false });
    expect(actionsOf('vanthu', stateAt('issued')).find((a) => a.action === 'amend')).toBeUndefined();
  });

  it('offers no start for a plan that is not a draft', () => {
    expect(allowed('vhxh', null, 'issued')).toEqual([]);
  });

  it('lists refused steps the caller could otherwise take, with the Vietnamese reason', () => {
    const chairman = actionsOf('chutich', stateAt('awaitingApproval'));
    expect(chairman.find((a) => a.action === 'approve')).toMatchObject({
      allowed: false,
      code: 'ACTOR_NOT_PERMITTED',
      reason: expect.stringMatching(/quyền/),
    });
    const clerk = actionsOf('vanthu', stateAt('numbered'));
    expect(clerk.find((a) => a.action === 'issue')).toMatchObject({
      allowed: false,
      code: 'SEAL_MISSING',
      reason: expect.stringMatching(/đóng dấu/),
    });
    // A department that is not the drafter sees the drafter's steps disabled, never enabled.
    const other = actionsOf('taichinh', stateAt('draft'));
    expect(other.map((a) => [a.action, a.allowed])).toEqual([
      ['edit', false],
      ['consultation', false],
      ['submit-for-review', false],
      ['withdraw', false],
    ]);
    // Steps the status does not admit are not listed at all.
    expect(actionsOf('vanthu', stateAt('draft'))).toEqual([]);
  });

  it('refuses a signature whose approval an edit made stale', () => {
    const stale = stateAt('approved', { revision: 2 });
    expect(actionsOf('phochutich', stale).find((a) => a.action === 'sign')).toMatchObject({
      allowed: false,
      code: 'APPROVAL_STALE',
    });
  });

  it('gives each step its inputs and what the dialog must say', () => {
    const signer = actionsOf('phochutich', stateAt('approved'));
    expect(signer.find((a) => a.action === 'sign')).toMatchObject({
      labelKey: 'dondoc.work.actions.sign',
      inputs: [{ name: 'capacity', kind: 'select', required: true, choices: [{ id: 'KT' }] }],
      initial: { capacity: 'KT' },
      notes: { capacity: 'KT.' },
    });
    const drafter = actionsOf('vhxh', stateAt('approved'));
    expect(drafter.find((a) => a.action === 'edit')).toMatchObject({ allowed: true, notes: { voidsApproval: '1' } });
    expect(actionsOf('vanthu', stateAt('signed')).find((a) => a.action === 'number')).toMatchObject({
      notes: { symbol: '125/KH-UBND' },
      inputs: [{ name: 'number', kind: 'number', required: false }],
    });
    expect(actionsOf('vhxh', stateAt('draft')).find((a) => a.action === 'consultation')?.inputs).toEqual([
      { name: 'invitees', kind: 'multiselect', required: true, choices: [{ id: 'org-tc', name: 'Tài chính' }] },
      { name: 'closesOn', kind: 'date', required: true },
    ]);
    expect(
      actionsOf('vhxh', null)
        .find((a) => a.action === 'start')
        ?.inputs.map((i) => i.name),
    ).toEqual(['drafterUnitHeadId', 'formatCheckerId', 'signerId', 'signingCapacity', 'clerkId', 'defaultDueDate']);
  });
});
