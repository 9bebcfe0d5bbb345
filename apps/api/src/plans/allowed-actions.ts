import {
  decide,
  DomainError,
  DomainErrorCode,
  type PlanAction,
  type PlanActor,
  type PlanLifecycleState,
  PLAN_TRANSITIONS,
  type SigningAuthority,
  SIGNING_CAPACITY_PREFIX,
  type SigningCapacity,
} from '@dondoc/domain';
import type { ActionChoice, ActionInput, AllowedPlanAction, PlanStepKey } from '@dondoc/contracts';

export type { ActionChoice, ActionInput, AllowedPlanAction, AllowedPlanActions, PlanStepKey } from '@dondoc/contracts';

/** The workflow facts the computation needs (live state from the planState query, or the last projection). */
export interface PlanWorkflowFacts {
  lifecycle: PlanLifecycleState;
  actor: PlanActor;
  /** The caller's recorded signing authority for the issuer (looked up when a signature is due). */
  authority: SigningAuthority | null;
}

/** Everything `allowedPlanActions` reads (plain data: the service loads it). */
export interface AllowedActionsInput {
  /** `plans.status` (only a draft may enter the lifecycle). */
  planStatus: string;
  permissions: readonly string[];
  organisationId: string;
  workflow: PlanWorkflowFacts | null;
  now: Date;
  choices: { leaders: ActionChoice[]; clerks: ActionChoice[]; organisations: ActionChoice[]; responsibilities?: ActionChoice[] };
  /** The number the clerk would give now, "125/KH-UBND" (from the register). */
  nextSymbol?: string;
}

const CAPACITIES: SigningCapacity[] = ['KT', 'TM', 'TUQ', 'TL', 'Q', 'head'];
const capacityChoices = (only?: SigningCapacity): ActionChoice[] =>
  (only ? [only] : CAPACITIES).map((c) => ({ id: c, name: `dondoc.work.capacities.${c}` }));

const reason: ActionInput = { name: 'reason', kind: 'multiline', required: true };

/** The route permission of each step (the same as `plan-actions.controller.ts` declares). */
const PERMISSION: Readonly<Record<PlanStepKey, string>> = {
  start: 'plans.draft',
  edit: 'plans.draft',
  consultation: 'plans.draft',
  'consultation/reply': 'plans.comment',
  'consultation/close': 'plans.draft',
  'submit-for-review': 'plans.draft',
  'review-approve': 'plans.review',
  'review-return': 'plans.review',
  approve: 'plans.approve',
  sign: 'plans.sign',
  number: 'plans.register',
  seal: 'plans.register',
  issue: 'plans.issue',
  withdraw: 'plans.draft',
  recall: 'plans.sign',
  // Decree 30: a department drafts the amending plan, the leader may commission it (both hold it).
  amend: 'plans.amend',
};

const LABEL: Readonly<Record<PlanStepKey, string>> = {
  start: 'dondoc.plan_page.actions.start',
  edit: 'dondoc.plan_page.actions.edit',
  consultation: 'dondoc.plan_page.actions.start_consultation',
  'consultation/reply': 'dondoc.plan_page.actions.reply',
  'consultation/close': 'dondoc.work.actions.close_consultation',
  'submit-for-review': 'dondoc.work.actions.submit_for_review',
  'review-approve': 'dondoc.work.actions.review_approve',
  'review-return': 'dondoc.work.actions.review_return',
  approve: 'dondoc.work.actions.approve',
  sign: 'dondoc.work.actions.sign',
  number: 'dondoc.work.actions.number',
  seal: 'dondoc.work.actions.seal',
  issue: 'dondoc.work.actions.issue',
  withdraw: 'dondoc.work.actions.withdraw',
  recall: 'dondoc.plan_page.actions.recall',
  amend: 'dondoc.plan_page.actions.amend',
};

