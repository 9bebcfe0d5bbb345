// A plan from draft to issuance on dondoc's time-skipping server: consultation with a reminder to the late invitee,
// a return for revision, an approval voided by an edit, refusals from the validators in Vietnamese, numbering from the
// register after signature (with the clerk's reminder), issuance starting the task workflows.
import { WorkflowUpdateFailedError } from '@temporalio/client';
import {
  applyOrgSealUpdate,
  approveContentUpdate,
  approvePlanUpdate,
  assignNumberUpdate,
  checkFormatUpdate,
  closeConsultationUpdate,
  dutyStateQuery,
  dutyWorkflowId,
  editPlanUpdate,
  issuePlanUpdate,
  type PlanLifecycleInput,
  planStateQuery,
  planWorkflowId,
  replyConsultationUpdate,
  returnForRevisionUpdate,
  signPlanUpdate,
  startConsultationUpdate,
  submitForReviewUpdate,
  taskStateQuery,
  taskWorkflowId,
  WORKFLOW_TYPES,
} from '@dondoc/contracts';
import { addDays, atLocalTime, endOfLocalDay, localDateOf, type PlanActor, type SigningAuthority, WorkingCalendar } from '@dondoc/domain';
import { randomUUID } from 'node:crypto';
import { historyLength, runsOf, useWorkflowEnvironment } from './support';

jest.setTimeout(120_000);

const ctx = useWorkflowEnvironment();
const calendar = WorkingCalendar.default();
const drafter: PlanActor = { personId: 'p-drafter', roles: ['drafter'] };
const unitHead: PlanActor = { personId: 'p-unit-head', roles: ['drafterUnitHead'] };
const formatChecker: PlanActor = { personId: 'p-format', roles: ['formatChecker'] };
const signer: PlanActor = { personId: 'p-vice-chair', roles: ['signer'] };
const clerk: PlanActor = { personId: 'p-clerk', roles: ['clerk'] };

async function refusal(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(WorkflowUpdateFailedError);
  return ((e as WorkflowUpdateFailedError).cause as Error).message;
}

async function sleepUntil(at: number, margin = 60_000): Promise<void> {
  const now = await ctx.now();
  if (at + margin > now) await ctx.env.sleep(at + margin - now);
}

