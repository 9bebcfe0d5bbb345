// The workflows check the acting person's organisation themselves (the API checks it first): a department
// acting on another department's task or reporting for another organisation is refused by the validator,
// in Vietnamese, and nothing changes.
import { WorkflowUpdateFailedError } from '@temporalio/client';
import {
  type AssignedTaskInput,
  dutyStateQuery,
  dutyWorkflowId,
  reportTaskProgressUpdate,
  type ReportingDutyInput,
  requestTaskExtensionUpdate,
  submitReportUpdate,
  submitTaskUpdate,
  taskStateQuery,
  taskWorkflowId,
  WORKFLOW_TYPES,
} from '@dondoc/contracts';
import { DomainErrorCode, endOfLocalDay, localDateOf, parseIsoDate, WorkingCalendar } from '@dondoc/domain';
import type { ApplicationFailure } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import { useWorkflowEnvironment } from './support';

jest.setTimeout(120_000);

const ctx = useWorkflowEnvironment();
const calendar = WorkingCalendar.default();
const OTHER_ORG = { personId: 'p-taichinh', roles: ['owner' as const], orgId: 'org-taichinh' };
const OWN_ORG = { personId: 'p-owner', roles: ['owner' as const], orgId: 'org-vhxh' };

/** The refusal code and message of an update rejected by the validator. */
async function refusal(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(WorkflowUpdateFailedError);
  const cause = (e as WorkflowUpdateFailedError).cause as ApplicationFailure;
  return { code: (cause.details?.[0] as { code: string }).code, message: cause.message };
}

async function startTask() {
  const today = localDateOf(new Date(await ctx.now()));
  const dueDay = calendar.addWorkingDays(today, 20);
  const planId = `plan-${randomUUID().slice(0, 8)}`;
  const input: AssignedTaskInput = {
    planId,
    responsibilityId: 'r1',
    orgId: 'org-vhxh',
    title: 'Rà soát hộ nghèo',
    role: 'lead',
    dueRule: { kind: 'lastDay', date: dueDay },
    planPeriod: { start: today, end: calendar.addWorkingDays(today, 120) },
    chain: { ownerId: 'p-owner', unitHeadId: 'p-head', leaderInChargeId: 'p-leader' },
  };
  const handle = await ctx.client.workflow.start(WORKFLOW_TYPES.assignedTask, {
    args: [input],
    taskQueue: ctx.taskQueue,
    workflowId: taskWorkflowId(planId, 'r1', 'org-vhxh'),
  });
  return { handle, newDueAt: endOfLocalDay(calendar.addWorkingDays(dueDay, 5)).toISOString() };
}

describe("actor's organisation checked inside the workflows", () => {
  it('refuses progress, submit and an extension request from another department; the owning department goes through', async () => {
    const { handle, newDueAt } = await startTask();
    const before = await handle.query(taskStateQuery);

    for (const attempt of [
      handle.executeUpdate(reportTaskProgressUpdate, { args: [{ actor: OTHER_ORG, progress: 50 }] }),
      handle.executeUpdate(submitTaskUpdate, { args: [{ actor: OTHER_ORG, result: 'Đã xong' }] }),
      handle.executeUpdate(requestTaskExtensionUpdate, { args: [{ actor: OTHER_ORG, newDueAt, reason: 'Chờ số liệu' }] }),
    ]) {
      await expect(refusal(attempt)).resolves.toEqual({
        code: DomainErrorCode.ActorNotPermitted,
        message: 'Người dùng không có quyền thực hiện thao tác này: nhiệm vụ không thuộc đơn vị của bạn',
      });
    }
    const after = await handle.query(taskStateQuery);
    expect(after.task).toEqual(before.task);
    expect(after.reportCount).toBe(0);

    const reported = await handle.executeUpdate(reportTaskProgressUpdate, { args: [{ actor: OWN_ORG, progress: 50 }] });
    expect(reported.task.progress).toBe(50);
    const asked = await handle.executeUpdate(requestTaskExtensionUpdate, { args: [{ actor: OWN_ORG, newDueAt, reason: 'Chờ số liệu' }] });
    expect(asked.task.pendingExtension?.requestedDueAt).toBe(newDueAt);
    const submitted = await handle.executeUpdate(submitTaskUpdate, { args: [{ actor: OWN_ORG }] });
    expect(submitted.task.phase).toBe('submitted');
    await handle.terminate('test over');
  });

  it('refuses a report submitted for another organisation, and one from an organisation that does not report', async () => {
    const planId = `kh-${randomUUID().slice(0, 8)}`;
    const input: ReportingDutyInput = {
      planId,
      dutyId: 'bc-nam',
      title: 'Báo cáo năm kết quả giảm nghèo',
      duty: { frequency: 'annual', due: { kind: 'yearly', month: 12, day: 15 } },
      planPeriod: { start: parseIsoDate('2030-01-01'), end: parseIsoDate('2030-12-31') },
      reporters: [
        { orgId: 'xa-a', chain: { ownerId: 'p-a', leaderInChargeId: 'p-leader' } },
        { orgId: 'xa-b', chain: { ownerId: 'p-b', leaderInChargeId: 'p-leader' } },
      ],
      standingAgencyId: 'so-nnmt',
      consolidatorId: 'p-so',
    };
    const handle = await ctx.client.workflow.start(WORKFLOW_TYPES.reportingDuty, {
      args: [input],
      taskQueue: ctx.taskQueue,
      workflowId: dutyWorkflowId(planId, 'bc-nam'),
    });
    const periodKey = (await handle.query(dutyStateQuery)).period!.key;

    // A person of xa-b reporting in the name of xa-a.
    await expect(
      refusal(handle.executeUpdate(submitReportUpdate, { args: [{ personId: 'p-b', orgId: 'xa-a', actorOrgId: 'xa-b', periodKey, narrative: 'x' }] })),
    ).resolves.toEqual({
      code: DomainErrorCode.ActorNotPermitted,
      message: 'Người dùng không có quyền thực hiện thao tác này: không được nộp báo cáo thay cơ quan khác',
    });
    // An organisation that is not a reporter of the duty.
    await expect(
      refusal(handle.executeUpdate(submitReportUpdate, { args: [{ personId: 'p-c', orgId: 'xa-c', actorOrgId: 'xa-c', periodKey }] })),
    ).resolves.toMatchObject({ code: DomainErrorCode.ActorNotPermitted });
    expect((await handle.query(dutyStateQuery)).submissions.every((s) => s.status === 'open')).toBe(true);

    const ok = await handle.executeUpdate(submitReportUpdate, { args: [{ personId: 'p-a', orgId: 'xa-a', actorOrgId: 'xa-a', periodKey, narrative: 'Đã rà soát' }] });
    expect(ok.submissions.find((s) => s.orgId === 'xa-a')).toMatchObject({ status: 'submitted', submittedBy: 'p-a' });
    await handle.terminate('test over');
  });
});