/** Steps in the order the page shows them. */
const ORDER: PlanStepKey[] = [
  'start',
  'consultation/reply',
  'edit',
  'consultation',
  'consultation/close',
  'submit-for-review',
  'review-approve',
  'approve',
  'sign',
  'number',
  'seal',
  'issue',
  'review-return',
  'withdraw',
  'recall',
  'amend',
];

/**
 * The steps of a plan for the caller, decided by the domain: each candidate step is run through
 * `decide` with the caller as actor against the plan's current lifecycle state, with stand-in
 * inputs (a reason, one invitee, the signer's recorded authority), so only what the person types
 * can still be refused. A step is listed when the caller holds its route permission and the plan's
 * status admits it; refused ones carry the Vietnamese reason (the console shows them disabled).
 */
export function allowedPlanActions(input: AllowedActionsInput): AllowedPlanAction[] {
  const can = (step: PlanStepKey) => input.permissions.includes(PERMISSION[step]);
  const out: AllowedPlanAction[] = [];
  const wf = input.workflow;
  for (const step of ORDER) {
    if (!can(step)) continue;
    const outcome = wf ? judge(step, wf, input) : judgeUnstarted(step, input);
    if (!outcome) continue;
    out.push({
      action: step,
      labelKey: LABEL[step],
      ...outcome,
      inputs: inputsOf(step, input, wf),
      ...initialOf(step, wf),
      ...notesOf(step, input, wf),
    });
  }
  return out;
}

type Outcome = Pick<AllowedPlanAction, 'allowed' | 'code' | 'reason'>;
const refusedBy = (e: DomainError): Outcome => ({ allowed: false, code: e.code, reason: e.messageVi });

/** Before the lifecycle: only a draft may be started; nothing else applies. */
function judgeUnstarted(step: PlanStepKey, input: AllowedActionsInput): Outcome | null {
  if (step !== 'start') return null;
  if (input.planStatus !== 'draft') return null;
  return { allowed: true };
}

/** A step against the running (or last known) lifecycle; null when the status does not admit it at all. */
function judge(step: PlanStepKey, wf: PlanWorkflowFacts, input: AllowedActionsInput): Outcome | null {
  const state = wf.lifecycle;
  if (step === 'start') return null;
  if (step === 'consultation/reply') {
    // Not a lifecycle transition: the workflow's validator checks the status and the invitation.
    if (state.status !== 'consultation') return null;
    if (!state.consultation?.invitees.includes(input.organisationId))
      return refusedBy(new DomainError(DomainErrorCode.ActorNotPermitted, {}, 'cơ quan không được lấy ý kiến'));
    return { allowed: true };
  }
  const action = candidate(step, wf);
  if (!action) return null;
  if (!PLAN_TRANSITIONS[action.type].from.includes(state.status)) return null;
  const decision = decide(state, action, wf.actor, input.now);
  return decision.ok ? { allowed: true } : refusedBy(decision.error);
}

/** The domain action a step stands for, with stand-in inputs that pass the input checks. */
function candidate(step: PlanStepKey, wf: PlanWorkflowFacts): PlanAction | null {
  const status = wf.lifecycle.status;
  switch (step) {
    case 'edit':
      return { type: 'edit' };
    case 'consultation':
      return { type: 'startConsultation', invitees: ['?'], closesAt: '2999-01-01T00:00:00.000Z' };
    case 'consultation/close':
      return { type: 'closeConsultation' };
    case 'submit-for-review':
      return { type: 'submitForReview' };
    case 'review-approve':
      // One route for both checks: the plan's stage says which one.
      return status === 'formatCheck' ? { type: 'checkFormat' } : { type: 'approveContent' };
    case 'review-return':
      return { type: 'returnForRevision', reason: '?' };
    case 'approve':
      return { type: 'approve' };
    case 'sign':
      return {
        type: 'sign',
        capacity: wf.authority?.capacity ?? 'head',
        ...(wf.authority ? { authority: wf.authority } : {}),
      };
    case 'number':
      return { type: 'assignNumber' };
    case 'seal':
      return { type: 'applyOrgSeal' };
    case 'issue':
      return { type: 'issue' };
    case 'withdraw':
      return { type: 'withdraw', reason: '?' };
    case 'recall':
      return { type: 'recall', reason: '?' };
    case 'amend':
      // Decree 30 Art. 18: an issued plan changes only through a new document that amends it.
      return { type: 'requestAmendment', kind: 'amend', reason: '?' };
    case 'start':
    case 'consultation/reply':
      return null;
  }
}

