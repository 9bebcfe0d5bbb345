import { ActivityFailure, allHandlersFinished, ApplicationFailure, condition, continueAsNew, patched, setHandler, uuid4, workflowInfo } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import {
  applyOrgSealUpdate,
  approveContentUpdate,
  approvePlanUpdate,
  type AssignNumberInput,
  assignNumberUpdate,
  calendarChangedSignal,
  checkFormatUpdate,
  closeConsultationUpdate,
  type EditPlanInput,
  editPlanUpdate,
  type IssuePlanInput,
  issuePlanUpdate,
  type NotificationRequest,
  type PlanAmendmentIssuedInput,
  planAmendmentIssuedSignal,
  type PlanAmendmentRecord,
  planAssignmentsQuery,
  type PlanCarried,
  type PlanLifecycleInput,
  planStateQuery,
  type PlanStepInput,
  type PlanView,
  type RecallPlanInput,
  recallPlanUpdate,
  replyConsultationUpdate,
  type ReturnPlanInput,
  returnForRevisionUpdate,
  type SignPlanInput,
  signPlanUpdate,
  type StartConsultationInput,
  startConsultationUpdate,
  submitForReviewUpdate,
  type WithdrawPlanInput,
  withdrawPlanUpdate,
} from '@dondoc/contracts';
import {
  decide,
  DomainError,
  DomainErrorCode,
  localDateOf,
  type PlanAction,
  type PlanActor,
  type PlanEffect,
  PLAN_STATUS_LABELS,
} from '@dondoc/domain';
import { activities } from '../shared/activities.proxy';
import { calendarOf } from '../shared/calendar';
import { historyTooLong } from '../shared/history';
import { nowIso } from '../shared/now';
import { refusal, refusalOf } from '../shared/refusal';
import { applyAmendment, closeAll, signalIfRunning } from './plan-amendment';
import { startPlanChildren } from './plan-children';
import { numberingDeadline } from './plan-deadlines';
import { nextPlanTimer } from './plan-timers';

/**
 * One plan's Decree 30 lifecycle: draft → (consultation) → content review → format check → approval
 * by the future signer → signing → numbering → issuance, which starts the plan's task and duty
 * workflows. Every human step is an update whose validator runs the pure `decide(...)`; the handler
 * applies the transition and records audit, notifications and the projection. Each new revision
 * continues as new, so histories stay small.
 */
