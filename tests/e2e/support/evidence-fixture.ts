// Fixtures of the task-page, evidence and report-period tests: a plan with targets in the plans
// module's tables, and task/duty workflows started straight from their contracts (as
// workflow-actions.test.ts starts its duty) so the tests need no full plan lifecycle.
import type { Client as TemporalClient } from '@temporalio/client';
import {
  type AssignedTaskInput,
  dutyWorkflowId,
  type ReportingDutyInput,
  taskWorkflowId,
  WORKFLOW_TYPES,
} from '@dondoc/contracts';
import { parseIsoDate } from '@dondoc/domain';
import type { DataSource } from 'typeorm';

export { eventually } from './workflow-stack';

/** A 2027 plan with two targets (ids returned in order). */
export async function insertPlanWithTargets(
  db: DataSource,
  issuerId: string,
  title = 'Kế hoạch giảm nghèo bền vững năm 2027',
): Promise<{ planId: string; targetIds: string[] }> {
  return db.transaction(async (m) => {
    const [p] = await m.query(
      `INSERT INTO plans (document_type, issuer_organisation_id, title, status, source, period_from, period_to)
       VALUES ('KH', $1, $2, 'issued', 'born-digital', 2027, 2027) RETURNING id`,
      [issuerId, title],
    );
    const [rev] = await m.query(`INSERT INTO plan_revisions (plan_id, number, snapshot) VALUES ($1, 1, '{}') RETURNING id`, [
      p.id,
    ]);
    await m.query(`UPDATE plans SET current_revision_id = $1 WHERE id = $2`, [rev.id, p.id]);
    const targetIds: string[] = [];
    for (const [i, [text, unit]] of [
      ['Số hộ nghèo thoát nghèo', 'hộ'],
      ['Số lao động được đào tạo nghề', 'người'],
    ].entries()) {
      const [t] = await m.query(
        `INSERT INTO plan_targets (revision_id, position, text, unit) VALUES ($1, $2, $3, $4) RETURNING id`,
        [rev.id, i, text, unit],
      );
      targetIds.push(t.id as string);
    }
    return { planId: p.id as string, targetIds };
  });
}

/** Starts one assigned task owned by `orgId`, due at the end of `dueDay` (yyyy-mm-dd). */
export async function startTask(
  client: TemporalClient,
  taskQueue: string,
  t: { planId: string; responsibilityId: string; orgId: string; title: string; dueDay: string; leaderId: string },
): Promise<string> {
  const workflowId = taskWorkflowId(t.planId, t.responsibilityId, t.orgId);
  const input: AssignedTaskInput = {
    planId: t.planId,
    responsibilityId: t.responsibilityId,
    orgId: t.orgId,
    title: t.title,
    role: 'lead',
    dueRule: { kind: 'lastDay', date: parseIsoDate(t.dueDay) },
    planPeriod: { start: parseIsoDate('2026-01-01'), end: parseIsoDate('2027-12-31') },
    chain: { ownerId: t.orgId, leaderInChargeId: t.leaderId },
  };
  await client.workflow.start(WORKFLOW_TYPES.assignedTask, { args: [input], taskQueue, workflowId });
  return workflowId;
}

/** Starts an annual duty for 2027 ("trước ngày 15/12") with the given reporters. */
export async function startAnnualDuty(
  client: TemporalClient,
  taskQueue: string,
  d: { planId: string; reporterOrgIds: string[]; standingAgencyId: string; consolidatorId: string },
): Promise<string> {
  const workflowId = dutyWorkflowId(d.planId, 'bc-nam');
  const input: ReportingDutyInput = {
    planId: d.planId,
    dutyId: 'bc-nam',
    title: 'Báo cáo năm kết quả giảm nghèo',
    duty: { frequency: 'annual', due: { kind: 'yearly', month: 12, day: 15 } },
    planPeriod: { start: parseIsoDate('2027-01-01'), end: parseIsoDate('2027-12-31') },
    reporters: d.reporterOrgIds.map((orgId) => ({ orgId, chain: { ownerId: orgId } })),
    standingAgencyId: d.standingAgencyId,
    consolidatorId: d.consolidatorId,
  };
  await client.workflow.start(WORKFLOW_TYPES.reportingDuty, { args: [input], taskQueue, workflowId });
  return workflowId;
}
