import { ParentClosePolicy, startChild } from '@temporalio/workflow';
import { type AssignedTaskInput, dutyWorkflowId, type DutySpec, type PlanLifecycleInput, type ReportingDutyInput, type ResponsibilityOwner, type ResponsibilitySpec, taskWorkflowId, WORKFLOW_TYPES } from '@dondoc/contracts';
import type { LocalDate } from '@dondoc/domain';

/**
 * At issuance: one task workflow per responsibility × lead organisation and one duty workflow per
 * reporting duty, abandoned on close so they outlive the plan's lifecycle workflow. Relative due
 * rules count from the issue day. Returns the started workflow ids.
 */
export async function startPlanChildren(input: PlanLifecycleInput, issuedOn: LocalDate, assignedAt: string): Promise<{ taskWorkflowIds: string[]; dutyWorkflowIds: string[] }> {
  const taskWorkflowIds: string[] = [];
  const dutyWorkflowIds: string[] = [];
  for (const r of input.responsibilities) {
    for (const lead of r.leads) taskWorkflowIds.push(await startTask(input, r, lead, issuedOn, assignedAt));
  }
  for (const d of input.duties) dutyWorkflowIds.push(await startDuty(input, d));
  return { taskWorkflowIds, dutyWorkflowIds };
}

/** Starts the task of one lead organisation of a responsibility (at issuance, or added by an amendment). */
export async function startTask(input: PlanLifecycleInput, r: ResponsibilitySpec, lead: ResponsibilityOwner, issuedOn: LocalDate, assignedAt: string): Promise<string> {
  const args: AssignedTaskInput = {
    planId: input.planId,
    responsibilityId: r.responsibilityId,
    orgId: lead.orgId,
    title: r.title,
    role: 'lead',
    coordinatorOrgIds: r.coordinatorOrgIds ?? [],
    dueRule: r.dueRule,
    ...(input.planPeriod ? { planPeriod: input.planPeriod } : {}),
    eventDate: issuedOn,
    chain: lead.chain,
    assignedAt,
    ...(input.policy ? { policy: input.policy } : {}),
    ...(input.calendarAdditions ? { calendarAdditions: input.calendarAdditions } : {}),
  };
  const workflowId = taskWorkflowId(input.planId, r.responsibilityId, lead.orgId);
  await startChild(WORKFLOW_TYPES.assignedTask, { workflowId, args: [args], parentClosePolicy: ParentClosePolicy.ABANDON });
  return workflowId;
}

/** Starts the workflow of one reporting duty (at issuance, or added by an amendment). */
export async function startDuty(input: PlanLifecycleInput, d: DutySpec): Promise<string> {
  const args: ReportingDutyInput = {
    planId: input.planId,
    dutyId: d.dutyId,
    title: d.title,
    duty: d.duty,
    // Checked at the workflow's start: duties need the plan period.
    planPeriod: input.planPeriod!,
    reporters: d.reporters,
    standingAgencyId: d.standingAgencyId,
    consolidatorId: d.consolidatorId,
    // A duty's own policy wins over the plan's.
    ...((d.policy ?? input.policy) ? { policy: d.policy ?? input.policy } : {}),
    ...(input.calendarAdditions ? { calendarAdditions: input.calendarAdditions } : {}),
  };
  const workflowId = dutyWorkflowId(input.planId, d.dutyId);
  await startChild(WORKFLOW_TYPES.reportingDuty, { workflowId, args: [args], parentClosePolicy: ParentClosePolicy.ABANDON });
  return workflowId;
}
