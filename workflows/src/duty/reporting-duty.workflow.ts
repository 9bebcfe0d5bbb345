import { allHandlersFinished, condition, continueAsNew, setHandler, workflowInfo } from '@temporalio/workflow';
import {
  calendarChangedSignal,
  closeDutySignal,
  type ConsolidateReportsInput,
  consolidateReportsUpdate,
  dutyStateQuery,
  type DutyView,
  type ReportingDutyInput,
  type SubmissionView,
  type SubmitReportInput,
  submitReportUpdate,
} from '@dondoc/contracts';
import { DEFAULT_ESCALATION_POLICY, DomainError, DomainErrorCode, type ReportingPeriod, toIsoDate } from '@dondoc/domain';
import { activities } from '../shared/activities.proxy';
import { invalidInputAsFailure } from '../shared/invalid-input';
import { calendarOf } from '../shared/calendar';
import { chaseMessage, nextPendingStep, recipientOf } from '../shared/chase';
import { historyTooLong } from '../shared/history';
import { nowIso } from '../shared/now';
import { refusal } from '../shared/refusal';
import { dutyPeriods, periodView } from './duty-period';

/**
 * One reporting duty (Decree 09): one run per period. The run opens a submission per reporting
 * organisation, reminds, marks overdue and escalates by the policy, accepts submissions, and lets the
 * standing agency consolidate; then it continues as new with the next period. A `calendarChanged`
 * signal recomputes the open deadline: steps are keyed by deadline, so nothing fires on a stale date.
 */