function inputsOf(step: PlanStepKey, input: AllowedActionsInput, wf: PlanWorkflowFacts | null): ActionInput[] {
  const { leaders, clerks, organisations } = input.choices;
  switch (step) {
    case 'start':
      return [
        { name: 'drafterUnitHeadId', kind: 'select', required: true, choices: leaders },
        { name: 'formatCheckerId', kind: 'select', required: true, choices: leaders },
        { name: 'signerId', kind: 'select', required: true, choices: leaders },
        { name: 'signingCapacity', kind: 'select', required: true, choices: capacityChoices() },
        { name: 'clerkId', kind: 'select', required: false, choices: clerks },
        { name: 'defaultDueDate', kind: 'date', required: false },
      ];
    case 'edit':
      return [{ name: 'summary', kind: 'multiline', required: true }];
    case 'consultation':
      return [
        { name: 'invitees', kind: 'multiselect', required: true, choices: organisations },
        { name: 'closesOn', kind: 'date', required: true },
      ];
    case 'consultation/reply':
      return [{ name: 'comment', kind: 'multiline', required: true }];
    case 'review-return':
      return [reason, { name: 'comment', kind: 'multiline', required: false }];
    case 'sign':
      return [{ name: 'capacity', kind: 'select', required: true, choices: capacityChoices(wf?.authority?.capacity) }];
    case 'number':
      return [{ name: 'number', kind: 'number', required: false }];
    case 'issue':
      return [{ name: 'recipients', kind: 'multiline', required: true }];
    case 'withdraw':
    case 'recall':
      return [reason];
    case 'amend':
      return [
        reason,
        { name: 'drafterUnitHeadId', kind: 'select', required: true, choices: leaders },
        { name: 'formatCheckerId', kind: 'select', required: true, choices: leaders },
        { name: 'signerId', kind: 'select', required: true, choices: leaders },
        { name: 'responsibilityId', kind: 'select', required: true, choices: input.choices.responsibilities ?? [] },
        { name: 'dueDate', kind: 'date', required: true },
      ];
    case 'consultation/close':
    case 'submit-for-review':
    case 'review-approve':
    case 'approve':
    case 'seal':
      return [];
  }
}

function initialOf(step: PlanStepKey, wf: PlanWorkflowFacts | null): Pick<AllowedPlanAction, 'initial'> {
  if (step === 'sign' && wf?.authority) return { initial: { capacity: wf.authority.capacity } };
  if (step === 'start') return { initial: { signingCapacity: 'KT' } };
  if (step === 'issue') return { initial: { recipients: 'Như trên;\nLưu: VT.' } };
  return {};
}

function notesOf(
  step: PlanStepKey,
  input: AllowedActionsInput,
  wf: PlanWorkflowFacts | null,
): Pick<AllowedPlanAction, 'notes'> {
  const l = wf?.lifecycle;
  // An edit after approval voids it (Decree 30 Art. 11): say so before the person confirms.
  if (step === 'edit' && l?.approval) return { notes: { voidsApproval: String(l.approval.revision) } };
  if (step === 'number' && input.nextSymbol) return { notes: { symbol: input.nextSymbol } };
  if (step === 'sign' && wf?.authority)
    return { notes: { capacity: SIGNING_CAPACITY_PREFIX[wf.authority.capacity] || '' } };
  return {};
}
