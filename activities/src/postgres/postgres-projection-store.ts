import { parseWorkflowId, type DutyView, type PlanView, type TaskView } from '@dondoc/contracts';
import type { Projection, ProjectionStore } from '../ports';
import type { PostgresDataSource } from './data-source.type';

type Queryable = Pick<PostgresDataSource['manager'], 'query'>;

/**
 * Read models of the workflows in Postgres: `plan_workflow_states` (plan lifecycle),
 * `task_projections` (inbox rows), `duty_projections` + `duty_submission_projections`. Each save
 * replaces the row of its workflow id; a plan that got its number also marks the register entry used,
 * in the same transaction.
 */
export class PostgresProjectionStore implements ProjectionStore {
  constructor(private readonly dataSource: PostgresDataSource) {}

  async save(projection: Projection): Promise<void> {
    switch (projection.kind) {
      case 'plan':
        await this.dataSource.transaction((m) => savePlan(m, projection.view));
        return;
      case 'task':
        await saveTask(this.dataSource, projection.view);
        return;
      case 'duty':
        await this.dataSource.transaction((m) => saveDuty(m, projection.view));
        return;
    }
  }
}

async function savePlan(q: Queryable, view: PlanView): Promise<void> {
  const l = view.lifecycle;
  await q.query(
    `INSERT INTO plan_workflow_states (plan_id, workflow_id, status, status_label, revision, issuing_agency_id, view, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now())
     ON CONFLICT (plan_id) DO UPDATE
       SET status = EXCLUDED.status, status_label = EXCLUDED.status_label, revision = EXCLUDED.revision,
           view = EXCLUDED.view, updated_at = now()`,
    [view.planId, view.workflowId, l.status, view.statusLabel, l.revision, l.issuingAgencyId, JSON.stringify(view)],
  );
  if (l.number) {
    await q.query(
      `UPDATE document_register_entries
          SET status = 'used', symbol = $4, plan_id = $5, used_at = COALESCE(used_at, now())
        WHERE organisation_id = $1 AND year = $2 AND number = $3 AND status = 'reserved'`,
      [l.issuingAgencyId, l.number.year, l.number.number, l.number.symbol, view.planId],
    );
    // A recalled document keeps its number in the register, marked recalled (never reused).
    if (l.status === 'recalled') {
      await q.query(
        `UPDATE document_register_entries SET status = 'recalled', recalled_at = COALESCE(recalled_at, now())
          WHERE organisation_id = $1 AND year = $2 AND number = $3 AND status IN ('used', 'reserved')`,
        [l.issuingAgencyId, l.number.year, l.number.number],
      );
    }
  }
}

async function saveTask(q: Queryable, view: TaskView): Promise<void> {
  const parsed = parseWorkflowId(view.workflowId);
  const assignedOrg = parsed?.kind === 'task' ? parsed.orgId : view.orgId;
  await q.query(
    `INSERT INTO task_projections (workflow_id, plan_id, responsibility_id, organisation_id, assigned_organisation_id, role,
                                   coordinator_organisation_ids, title, due_at, phase, status_code, status_label, progress,
                                   pending_extension, view, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, now())
     ON CONFLICT (workflow_id) DO UPDATE
       SET organisation_id = EXCLUDED.organisation_id, title = EXCLUDED.title, due_at = EXCLUDED.due_at,
           phase = EXCLUDED.phase, status_code = EXCLUDED.status_code, status_label = EXCLUDED.status_label,
           progress = EXCLUDED.progress, pending_extension = EXCLUDED.pending_extension, view = EXCLUDED.view,
           coordinator_organisation_ids = EXCLUDED.coordinator_organisation_ids, updated_at = now()`,
    [
      view.workflowId,
      view.planId,
      view.responsibilityId,
      view.task.ownerUnitId,
      assignedOrg,
      view.role,
      coordinatorsOf(view),
      view.title,
      view.task.dueAt,
      view.task.phase,
      view.status.code,
      view.status.label,
      Math.max(0, Math.min(100, Math.round(view.task.progress))),
      !!view.task.pendingExtension,
      JSON.stringify(view),
    ],
  );
}

/** TaskView carries no coordinators; they come from the workflow input and are kept in the view when present. */
function coordinatorsOf(view: TaskView): string[] {
  const c = (view as TaskView & { coordinatorOrgIds?: string[] }).coordinatorOrgIds;
  return Array.isArray(c) ? c : [];
}

async function saveDuty(q: Queryable, view: DutyView): Promise<void> {
  await q.query(
    `INSERT INTO duty_projections (workflow_id, plan_id, duty_id, title, period_key, due_at, view, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now())
     ON CONFLICT (workflow_id) DO UPDATE
       SET title = EXCLUDED.title, period_key = EXCLUDED.period_key, due_at = EXCLUDED.due_at, view = EXCLUDED.view, updated_at = now()`,
    [
      view.workflowId,
      view.planId,
      view.dutyId,
      view.title,
      view.period?.key ?? null,
      view.period?.dueAt ?? null,
      JSON.stringify(view),
    ],
  );
  // A duty ended by a later document (superseded, recalled) leaves the inboxes; submitted reports stay.
  if (view.closure) {
    await q.query(`DELETE FROM duty_submission_projections WHERE workflow_id = $1 AND status <> 'submitted'`, [
      view.workflowId,
    ]);
    return;
  }
  if (!view.period) return;
  for (const s of view.submissions) {
    await q.query(
      `INSERT INTO duty_submission_projections (workflow_id, period_key, organisation_id, plan_id, title, status, due_at, submitted_at, late, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())
       ON CONFLICT (workflow_id, period_key, organisation_id) DO UPDATE
         SET status = EXCLUDED.status, due_at = EXCLUDED.due_at, submitted_at = EXCLUDED.submitted_at, late = EXCLUDED.late,
             title = EXCLUDED.title, updated_at = now()`,
      [
        view.workflowId,
        view.period.key,
        s.orgId,
        view.planId,
        view.title,
        s.status,
        view.period.dueAt,
        s.submittedAt ?? null,
        !!s.late,
      ],
    );
  }
}
