import {
  allHandlersFinished,
  condition,
  continueAsNew,
  setHandler,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import {
  acceptTaskUpdate,
  type AcceptTaskInput,
  amendTaskSignal,
  closeTaskSignal,
  type DecideTaskExtensionInput,
  type ReassignTaskInput,
  type ReportTaskProgressInput,
  type RequestTaskExtensionInput,
  type ReturnTaskInput,
  type SubmitTaskInput,
  type AssignedTaskCarried,
  type AssignedTaskInput,
  calendarChangedSignal,
  decideTaskExtensionUpdate,
  type NotificationRequest,
  reassignTaskUpdate,
  reportTaskProgressUpdate,
  requestTaskExtensionUpdate,
  returnTaskUpdate,
  submitTaskUpdate,
  taskStateQuery,
  type TaskActorInput,
  type TaskView,
} from '@dondoc/contracts';
import type { UpdateDefinition } from '@temporalio/common';
import { closeTaskByDocument, DEFAULT_ESCALATION_POLICY, decideTask, type TaskAction, type TaskEffect, taskStatus } from '@dondoc/domain';
import { activities } from '../shared/activities.proxy';
import { invalidInputAsFailure } from '../shared/invalid-input';
import { calendarOf } from '../shared/calendar';
import { chaseMessage, nextPendingStep, recipientOf } from '../shared/chase';
import { historyTooLong } from '../shared/history';
import { nowIso } from '../shared/now';
import { refusal } from '../shared/refusal';
import { actorOrgRefusal } from './actor-org';
import { firstDeadline, initialTaskCarried } from './initial-task';

/**
 * One assigned task (responsibility × owning organisation): the owner reports progress and submits,
 * the supervisor accepts or returns, extensions move the deadline (updatable timer), and the policy's
 * reminders and escalations fire as durable timers until the work is done. Rules live in
 * `decideTask`/`taskStatus`/`scheduleEscalations`; this file wires them to Temporal.
 */
export async function assignedTaskWorkflow(input: AssignedTaskInput): Promise<TaskView> {
  const workflowId = workflowInfo().workflowId;
  const policy = input.policy ?? DEFAULT_ESCALATION_POLICY;
  let calendar = calendarOf(input.carried?.calendarAdditions ?? input.calendarAdditions);
  let s: AssignedTaskCarried;
  if (input.carried) {
    s = input.carried;
  } else {
    const assignedAt = input.assignedAt ?? nowIso();
    const deadline = invalidInputAsFailure(() => firstDeadline(input, assignedAt, calendar));
    s = initialTaskCarried(input, assignedAt, deadline);
  }
  const sent = new Set(s.sentKeys);
  let changed = false;

  const view = (): TaskView => {
    const next = chaseActive() && s.task.dueAt ? nextPendingStep(policy, s.chaseFrom, s.task.dueAt, calendar, sent) : undefined;
    return {
      workflowId,
      planId: input.planId,
      responsibilityId: input.responsibilityId,
      orgId: input.orgId,
      title: input.title,
      role: input.role,
      task: s.task,
      status: taskStatus(s.task, Date.now(), calendar),
      assignedAt: s.assignedAt,
      nextNotificationAt: next ? new Date(next.at).toISOString() : null,
      ...(s.lastReport ? { lastReport: s.lastReport } : {}),
      reportCount: s.reportCount,
      calendarVersion: calendar.version,
      ...(s.dueRuleText ? { dueRuleText: s.dueRuleText } : {}),
      ...(s.coordinatorOrgIds ? { coordinatorOrgIds: s.coordinatorOrgIds } : {}),
    };
  };
  /** The input with the due rule an amending plan set, if any (deadlines are recomputed from it). */
  const ruleInput = (): AssignedTaskInput => ({ ...input, ...(s.dueRule ? { dueRule: s.dueRule } : {}), ...(s.eventDate ? { eventDate: s.eventDate } : {}) });
  // Stop conditions of the policy: done (submitted/accepted) and paused; refused waits for a reassignment.
  const chaseActive = () => s.task.phase === 'open' || s.task.phase === 'returned';
  const project = () => activities.saveProjection({ kind: 'task', view: view() });

  const notifyEffects = async (effects: TaskEffect[]) => {
    for (const e of effects) {
      if (e.type !== 'notify') continue;
      const recipientId = e.to === 'supervisor' ? (s.chain.leaderInChargeId ?? s.chain.unitHeadId ?? null) : s.chain.ownerId;
      if (!recipientId) continue;
      await activities.sendNotification(notification({ key: `${workflowId}:${uuid4()}`, recipientId, audience: e.to === 'supervisor' ? 'supervisor' : 'owner', kind: 'info', messageVi: `${e.messageVi} ("${input.title}")` }));
    }
  };
  const notification = (n: Pick<NotificationRequest, 'key' | 'recipientId' | 'audience' | 'kind' | 'messageVi' | 'note'> & { scheduledFor?: string }): NotificationRequest => ({
    ...n,
    subject: { type: 'task', workflowId },
    scheduledFor: n.scheduledFor ?? nowIso(),
    sentAt: nowIso(),
  });

  /** Registers one human step: the validator runs `decideTask` (refusal → rejected before acceptance); the handler applies it. */
  function step<I extends { actor: TaskActorInput }>(def: UpdateDefinition<TaskView, [I], string>, toAction: (i: NoInfer<I>) => TaskAction, after?: (i: NoInfer<I>) => void) {
    setHandler(
      def,
      async (i: I) => {
        const decision = decideTask(s.task, toAction(i), i.actor, Date.now());
        if (!decision.ok) throw refusal(decision.error);
        const before = s.task;
        s = { ...s, task: decision.next };
        after?.(i);
        if (decision.effects.some((e) => e.type === 'rescheduleEscalations')) s = { ...s, chaseFrom: nowIso() };
        changed = true;
        await activities.recordAudit({ actorId: i.actor.personId, action: `task.${toAction(i).type}`, objectType: 'task', objectId: workflowId, before, after: s.task, at: nowIso() });
        await notifyEffects(decision.effects);
        await project();
        return view();
      },
      {
        validator: (i: I) => {
          const wrongOrg = actorOrgRefusal(toAction(i), i.actor, s.task.ownerUnitId);
          if (wrongOrg) throw refusal(wrongOrg);
          const decision = decideTask(s.task, toAction(i), i.actor, Date.now());
          if (!decision.ok) throw refusal(decision.error);
        },
      },
    );
  }

  step<ReportTaskProgressInput>(reportTaskProgressUpdate, (i) => ({ type: 'reportProgress', progress: i.progress }), (i) => {
    s = {
      ...s,
      reportCount: s.reportCount + 1,
      lastReport: { progress: i.progress, result: i.result, difficulties: i.difficulties, proposals: i.proposals, evidenceFileRefs: i.evidenceFileRefs, reportedBy: i.actor.personId, reportedAt: nowIso() },
    };
  });
  step<SubmitTaskInput>(submitTaskUpdate, (i) => ({ type: 'submit', channel: i.channel, submittedAt: i.submittedAt }), (i) => {
    if (i.result || i.evidenceFileRefs) {
      s = { ...s, reportCount: s.reportCount + 1, lastReport: { progress: 100, result: i.result, evidenceFileRefs: i.evidenceFileRefs, reportedBy: i.actor.personId, reportedAt: nowIso() } };
    }
  });
  step<AcceptTaskInput>(acceptTaskUpdate, () => ({ type: 'accept' }));
  step<ReturnTaskInput>(returnTaskUpdate, (i) => ({ type: 'return', reason: i.reason }));
  step<RequestTaskExtensionInput>(requestTaskExtensionUpdate, (i) => ({ type: 'requestExtension', newDueAt: i.newDueAt, reason: i.reason }));
  step<DecideTaskExtensionInput>(decideTaskExtensionUpdate, (i) => ({ type: 'decideExtension', grant: i.grant, newDueAt: i.newDueAt, reason: i.reason }));
  step<ReassignTaskInput>(reassignTaskUpdate, (i) => ({ type: 'reassign', toUnitId: i.toUnitId, reason: i.reason }), (i) => {
    s = { ...s, chain: i.chain };
  });

  setHandler(taskStateQuery, view);
  // The projection follows at once, so the inbox and calendar show the moved deadline.
  setHandler(calendarChangedSignal, async ({ additions }) => {
    calendar = calendarOf(additions);
    s = { ...s, calendarAdditions: additions };
    // Only a deadline still given by the rule moves; an extension granted by a leader stays as decided.
    if (s.ruleDueAt && s.task.dueAt === s.ruleDueAt) {
      const deadline = invalidInputAsFailure(() => firstDeadline(ruleInput(), s.assignedAt, calendar));
      const ruleDueAt = deadline ? deadline.dueAt.toISOString() : null;
      if (ruleDueAt !== s.task.dueAt) s = { ...s, ruleDueAt, ...(deadline ? { dueRuleText: deadline.ruleText } : {}), task: { ...s.task, dueAt: ruleDueAt }, chaseFrom: nowIso() };
    }
    changed = true;
    await project();
  });

  // A later document ends the task (amendment removed it, plan recalled): history kept, chase stops.
  setHandler(closeTaskSignal, async (c) => {
    const decision = closeTaskByDocument(s.task, c, Date.now());
    if (!decision.ok) {
      await activities.recordAudit({ actorId: c.actorId, action: `task.${c.phase}.ignored`, objectType: 'task', objectId: workflowId, after: { byPlanId: c.byPlanId, code: decision.error.code, phase: s.task.phase }, at: nowIso() });
      return;
    }
    const before = s.task;
    s = { ...s, task: decision.next };
    changed = true;
    await activities.recordAudit({ actorId: c.actorId, action: `task.${c.phase}`, objectType: 'task', objectId: workflowId, before, after: s.task, at: nowIso() });
    await notifyEffects(decision.effects);
    await project();
  });
  // An amending plan changes the rule: the deadline moves like an extension's (updatable timer, chase afresh).
  setHandler(amendTaskSignal, async (a) => {
    if (s.task.phase === 'accepted' || s.task.closure) return;
    const before = s.task;
    if (a.coordinatorOrgIds) s = { ...s, coordinatorOrgIds: a.coordinatorOrgIds };
    if (a.dueRule) {
      const amended: AssignedTaskInput = { ...ruleInput(), dueRule: a.dueRule, ...(a.eventDate ? { eventDate: a.eventDate } : {}) };
      const deadline = invalidInputAsFailure(() => firstDeadline(amended, s.assignedAt, calendar));
      const dueAt = deadline ? deadline.dueAt.toISOString() : null;
      s = { ...s, dueRule: amended.dueRule, ...(a.eventDate ? { eventDate: a.eventDate } : {}), ruleDueAt: dueAt, ...(deadline ? { dueRuleText: deadline.ruleText } : {}), task: { ...s.task, dueAt }, chaseFrom: nowIso() };
    }
    changed = true;
    await activities.recordAudit({ actorId: a.actorId, action: 'task.amend', objectType: 'task', objectId: workflowId, before, after: { ...s.task, byPlanId: a.byPlanId, reason: a.reason, ...(s.coordinatorOrgIds ? { coordinatorOrgIds: s.coordinatorOrgIds } : {}) }, at: nowIso() });
    if (before.dueAt !== s.task.dueAt) {
      const day = s.task.dueAt ? `; hạn mới: ${s.dueRuleText ?? s.task.dueAt}` : '; không còn thời hạn';
      await notifyEffects([{ type: 'notify', to: 'owner', messageVi: `Nhiệm vụ được điều chỉnh theo văn bản ${a.bySymbol ?? ''}${day}`.replace('  ', ' ') }]);
    }
    await project();
  });

  await activities.recordAudit({ actorId: null, action: input.carried ? 'task.continue' : 'task.assign', objectType: 'task', objectId: workflowId, after: s.task, at: nowIso() });
  await project();

  while (s.task.phase !== 'accepted' && !s.task.closure) {
    if (historyTooLong(input.historyLimit)) {
      await condition(allHandlersFinished);
      return continueAsNew<typeof assignedTaskWorkflow>({ ...input, carried: { ...s, sentKeys: [...sent] } });
    }
    const next = chaseActive() && s.task.dueAt ? nextPendingStep(policy, s.chaseFrom, s.task.dueAt, calendar, sent) : undefined;
    changed = false;
    if (next && next.at > Date.now()) {
      // Updatable timer: any change (extension, reassignment, calendar) wakes the loop to recompute.
      if (await condition(() => changed, next.at - Date.now())) continue;
    } else if (!next) {
      await condition(() => changed);
      continue;
    }
    sent.add(next.key);
    const to = recipientOf(next.audience, s.chain);
    const dueAt = s.task.dueAt!;
    if (!to) {
      await activities.recordAudit({ actorId: null, action: 'task.escalation.noRecipient', objectType: 'task', objectId: workflowId, after: { step: next.step.id, audience: next.audience }, at: nowIso() });
      continue;
    }
    await activities.sendNotification(
      notification({ key: `${workflowId}:${next.key}`, recipientId: to.personId, audience: next.audience, kind: next.step.kind, messageVi: chaseMessage(next.step.kind, input.title, dueAt), note: to.note, scheduledFor: new Date(next.at).toISOString() }),
    );
    await project();
  }
  await condition(allHandlersFinished);
  return view();
}
