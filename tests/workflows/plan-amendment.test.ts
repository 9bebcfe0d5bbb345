// Amendment and recall of an issued plan on dondoc's time-skipping server: an amending plan goes through its own
// lifecycle and, at its issuance, the amended plan's tasks follow the difference (a task with progress and evidence
// is superseded with its history kept, an added responsibility gets a new task, a changed deadline moves, a removed
// duty ends); a recall closes the open tasks and duties as recalled. Both paths replay deterministically.
import { WorkflowUpdateFailedError } from '@temporalio/client';
import {
  applyOrgSealUpdate,
  approveContentUpdate,
  approvePlanUpdate,
  assignNumberUpdate,
  checkFormatUpdate,
  dutyStateQuery,
  dutyWorkflowId,
  issuePlanUpdate,
  planAssignmentsQuery,
  type PlanLifecycleInput,
  planStateQuery,
  planWorkflowId,
  recallPlanUpdate,
  reportTaskProgressUpdate,
  signPlanUpdate,
  submitForReviewUpdate,
  taskStateQuery,
  taskWorkflowId,
  WORKFLOW_TYPES,
} from '@dondoc/contracts';
import { addDays, endOfLocalDay, localDateOf, type PlanActor, type SigningAuthority, WorkingCalendar } from '@dondoc/domain';
import { randomUUID } from 'node:crypto';
import { useWorkflowEnvironment } from './support';

jest.setTimeout(120_000);

const ctx = useWorkflowEnvironment();
const calendar = WorkingCalendar.default();
const drafter: PlanActor = { personId: 'p-drafter', roles: ['drafter'] };
const unitHead: PlanActor = { personId: 'p-unit-head', roles: ['drafterUnitHead'] };
const formatChecker: PlanActor = { personId: 'p-format', roles: ['formatChecker'] };
const signer: PlanActor = { personId: 'p-chair', roles: ['signer'] };
const clerk: PlanActor = { personId: 'p-clerk', roles: ['clerk'] };
const authority: SigningAuthority = { id: 'auth-tm', personId: 'p-chair', agencyId: 'ubnd-xa-b', capacity: 'TM', validFrom: '2025-07-01T00:00:00+07:00' };
const chain = (org: string) => ({ ownerId: `p-${org}`, leaderInChargeId: 'p-chair' });

async function refusal(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(WorkflowUpdateFailedError);
  return ((e as WorkflowUpdateFailedError).cause as Error).message;
}

/** Starts a plan's lifecycle and walks it to issuance. */
async function issue(input: PlanLifecycleInput) {
  const workflowId = planWorkflowId(input.planId);
  const handle = await ctx.client.workflow.start(WORKFLOW_TYPES.planLifecycle, { args: [input], taskQueue: ctx.taskQueue, workflowId });
  await handle.executeUpdate(submitForReviewUpdate, { args: [{ actor: drafter }] });
  await handle.executeUpdate(approveContentUpdate, { args: [{ actor: unitHead }] });
  await handle.executeUpdate(checkFormatUpdate, { args: [{ actor: formatChecker }] });
  await handle.executeUpdate(approvePlanUpdate, { args: [{ actor: signer }] });
  await handle.executeUpdate(signPlanUpdate, { args: [{ actor: signer, capacity: 'TM', authority }] });
  await handle.executeUpdate(assignNumberUpdate, { args: [{ actor: clerk }] });
  await handle.executeUpdate(applyOrgSealUpdate, { args: [{ actor: clerk }] });
  const issued = await handle.executeUpdate(issuePlanUpdate, { args: [{ actor: clerk, recipients: ['org-vhxh', 'org-tc'] }] });
  return { handle, issued };
}

async function basePlan(): Promise<PlanLifecycleInput> {
  const today = localDateOf(new Date(await ctx.now()));
  const planId = `kh-${randomUUID().slice(0, 8)}`;
  return {
    planId,
    title: 'Kế hoạch giảm nghèo bền vững',
    lifecycle: { status: 'draft', revision: 1, documentType: 'KH', issuingAgencyId: 'ubnd-xa-b', issuerCode: 'UBND', signerId: 'p-chair' },
    people: { drafter: 'p-drafter', drafterUnitHead: 'p-unit-head', formatChecker: 'p-format', signer: 'p-chair', clerk: 'p-clerk' },
    planPeriod: { start: today, end: addDays(today, 700) },
    responsibilities: [
      { responsibilityId: 'r1', title: 'Rà soát hộ nghèo', leads: [{ orgId: 'org-vhxh', chain: chain('vhxh') }], coordinatorOrgIds: ['org-mttq'], dueRule: { kind: 'relative', amount: 60, unit: 'days' } },
      { responsibilityId: 'r2', title: 'Hỗ trợ sinh kế', leads: [{ orgId: 'org-tc', chain: chain('tc') }], dueRule: { kind: 'relative', amount: 90, unit: 'days' } },
    ],
    duties: [
      {
        dutyId: 'bc-nam',
        title: 'Báo cáo năm',
        duty: { frequency: 'annual', due: { kind: 'yearly', month: 12, day: 15 } },
        reporters: [{ orgId: 'org-vhxh', chain: chain('vhxh') }],
        standingAgencyId: 'org-vhxh',
        consolidatorId: 'p-vhxh',
      },
    ],
  };
}