export async function reportingDutyWorkflow(input: ReportingDutyInput): Promise<DutyView> {
  const workflowId = workflowInfo().workflowId;
  const policy = input.policy ?? DEFAULT_ESCALATION_POLICY;
  const closedPeriods = input.closedPeriods ?? [];
  let calendar = calendarOf(input.calendarAdditions);
  let additions = input.calendarAdditions;
  let periods = invalidInputAsFailure(() => dutyPeriods(input, calendar));
  const index = input.periodIndex ?? 0;
  let period: ReportingPeriod | undefined = periods[index];
  const carried = input.carried?.periodKey === period?.key ? input.carried : undefined;
  const submissions = new Map<string, SubmissionView>(input.reporters.map((r) => [r.orgId, carried?.submissions.find((s) => s.orgId === r.orgId) ?? { orgId: r.orgId, status: 'open' }]));
  let consolidation: DutyView['consolidation'];
  let closure: DutyView['closure'];
  const sent = new Set<string>(carried?.sentKeys ?? []);
  let chaseFrom = carried?.chaseFrom ?? nowIso();
  let changed = false;

  const view = (): DutyView => ({
    workflowId,
    planId: input.planId,
    dutyId: input.dutyId,
    title: input.title,
    period: period ? periodView(period) : null,
    submissions: [...submissions.values()],
    ...(consolidation ? { consolidation } : {}),
    closedPeriods,
    schedule: periods.map((p) => ({ key: p.key, dueDate: toIsoDate(p.deadline.dueDate) })),
    ...(closure ? { closure } : {}),
  });
  const project = () => activities.saveProjection({ kind: 'duty', view: view() });
  const refuse = (vi: string, code = DomainErrorCode.TransitionNotAllowed) => refusal(new DomainError(code, { duty: input.dutyId }, vi));

  const validateSubmission = (i: SubmitReportInput) => {
    if (!period || consolidation || closure || i.periodKey !== period.key) throw refuse(`kỳ báo cáo ${i.periodKey} không mở`);
    const s = submissions.get(i.orgId);
    if (!s) throw refuse('cơ quan không thuộc đối tượng báo cáo', DomainErrorCode.ActorNotPermitted);
    // The API checks the session's organisation first; the workflow does not trust it.
    if (i.actorOrgId !== undefined && i.actorOrgId !== i.orgId) throw refuse('không được nộp báo cáo thay cơ quan khác', DomainErrorCode.ActorNotPermitted);
    if (s.status === 'submitted') throw refuse('cơ quan đã nộp báo cáo kỳ này');
    if (!i.personId) throw refuse('thiếu người nộp báo cáo', DomainErrorCode.ActorNotPermitted);
  };
  setHandler(
    submitReportUpdate,
    async (i) => {
      validateSubmission(i);
      const now = Date.now();
      // A fallback-channel submission (system down) keeps the time it was really made.
      const at = i.channel === 'fallback' && i.submittedAt && Date.parse(i.submittedAt) <= now ? Date.parse(i.submittedAt) : now;
      const s: SubmissionView = {
        orgId: i.orgId,
        status: 'submitted',
        submittedAt: new Date(at).toISOString(),
        submittedBy: i.personId,
        late: at >= period!.deadline.dueAt.getTime(),
        ...(i.figures ? { figures: i.figures } : {}),
        ...(i.narrative ? { narrative: i.narrative } : {}),
        estimate: i.estimate ?? period!.estimate,
        channel: i.channel ?? 'system',
      };
      submissions.set(i.orgId, s);
      changed = true;
      await activities.recordAudit({ actorId: i.personId, action: 'duty.submit', objectType: 'duty', objectId: workflowId, after: { period: period!.key, ...s }, at: nowIso() });
      await project();
      return view();
    },
    { validator: validateSubmission },
  );

  const validateConsolidation = (i: ConsolidateReportsInput) => {
    if (!period || consolidation || closure || i.periodKey !== period.key) throw refuse(`kỳ báo cáo ${i.periodKey} không mở`);
    if (i.orgId !== input.standingAgencyId || i.personId !== input.consolidatorId) throw refuse('chỉ cơ quan thường trực tổng hợp báo cáo', DomainErrorCode.ActorNotPermitted);
    const missing = [...submissions.values()].filter((s) => s.status !== 'submitted');
    if (missing.length && Date.now() < period.deadline.dueAt.getTime()) throw refuse(`chưa hết hạn, còn ${missing.length} cơ quan chưa báo cáo`);
  };
  setHandler(
    consolidateReportsUpdate,
    async (i) => {
      validateConsolidation(i);
      const totals: Record<string, number> = {};
      for (const s of submissions.values()) for (const [k, v] of Object.entries(s.figures ?? {})) totals[k] = (totals[k] ?? 0) + v;
      const missingOrgIds = [...submissions.values()].filter((s) => s.status !== 'submitted').map((s) => s.orgId);
      consolidation = { by: i.personId, at: nowIso(), ...(i.narrative ? { narrative: i.narrative } : {}), totals, missingOrgIds };
      changed = true;
      await activities.recordAudit({ actorId: i.personId, action: 'duty.consolidate', objectType: 'duty', objectId: workflowId, after: { period: period!.key, ...consolidation }, at: nowIso() });
      await project();
      return view();
    },
    { validator: validateConsolidation },
  );

  setHandler(dutyStateQuery, view);
  // The projection follows at once, so the inbox and calendar show the moved deadline.
  setHandler(calendarChangedSignal, async ({ additions: next }) => {
    additions = next;
    calendar = calendarOf(next);
    periods = invalidInputAsFailure(() => dutyPeriods(input, calendar));
    const same = period && periods.find((p) => p.key === period!.key);
    if (period && same && same.deadline.dueAt.getTime() !== period.deadline.dueAt.getTime()) {
      period = same;
      chaseFrom = nowIso();
      // A deadline moved later reopens submissions marked overdue on the stale date.
      for (const [org, s] of submissions) if (s.status === 'overdue' && Date.now() < same.deadline.dueAt.getTime()) submissions.set(org, { orgId: org, status: 'open' });
    } else if (period && same) {
      period = same;
    }
    changed = true;
    if (period) await project();
  });

  // A later document ends the duty (amendment removed it, plan recalled): nothing more is chased; submissions kept.
  setHandler(closeDutySignal, async (c) => {
    if (closure) return;
    closure = { phase: c.phase, byPlanId: c.byPlanId, ...(c.bySymbol ? { bySymbol: c.bySymbol } : {}), reason: c.reason, at: nowIso() };
    changed = true;
    await activities.recordAudit({ actorId: c.actorId, action: `duty.${c.phase}`, objectType: 'duty', objectId: workflowId, after: { period: period?.key ?? null, ...closure }, at: nowIso() });
    await project();
  });

  if (!period) return view();
  await project();

  while (!consolidation && !closure) {
    if (historyTooLong(input.historyLimit)) break;
    const open = () => [...submissions.values()].filter((s) => s.status !== 'submitted');
    const dueAt = period.deadline.dueAt.toISOString();
    const next = open().length ? nextPendingStep(policy, chaseFrom, dueAt, calendar, sent) : undefined;
    changed = false;
    if (next && next.at > Date.now()) {
      if (await condition(() => changed, next.at - Date.now())) continue;
    } else if (!next) {
      await condition(() => changed);
      continue;
    }
    sent.add(next.key);
    for (const s of open()) {
      if (next.step.kind === 'overdue') submissions.set(s.orgId, { ...s, status: 'overdue' });
      const chain = input.reporters.find((r) => r.orgId === s.orgId)!.chain;
      const to = recipientOf(next.audience, chain);
      if (!to) continue;
      await activities.sendNotification({
        key: `${workflowId}:${period.key}:${next.key}:${s.orgId}`,
        recipientId: to.personId,
        audience: next.audience,
        kind: next.step.kind,
        messageVi: chaseMessage(next.step.kind, `${input.title} — kỳ ${period.key} (${s.orgId})`, dueAt),
        ...(to.note ? { note: to.note } : {}),
        subject: { type: 'duty', workflowId },
        scheduledFor: new Date(next.at).toISOString(),
        sentAt: nowIso(),
      });
    }
    await project();
  }

  await condition(allHandlersFinished);
  if (closure) return view();
  if (!consolidation) {
    // History limit inside a period: carry on with the same period in a fresh run.
    return continueAsNew<typeof reportingDutyWorkflow>({
      ...input,
      calendarAdditions: additions,
      periodIndex: index,
      closedPeriods,
      carried: { periodKey: period.key, submissions: [...submissions.values()], sentKeys: [...sent], chaseFrom },
    });
  }
  const closed = [...closedPeriods, period.key];
  if (index + 1 >= periods.length) return { ...view(), closedPeriods: closed };
  const { carried: _done, ...rest } = input;
  return continueAsNew<typeof reportingDutyWorkflow>({ ...rest, calendarAdditions: additions, periodIndex: index + 1, closedPeriods: closed });
}