export async function planLifecycleWorkflow(input: PlanLifecycleInput): Promise<PlanView> {
  const workflowId = workflowInfo().workflowId;
  if (input.duties.length && !input.planPeriod) {
    throw ApplicationFailure.nonRetryable('Nhiệm vụ báo cáo cần thời gian thực hiện kế hoạch (planPeriod)', 'INVALID_INPUT');
  }
  let calendar = calendarOf(input.calendarAdditions);
  let state = input.lifecycle;
  const startRevision = state.revision;
  const carried: PlanCarried = input.carried ?? { replies: [], returns: [], sentKeys: [], warnings: [] };
  let { replies, returns, warnings } = carried;
  let consultationFrom = carried.consultationStartedAt ?? nowIso();
  const sent = new Set(carried.sentKeys);
  let recipients: string[] | undefined = carried.issued?.recipients;
  let children = { taskWorkflowIds: carried.issued?.taskWorkflowIds ?? [], dutyWorkflowIds: carried.issued?.dutyWorkflowIds ?? [] };
  // What the issued plan has in force; amendments replace them.
  let responsibilities = input.responsibilities;
  let duties = input.duties;
  let amendments: PlanAmendmentRecord[] = carried.issued?.amendments ?? [];
  let changed = false;
  let busy = false;

  const view = (): PlanView => ({
    workflowId,
    planId: input.planId,
    title: input.title,
    lifecycle: state,
    statusLabel: PLAN_STATUS_LABELS[state.status],
    replies,
    returns: [...returns].reverse().slice(0, 10),
    ...(state.signature && state.status === 'signed' ? { numberingDueAt: new Date(numberingDeadline(state.signature.at, calendar).dueAt).toISOString() } : {}),
    ...(recipients ? { recipients } : {}),
    warnings,
    ...children,
    ...(input.amends ? { amends: input.amends } : {}),
    ...(amendments.length ? { amendments } : {}),
  });
  const check = (action: PlanAction, actor: PlanActor) => {
    const d = decide(state, action, actor, Date.now(), { calendar });
    if (!d.ok) throw refusal(d.error);
    return d;
  };
  const send = (n: Omit<NotificationRequest, 'subject' | 'sentAt' | 'scheduledFor'> & { scheduledFor?: string }) =>
    activities.sendNotification({ ...n, subject: { type: 'plan', workflowId }, scheduledFor: n.scheduledFor ?? nowIso(), sentAt: nowIso() });

  const carryOut = async (effects: PlanEffect[]) => {
    for (const e of effects) {
      if (e.type === 'warning') warnings = [...warnings, e.messageVi];
      if (e.type !== 'notify') continue;
      const to =
        e.to === 'invitees' ? (state.consultation?.invitees ?? []) : e.to === 'recipients' ? (recipients ?? []) : e.to === 'signer' ? [state.signerId] : [input.people[e.to]].filter((p): p is string => !!p);
      const audience = e.to === 'invitees' ? 'invitee' : e.to === 'recipients' ? 'recipient' : e.to;
      for (const recipientId of to) await send({ key: `${workflowId}:${uuid4()}`, recipientId, audience, kind: 'info', messageVi: `${e.messageVi} — ${input.title}` });
    }
  };

  /** Runs handlers one at a time (numbering awaits the register before deciding). */
  const exclusive = async <T>(fn: () => Promise<T>): Promise<T> => {
    await condition(() => !busy);
    busy = true;
    try {
      return await fn();
    } finally {
      busy = false;
    }
  };

  /** Applies an accepted action (decided again: an earlier handler may have changed the state since validation). */
  const apply = async (action: PlanAction, actor: PlanActor, afterApply?: () => Promise<void> | void, detail?: Record<string, unknown>): Promise<PlanView> => {
    const d = check(action, actor);
    const before = state;
    state = d.next;
    changed = true;
    await afterApply?.();
    await activities.recordAudit({ actorId: actor.personId, actingForId: actor.actingForId ?? null, action: `plan.${action.type}`, objectType: 'plan', objectId: workflowId, before, after: action.type === 'issue' ? { ...state, recipients, ...children } : { ...state, ...detail }, at: nowIso() });
    await carryOut(d.effects);
    await activities.saveProjection({ kind: 'plan', view: view() });
    return view();
  };

  /** Registers a human step: validator = the pure transition table; handler = apply under the lock. */
  function step<I extends PlanStepInput>(def: UpdateDefinition<PlanView, [I], string>, toAction: (i: NoInfer<I>) => PlanAction, afterApply?: (i: NoInfer<I>) => Promise<void> | void) {
    setHandler(def, (i: I) => exclusive(() => apply(toAction(i), i.actor, afterApply && (() => afterApply(i)))), { validator: (i: I) => void check(toAction(i), i.actor) });
  }

  // An edit carries the new revision's title and assignment matrix (the next run tracks them) and its summary for the audit trail.
  setHandler(
    editPlanUpdate,
    (i: EditPlanInput) =>
      exclusive(() =>
        apply(
          { type: 'edit' },
          i.actor,
          () => {
            if (i.title) input.title = i.title;
            if (i.responsibilities) input.responsibilities = responsibilities = i.responsibilities;
          },
          { summary: i.summary, ...(i.contentRevision ? { contentRevision: i.contentRevision } : {}) },
        ),
      ),
    { validator: (i: EditPlanInput) => void check({ type: 'edit' }, i.actor) },
  );
  step<StartConsultationInput>(startConsultationUpdate, (i) => ({ type: 'startConsultation', invitees: i.invitees, closesAt: i.closesAt }), () => {
    replies = [];
    consultationFrom = nowIso();
  });
  step<PlanStepInput>(closeConsultationUpdate, () => ({ type: 'closeConsultation' }));
  step<PlanStepInput>(submitForReviewUpdate, () => ({ type: 'submitForReview' }));
  step<PlanStepInput>(approveContentUpdate, () => ({ type: 'approveContent' }));
  step<PlanStepInput>(checkFormatUpdate, () => ({ type: 'checkFormat' }));
  step<ReturnPlanInput>(returnForRevisionUpdate, (i) => ({ type: 'returnForRevision', reason: i.reason }), (i) => {
    returns = [...returns, { revision: state.revision, by: i.actor.personId, at: nowIso(), reason: i.reason, ...(i.comments ? { comments: i.comments } : {}) }].slice(-10);
  });
  step<PlanStepInput>(approvePlanUpdate, () => ({ type: 'approve' }));
  step<SignPlanInput>(signPlanUpdate, (i) => ({ type: 'sign', capacity: i.capacity, authority: i.authority }));
  step<PlanStepInput>(applyOrgSealUpdate, () => ({ type: 'applyOrgSeal' }));
  step<WithdrawPlanInput>(withdrawPlanUpdate, (i) => ({ type: 'withdraw', reason: i.reason }));
  // Recall ("thu hồi") by the signer: open tasks and duties close as recalled, their history kept.
  step<RecallPlanInput>(recallPlanUpdate, (i) => ({ type: 'recall', reason: i.reason }), async (i) => {
    const { finished } = await closeAll(children, { phase: 'recalled', byPlanId: input.planId, ...(state.number ? { bySymbol: state.number.symbol } : {}), reason: i.reason, actorId: i.actor.personId });
    if (finished.length) warnings = [...warnings, `Thu hồi: ${finished.length} nhiệm vụ/chế độ báo cáo đã kết thúc trước đó, giữ nguyên kết quả`];
  });

  // Numbering: reserve from the agency's register for the year (only after signature: the validator
  // refuses earlier), then decide with that number.
  setHandler(
    assignNumberUpdate,
    (i: AssignNumberInput) =>
      exclusive(async () => {
        check({ type: 'assignNumber', number: i.number }, i.actor);
        const year = localDateOf(new Date(Date.now())).year;
        const number = await activities
          .reserveDocumentNumber({ agencyId: state.issuingAgencyId, year, requested: i.number, reservationKey: `${workflowId}:r${state.revision}:${i.number ?? 'next'}` })
          .catch((e: unknown) => {
            // The register's business refusal (number used or voided) reaches the clerk as a refusal, not a crash.
            const cause = e instanceof ActivityFailure ? e.cause : undefined;
            if (cause instanceof ApplicationFailure && cause.nonRetryable) throw refusalOf(cause.type ?? 'REGISTER_REFUSED', cause.message);
            throw e;
          });
        return apply({ type: 'assignNumber', number }, i.actor);
      }),
    { validator: (i: AssignNumberInput) => void check({ type: 'assignNumber', number: i.number }, i.actor) },
  );

  // Issuance: recipients recorded, then the plan's tasks and duties start.
  setHandler(
    issuePlanUpdate,
    (i: IssuePlanInput) =>
      exclusive(() =>
        apply({ type: 'issue', urgent: i.urgent }, i.actor, async () => {
          recipients = i.recipients;
          if (input.amends) {
            // An amending plan starts nothing itself: the amended plan's workflow applies the difference.
            const amendment: PlanAmendmentIssuedInput = {
              amendingPlanId: input.planId,
              ...(state.number ? { bySymbol: state.number.symbol } : {}),
              reason: input.amends.reason,
              actorId: state.signature?.by ?? null,
              responsibilities: input.responsibilities,
              duties: input.duties,
              issuedOn: localDateOf(new Date(Date.now())),
            };
            if (!(await signalIfRunning(input.amends.workflowId, planAmendmentIssuedSignal, amendment))) {
              warnings = [...warnings, `Không áp dụng được sửa đổi: quy trình của kế hoạch được sửa đổi (${input.amends.symbol ?? input.amends.planId}) không còn hoạt động`];
            }
          } else {
            children = await startPlanChildren(input, localDateOf(new Date(Date.now())), nowIso());
          }
        }),
      ),
    {
      validator: (i: IssuePlanInput) => {
        check({ type: 'issue', urgent: i.urgent }, i.actor);
        if (i.recipients.length === 0) throw refusal(new DomainError(DomainErrorCode.TransitionNotAllowed, { action: 'issue' }, 'chưa có nơi nhận'));
      },
    },
  );

  // An invitee's reply in the consultation round (not a lifecycle transition; checked here).
  setHandler(
    replyConsultationUpdate,
    async (i) => {
      replies = [...replies, { orgId: i.orgId, personId: i.personId, comment: i.comment, at: nowIso() }];
      changed = true;
      await activities.recordAudit({ actorId: i.personId, action: 'plan.consultation.reply', objectType: 'plan', objectId: workflowId, after: { orgId: i.orgId, comment: i.comment }, at: nowIso() });
      await activities.saveProjection({ kind: 'plan', view: view() });
      return view();
    },
    {
      validator: (i) => {
        if (state.status !== 'consultation') throw refusal(new DomainError(DomainErrorCode.TransitionNotAllowed, { action: 'reply', status: state.status }, 'không trong thời gian lấy ý kiến'));
        if (!state.consultation?.invitees.includes(i.orgId)) throw refusal(new DomainError(DomainErrorCode.ActorNotPermitted, { orgId: i.orgId }, 'cơ quan không được lấy ý kiến'));
        if (!i.comment.trim()) throw refusal(new DomainError(DomainErrorCode.ReasonRequired, { orgId: i.orgId }, 'ý kiến góp ý trống'));
      },
    },
  );
  setHandler(planStateQuery, view);
  // An announced swap: the numbering deadline follows it, and so do the tasks and duties started
  // later and the next run, which all take `input.calendarAdditions`.
  setHandler(calendarChangedSignal, ({ additions }) => {
    input.calendarAdditions = additions;
    calendar = calendarOf(additions);
    changed = true;
  });
  setHandler(planAssignmentsQuery, () => ({ responsibilities, duties, ...(input.planPeriod ? { planPeriod: input.planPeriod } : {}) }));

  // An amending plan was issued: apply the difference to this plan's tasks and duties.
  setHandler(planAmendmentIssuedSignal, (a) =>
    exclusive(async () => {
      if (state.status !== 'issued') {
        await activities.recordAudit({ actorId: a.actorId, action: 'plan.amend.ignored', objectType: 'plan', objectId: workflowId, after: { byPlanId: a.amendingPlanId, status: state.status }, at: nowIso() });
        return;
      }
      const applied = await applyAmendment(input, { responsibilities, duties }, a);
      const before = { responsibilities: responsibilities.length, duties: duties.length };
      responsibilities = applied.responsibilities;
      duties = applied.duties;
      children = {
        taskWorkflowIds: [...new Set([...children.taskWorkflowIds, ...applied.record.started])],
        dutyWorkflowIds: [...new Set([...children.dutyWorkflowIds, ...applied.record.dutiesStarted])],
      };
      amendments = [...amendments, applied.record];
      changed = true;
      await activities.recordAudit({ actorId: a.actorId, action: 'plan.amend', objectType: 'plan', objectId: workflowId, before, after: applied.record, at: nowIso() });
      await activities.saveProjection({ kind: 'plan', view: view() });
    }),
  );

  const nextTimer = () => nextPlanTimer({ workflowId, input, state, replies, consultationFrom, calendar, sent });

  await activities.recordAudit({ actorId: null, action: input.carried?.issued ? 'plan.continue' : input.carried ? 'plan.revision' : 'plan.start', objectType: 'plan', objectId: workflowId, after: state, at: nowIso() });
  await activities.saveProjection({ kind: 'plan', view: view() });

  while (state.status !== 'issued' && state.status !== 'withdrawn') {
    if (state.revision !== startRevision || historyTooLong(input.historyLimit)) {
      // A new revision starts a fresh history; approvals were voided by `decide` already.
      await condition(allHandlersFinished);
      return continueAsNew<typeof planLifecycleWorkflow>({ ...input, lifecycle: state, carried: { replies, returns, sentKeys: [...sent].slice(-50), warnings, consultationStartedAt: consultationFrom } });
    }
    const next = nextTimer();
    changed = false;
    if (next && next.at > Date.now()) {
      if (await condition(() => changed, next.at - Date.now())) continue;
    } else if (!next) {
      await condition(() => changed);
      continue;
    }
    sent.add(next.key);
    for (const n of next.notices) await send({ ...n, scheduledFor: new Date(next.at).toISOString() });
  }
  // An issued plan stays open for its recall and amendments (runs issued before this change completed here).
  if (state.status === 'issued' && patched(ISSUED_PLAN_STAYS_OPEN)) {
    while (state.status === 'issued') {
      if (historyTooLong(input.historyLimit)) {
        await condition(allHandlersFinished);
        return continueAsNew<typeof planLifecycleWorkflow>({
          ...input,
          responsibilities,
          duties,
          lifecycle: state,
          carried: { replies, returns, sentKeys: [...sent].slice(-50), warnings, consultationStartedAt: consultationFrom, issued: { recipients: recipients ?? [], ...children, amendments } },
        });
      }
      changed = false;
      await condition(() => changed);
    }
  }
  await condition(allHandlersFinished);
  return view();
}

/** Patch id: issued plans wait for recall and amendments instead of completing at issuance. */
const ISSUED_PLAN_STAYS_OPEN = 'issued-plan-stays-open';