describe('plan amendment and recall', () => {
  it('an amendment that supersedes a task: history kept, an added responsibility gets a task, a changed deadline moves', async () => {
    const input = await basePlan();
    const { handle, issued } = await issue(input);
    const t1 = taskWorkflowId(input.planId, 'r1', 'org-vhxh');
    const t2 = taskWorkflowId(input.planId, 'r2', 'org-tc');
    expect(issued.taskWorkflowIds).toEqual([t1, t2]);
    expect((await handle.query(planStateQuery)).lifecycle.status).toBe('issued');

    // The task to be removed has progress and evidence.
    const owner = { personId: 'p-vhxh', roles: ['owner' as const] };
    await ctx.client.workflow.getHandle(t1).executeUpdate(reportTaskProgressUpdate, { args: [{ actor: owner, progress: 40, result: 'Đã rà soát 3/5 thôn', evidenceFileRefs: ['files/bien-ban-ra-soat.pdf#sha256:ab12'] }] });

    // The amending plan: r1 removed, r2's deadline changed, r3 added, the annual report duty removed.
    const current = await handle.query(planAssignmentsQuery);
    expect(current.responsibilities.map((r) => r.responsibilityId)).toEqual(['r1', 'r2']);
    const amending: PlanLifecycleInput = {
      ...(await basePlan()),
      title: 'Kế hoạch sửa đổi, bổ sung Kế hoạch giảm nghèo bền vững',
      amends: { planId: input.planId, workflowId: planWorkflowId(input.planId), symbol: issued.lifecycle.number!.symbol, reason: 'Điều chỉnh nhiệm vụ theo chỉ đạo của tỉnh' },
      planPeriod: input.planPeriod!,
      responsibilities: [
        { ...current.responsibilities[1]!, dueRule: { kind: 'relative', amount: 120, unit: 'days' } },
        { responsibilityId: 'r3', title: 'Truyền thông giảm nghèo', leads: [{ orgId: 'org-vhxh', chain: chain('vhxh') }], dueRule: { kind: 'relative', amount: 30, unit: 'days' } },
      ],
      duties: [],
    };
    const before2 = await ctx.client.workflow.getHandle(t2).query(taskStateQuery);
    const { issued: amendingIssued } = await issue(amending);
    expect(amendingIssued.taskWorkflowIds).toEqual([]);
    expect(amendingIssued.amends).toMatchObject({ planId: input.planId });

    // The amended plan applied the difference (signal → its workflow); wait for its record.
    let view = await handle.query(planStateQuery);
    for (let i = 0; i < 100 && !view.amendments?.length; i++) {
      await new Promise((r) => setTimeout(r, 100));
      view = await handle.query(planStateQuery);
    }
    const t3 = taskWorkflowId(input.planId, 'r3', 'org-vhxh');
    const duty = dutyWorkflowId(input.planId, 'bc-nam');
    expect(view.amendments).toEqual([
      expect.objectContaining({ byPlanId: amending.planId, bySymbol: amendingIssued.lifecycle.number!.symbol, superseded: [t1], moved: [t2], started: [t3], dutiesEnded: [duty], dutiesStarted: [] }),
    ]);
    expect(view.taskWorkflowIds).toEqual([t1, t2, t3]);

    // Superseded: closed with its history (progress, evidence) kept; the workflow finished.
    const superseded = await ctx.client.workflow.getHandle(t1).result();
    expect(superseded.status).toEqual({ code: 'superseded', label: 'Đã được thay thế', overdue: false });
    expect(superseded.task).toMatchObject({ phase: 'superseded', progress: 40, closure: { byPlanId: amending.planId, reason: 'Điều chỉnh nhiệm vụ theo chỉ đạo của tỉnh' } });
    expect(superseded.lastReport).toMatchObject({ progress: 40, evidenceFileRefs: ['files/bien-ban-ra-soat.pdf#sha256:ab12'] });
    expect(ctx.audit.records.filter((r) => r.objectId === t1).map((r) => r.action)).toEqual(['task.assign', 'task.reportProgress', 'task.superseded']);
    await expect(ctx.client.workflow.getHandle(t1).executeUpdate(reportTaskProgressUpdate, { args: [{ actor: owner, progress: 50 }] })).rejects.toThrow();

    // Moved: 120 days from the amending plan's issue day (the updatable timer, like an extension).
    const moved = await ctx.client.workflow.getHandle(t2).query(taskStateQuery);
    const amendedOn = localDateOf(new Date(amendingIssued.lifecycle.issuedAt!));
    expect(moved.task.dueAt).toBe(endOfLocalDay(calendar.workingDayOnOrAfter(addDays(amendedOn, 120))).toISOString());
    expect(moved.task.dueAt).not.toBe(before2.task.dueAt);
    expect(moved.status.code).toBe('inProgress');
    expect(ctx.audit.records.some((r) => r.objectId === t2 && r.action === 'task.amend')).toBe(true);

    // Added: a new task for the new row, in the owner's inbox projection.
    const added = await ctx.client.workflow.getHandle(t3).query(taskStateQuery);
    expect(added).toMatchObject({ planId: input.planId, responsibilityId: 'r3', task: { phase: 'open' } });
    expect(ctx.projections.latest.get(t3)).toMatchObject({ kind: 'task' });

    // The removed duty ended; its projection says so.
    const ended = await ctx.client.workflow.getHandle(duty).result();
    expect(ended.closure).toMatchObject({ phase: 'superseded', byPlanId: amending.planId });
    expect((await handle.query(planAssignmentsQuery)).responsibilities.map((r) => r.responsibilityId)).toEqual(['r2', 'r3']);
    expect(ctx.audit.records.some((r) => r.objectId === planWorkflowId(input.planId) && r.action === 'plan.amend')).toBe(true);

    for (const id of [planWorkflowId(input.planId), planWorkflowId(amending.planId), t1, t2, t3, duty]) await ctx.keepHistory(ctx.client.workflow.getHandle(id));
  });

  it('a recall by the signer closes open tasks and duties as recalled and ends the plan workflow', async () => {
    const input = await basePlan();
    const { handle } = await issue(input);
    const t1 = taskWorkflowId(input.planId, 'r1', 'org-vhxh');
    const duty = dutyWorkflowId(input.planId, 'bc-nam');
    await expect(refusal(handle.executeUpdate(recallPlanUpdate, { args: [{ actor: clerk, reason: 'Sai thẩm quyền' }] }))).resolves.toMatch('Người dùng không có quyền');
    await expect(refusal(handle.executeUpdate(recallPlanUpdate, { args: [{ actor: signer, reason: ' ' }] }))).resolves.toMatch('Phải nêu lý do');

    const recalled = await handle.executeUpdate(recallPlanUpdate, { args: [{ actor: signer, reason: 'Ban hành không đúng thẩm quyền' }] });
    expect(recalled).toMatchObject({ statusLabel: 'Đã thu hồi', lifecycle: { status: 'recalled', closedReason: 'Ban hành không đúng thẩm quyền' } });
    await expect(handle.result()).resolves.toMatchObject({ lifecycle: { status: 'recalled' } });
    const task = await ctx.client.workflow.getHandle(t1).result();
    expect(task.status.label).toBe('Đã thu hồi');
    expect(task.task.closure).toMatchObject({ phase: 'recalled', byPlanId: input.planId, bySymbol: recalled.lifecycle.number!.symbol });
    await expect(ctx.client.workflow.getHandle(duty).result()).resolves.toMatchObject({ closure: { phase: 'recalled' } });
    expect((await ctx.client.workflow.getHandle(duty).query(dutyStateQuery)).closure?.reason).toBe('Ban hành không đúng thẩm quyền');
    expect(ctx.notifier.observedFor(planWorkflowId(input.planId)).some((n) => n.messageVi.startsWith('Thu hồi văn bản'))).toBe(true);

    for (const id of [planWorkflowId(input.planId), t1, duty]) await ctx.keepHistory(ctx.client.workflow.getHandle(id));
  });

  it('replays the recorded amendment and recall histories without non-determinism', async () => {
    const results = await ctx.replayKept();
    expect(results).toHaveLength(9);
    expect(results.filter((r) => r.error)).toEqual([]);
  });
});