describe('planLifecycleWorkflow', () => {
  it('goes from draft to issuance through review, a return, a voided approval, signing and numbering', async () => {
    const today = localDateOf(new Date(await ctx.now()));
    const planId = `kh-${randomUUID().slice(0, 8)}`;
    const workflowId = planWorkflowId(planId);
    ctx.numbers.seed({ agencyId: 'ubnd-xa-a', year: today.year, used: Array.from({ length: 124 }, (_v, i) => i + 1) });
    const input: PlanLifecycleInput = {
      planId,
      title: 'Kế hoạch thực hiện Chương trình giảm nghèo bền vững',
      lifecycle: { status: 'draft', revision: 1, documentType: 'KH', issuingAgencyId: 'ubnd-xa-a', issuerCode: 'UBND', signerId: 'p-vice-chair' },
      people: { drafter: 'p-drafter', drafterUnitHead: 'p-unit-head', formatChecker: 'p-format', signer: 'p-vice-chair', clerk: 'p-clerk' },
      planPeriod: { start: today, end: addDays(today, 365) },
      responsibilities: [
        {
          responsibilityId: 'r1',
          title: 'Rà soát hộ nghèo, hộ cận nghèo',
          leads: [{ orgId: 'org-vhxh', chain: { ownerId: 'p-vhxh', unitHeadId: 'p-vhxh-head', leaderInChargeId: 'p-vice-chair', chairmanId: 'p-chair' } }],
          coordinatorOrgIds: ['org-mttq'],
          dueRule: { kind: 'relative', amount: 30, unit: 'days' },
        },
      ],
      duties: [
        {
          dutyId: 'bc6t',
          title: 'Báo cáo 6 tháng',
          duty: { frequency: 'sixMonth', due: { kind: 'yearly', month: 6, day: 5 } },
          reporters: [{ orgId: 'org-vhxh', chain: { ownerId: 'p-vhxh', leaderInChargeId: 'p-vice-chair' } }],
          standingAgencyId: 'org-vhxh',
          consolidatorId: 'p-vhxh',
        },
      ],
    };
    const handle = await ctx.client.workflow.start(WORKFLOW_TYPES.planLifecycle, { args: [input], taskQueue: ctx.taskQueue, workflowId });
    const current = () => ctx.client.workflow.getHandle(workflowId);
    expect((await handle.query(planStateQuery)).statusLabel).toBe('Dự thảo');

    // Consultation: one invitee replies, the other is reminded one working day before the close.
    const closeDay = calendar.addWorkingDays(today, 5);
    const closesAt = endOfLocalDay(closeDay).toISOString();
    await handle.executeUpdate(startConsultationUpdate, { args: [{ actor: drafter, invitees: ['org-mttq', 'org-yte'], closesAt }] });
    await expect(refusal(handle.executeUpdate(replyConsultationUpdate, { args: [{ orgId: 'org-khac', personId: 'p-x', comment: 'Đồng ý' }] }))).resolves.toMatch('cơ quan không được lấy ý kiến');
    await handle.executeUpdate(replyConsultationUpdate, { args: [{ orgId: 'org-mttq', personId: 'p-mttq', comment: 'Bổ sung chỉ tiêu hộ cận nghèo' }] });
    await sleepUntil(Date.parse(closesAt), 3_600_000);
    const chase = ctx.notifier.observedFor(workflowId).filter((n) => n.kind !== 'info');
    const t1 = atLocalTime(calendar.addWorkingDays(closeDay, -1), 8, 0).getTime();
    expect(chase.map((n) => [n.recipientId, n.kind, n.scheduledFor])).toEqual([
      ['org-yte', 'reminder', new Date(t1).toISOString()],
      ['p-drafter', 'overdue', closesAt],
    ]);
    expect(chase[0]!.observedAtMs).toBeGreaterThanOrEqual(t1);
    expect(chase[0]!.observedAtMs).toBeLessThan(t1 + 60_000);
    expect(chase[1]!.messageVi).toContain('chưa có ý kiến: org-yte');
    await handle.executeUpdate(closeConsultationUpdate, { args: [{ actor: drafter }] });

    // Review; the wrong person is refused before the update is accepted.
    await handle.executeUpdate(submitForReviewUpdate, { args: [{ actor: drafter }] });
    await expect(refusal(handle.executeUpdate(approveContentUpdate, { args: [{ actor: formatChecker }] }))).resolves.toMatch('Người dùng không có quyền thực hiện thao tác này');
    await handle.executeUpdate(approveContentUpdate, { args: [{ actor: unitHead }] });
    await handle.executeUpdate(checkFormatUpdate, { args: [{ actor: formatChecker }] });
    // The signer returns it for revision; the drafter edits (revision 2, a new run).
    await expect(refusal(handle.executeUpdate(returnForRevisionUpdate, { args: [{ actor: signer, reason: '  ' }] }))).resolves.toMatch('Phải nêu lý do');
    const returned = await handle.executeUpdate(returnForRevisionUpdate, { args: [{ actor: signer, reason: 'Bổ sung kinh phí dự án 4' }] });
    expect(returned.lifecycle.status).toBe('draft');
    expect(returned.returns[0]).toMatchObject({ by: 'p-vice-chair', reason: 'Bổ sung kinh phí dự án 4', revision: 1 });
    expect((await handle.executeUpdate(editPlanUpdate, { args: [{ actor: drafter, summary: 'Bổ sung kinh phí' }] })).lifecycle.revision).toBe(2);

    const review = async () => {
      await current().executeUpdate(submitForReviewUpdate, { args: [{ actor: drafter }] });
      await current().executeUpdate(approveContentUpdate, { args: [{ actor: unitHead }] });
      await current().executeUpdate(checkFormatUpdate, { args: [{ actor: formatChecker }] });
    };
    await review();
    await expect(refusal(current().executeUpdate(approvePlanUpdate, { args: [{ actor: { personId: 'p-chair', roles: ['signer'] } }] }))).resolves.toMatch('Chỉ người sẽ ký văn bản mới được duyệt dự thảo');
    const approved = await current().executeUpdate(approvePlanUpdate, { args: [{ actor: signer }] });
    expect(approved.lifecycle.approval).toMatchObject({ revision: 2, by: 'p-vice-chair' });

    // An edit after approval voids it (Art. 11): the signer is told, signing is refused.
    const edited = await current().executeUpdate(editPlanUpdate, { args: [{ actor: drafter, summary: 'Sửa chỉ tiêu' }] });
    expect(edited.lifecycle).toMatchObject({ revision: 3, status: 'draft' });
    expect(edited.lifecycle.approval).toBeUndefined();
    expect(ctx.notifier.observedFor(workflowId).some((n) => n.recipientId === 'p-vice-chair' && n.messageVi.includes('phải trình lại người ký'))).toBe(true);
    const authority: SigningAuthority = { id: 'auth-kt-1', personId: 'p-vice-chair', agencyId: 'ubnd-xa-a', capacity: 'KT', validFrom: '2025-07-01T00:00:00+07:00', documentTypes: ['KH'] };
    await expect(refusal(current().executeUpdate(signPlanUpdate, { args: [{ actor: signer, capacity: 'KT', authority }] }))).resolves.toMatch('Dự thảo chưa được người ký duyệt');
    await expect(refusal(current().executeUpdate(assignNumberUpdate, { args: [{ actor: clerk }] }))).resolves.toMatch('Chỉ cấp số văn bản sau khi người có thẩm quyền đã ký');

    await review();
    await current().executeUpdate(approvePlanUpdate, { args: [{ actor: signer }] });
    await expect(refusal(current().executeUpdate(signPlanUpdate, { args: [{ actor: signer, capacity: 'TM', authority }] }))).resolves.toMatch('Thẩm quyền ký không phù hợp');
    const signed = await current().executeUpdate(signPlanUpdate, { args: [{ actor: signer, capacity: 'KT', authority }] });
    expect(signed.lifecycle.status).toBe('signed');

    // Numbering is due by the end of the next working day; the clerk is reminded at 08:00 that day.
    const dueDay = calendar.nextWorkingDay(localDateOf(new Date(signed.lifecycle.signature!.at)));
    expect(signed.numberingDueAt).toBe(endOfLocalDay(dueDay).toISOString());
    const remindAt = atLocalTime(dueDay, 8, 0).getTime();
    await sleepUntil(remindAt);
    const clerkReminder = ctx.notifier.observedFor(workflowId).find((n) => n.recipientId === 'p-clerk' && n.kind === 'reminder');
    expect(clerkReminder?.scheduledFor).toBe(new Date(remindAt).toISOString());
    expect(clerkReminder!.observedAtMs).toBeLessThan(remindAt + 60_000);
    // The register refuses a number already used this year (non-retryable activity failure → refusal).
    await expect(refusal(current().executeUpdate(assignNumberUpdate, { args: [{ actor: clerk, number: 7 }] }))).resolves.toMatch('Số văn bản đã được sử dụng trong năm');
    const numbered = await current().executeUpdate(assignNumberUpdate, { args: [{ actor: clerk }] });
    expect(numbered.lifecycle.number).toMatchObject({ number: 125, symbol: '125/KH-UBND' });

    // Issuance needs the organisation's seal, then starts one task per responsibility × lead organisation.
    await expect(refusal(current().executeUpdate(issuePlanUpdate, { args: [{ actor: clerk, recipients: ['org-vhxh'] }] }))).resolves.toMatch('chưa được đóng dấu');
    await current().executeUpdate(applyOrgSealUpdate, { args: [{ actor: clerk }] });
    const issued = await current().executeUpdate(issuePlanUpdate, { args: [{ actor: clerk, recipients: ['org-vhxh', 'org-mttq', 'org-yte'] }] });
    const taskId = taskWorkflowId(planId, 'r1', 'org-vhxh');
    const dutyId = dutyWorkflowId(planId, 'bc6t');
    expect(issued).toMatchObject({ statusLabel: 'Đã ban hành', recipients: ['org-vhxh', 'org-mttq', 'org-yte'], taskWorkflowIds: [taskId], dutyWorkflowIds: [dutyId] });
    // An issued plan's workflow stays open for recall and amendments (plan-amendment.test.ts).
    const result = await current().query(planStateQuery);
    expect(result.lifecycle.status).toBe('issued');

    const task = await ctx.client.workflow.getHandle(taskId).query(taskStateQuery);
    const issuedOn = localDateOf(new Date(result.lifecycle.issuedAt!));
    expect(task.task.dueAt).toBe(endOfLocalDay(calendar.workingDayOnOrAfter(addDays(issuedOn, 30))).toISOString());
    expect(task.status.label).toBe('Đang thực hiện trong hạn');
    const duty = await ctx.client.workflow.getHandle(dutyId).query(dutyStateQuery);
    // The first "trước ngày 05/6" inside the plan period.
    expect(duty.period?.key).toBe(`${today.month < 6 || (today.month === 6 && today.day < 5) ? today.year : today.year + 1}-H1`);

    // One run per revision (continue-as-new), each small.
    const runs = await runsOf(ctx.client, workflowId, handle.firstExecutionRunId);
    expect(runs).toHaveLength(3);
    for (const run of runs) {
      expect(await historyLength(run)).toBeLessThan(300);
      await ctx.keepHistory(run);
    }
    expect(ctx.audit.records.filter((r) => r.objectId === workflowId).map((r) => r.action)).toEqual(
      expect.arrayContaining(['plan.returnForRevision', 'plan.edit', 'plan.approve', 'plan.sign', 'plan.assignNumber', 'plan.issue']),
    );
  });

  it('replays the recorded histories without non-determinism', async () => {
    const results = await ctx.replayKept();
    expect(results).toHaveLength(3);
    expect(results.filter((r) => r.error)).toEqual([]);
  });
});
