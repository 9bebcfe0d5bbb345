import { getExternalWorkflowHandle } from '@temporalio/workflow';
import type { SignalDefinition } from '@temporalio/common';
import {
  amendTaskSignal,
  type CloseByDocumentInput,
  closeDutySignal,
  closeTaskSignal,
  dutyWorkflowId,
  type DutySpec,
  type PlanAmendmentIssuedInput,
  type PlanAmendmentRecord,
  type PlanLifecycleInput,
  type ResponsibilitySpec,
  taskWorkflowId,
} from '@dondoc/contracts';
import { diffDuties, diffResponsibilities } from '@dondoc/domain';
import { nowIso } from '../shared/now';
import { startDuty, startTask } from './plan-children';

/** Signals a task or duty; false when it is gone (finished, e.g. accepted work) instead of failing the plan. */
export async function signalIfRunning<A>(workflowId: string, def: SignalDefinition<[A], string>, arg: A): Promise<boolean> {
  try {
    await getExternalWorkflowHandle(workflowId).signal(def, arg);
    return true;
  } catch {
    return false;
  }
}

/** Closes every task and duty of an issued plan (recall): those already finished are left as they are. */
export async function closeAll(ids: { taskWorkflowIds: string[]; dutyWorkflowIds: string[] }, close: CloseByDocumentInput): Promise<{ closed: string[]; finished: string[] }> {
  const closed: string[] = [];
  const finished: string[] = [];
  for (const id of ids.taskWorkflowIds) ((await signalIfRunning(id, closeTaskSignal, close)) ? closed : finished).push(id);
  for (const id of ids.dutyWorkflowIds) ((await signalIfRunning(id, closeDutySignal, close)) ? closed : finished).push(id);
  return { closed, finished };
}

/**
 * Applies an issued amending plan to the plan in force (Decree 30 Art. 18: a content change after
 * issuance is a new document that amends the old one). The difference of the responsibilities per
 * task: removed tasks close as superseded (history and evidence kept), added ones start, a changed
 * due rule moves the deadline through the task's updatable timer, changed coordinators are recorded
 * on the task. Duties: removed ones end, added ones start; a duty whose rule changed keeps running
 * under its rule and the record says so. Returns what was done and the assignments now in force.
 */
export async function applyAmendment(
  input: PlanLifecycleInput,
  current: { responsibilities: ResponsibilitySpec[]; duties: DutySpec[] },
  a: PlanAmendmentIssuedInput,
): Promise<{ record: PlanAmendmentRecord; responsibilities: ResponsibilitySpec[]; duties: DutySpec[] }> {
  const record: PlanAmendmentRecord = {
    byPlanId: a.amendingPlanId,
    ...(a.bySymbol ? { bySymbol: a.bySymbol } : {}),
    reason: a.reason,
    at: nowIso(),
    started: [],
    superseded: [],
    moved: [],
    coordinatorsChanged: [],
    dutiesStarted: [],
    dutiesEnded: [],
    notes: [],
  };
  const close: CloseByDocumentInput = { phase: 'superseded', byPlanId: a.amendingPlanId, ...(a.bySymbol ? { bySymbol: a.bySymbol } : {}), reason: a.reason, actorId: a.actorId };
  const tasks = diffResponsibilities(current.responsibilities, a.responsibilities);
  for (const r of tasks.removed) {
    const id = taskWorkflowId(input.planId, r.responsibilityId, r.orgId);
    if (await signalIfRunning(id, closeTaskSignal, close)) record.superseded.push(id);
    else record.notes.push(`Nhiệm vụ ${id} đã kết thúc trước khi sửa đổi, giữ nguyên kết quả`);
  }
  for (const c of tasks.changed) {
    const id = taskWorkflowId(input.planId, c.responsibilityId, c.orgId);
    const ok = await signalIfRunning(id, amendTaskSignal, {
      byPlanId: a.amendingPlanId,
      ...(a.bySymbol ? { bySymbol: a.bySymbol } : {}),
      reason: a.reason,
      actorId: a.actorId,
      ...(c.dueRuleChanged ? { dueRule: c.after.dueRule, eventDate: a.issuedOn } : {}),
      ...(c.coordinatorsChanged ? { coordinatorOrgIds: [...(c.after.coordinatorOrgIds ?? [])] } : {}),
    });
    if (!ok) record.notes.push(`Nhiệm vụ ${id} đã kết thúc trước khi sửa đổi, giữ nguyên kết quả`);
    else {
      if (c.dueRuleChanged) record.moved.push(id);
      if (c.coordinatorsChanged) record.coordinatorsChanged.push(id);
    }
  }
  for (const r of tasks.added) {
    const lead = r.responsibility.leads.find((l) => l.orgId === r.orgId)!;
    record.started.push(await startTask(input, r.responsibility, lead, a.issuedOn, nowIso()));
  }

  const duties = diffDuties(current.duties, a.duties);
  for (const d of duties.removed) {
    const id = dutyWorkflowId(input.planId, d.dutyId);
    if (await signalIfRunning(id, closeDutySignal, close)) record.dutiesEnded.push(id);
    else record.notes.push(`Chế độ báo cáo ${id} đã kết thúc trước khi sửa đổi`);
  }
  for (const d of duties.added) record.dutiesStarted.push(await startDuty(input, d));
  for (const c of duties.changed) record.notes.push(`Chế độ báo cáo "${c.before.title}" thay đổi theo văn bản sửa đổi: tiếp tục theo quy định cũ, cần khởi tạo lại`);
  // Duties whose rule changed keep their running rule, so a later amendment diffs against what runs.
  const kept = new Map(duties.changed.map((c) => [c.before.dutyId, c.before]));
  return { record, responsibilities: a.responsibilities, duties: a.duties.map((d) => kept.get(d.dutyId) ?? d) };
}
