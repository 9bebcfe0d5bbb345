import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  editPlanUpdate,
  planAssignmentsQuery,
  planStateQuery,
  type PlanView,
  type ResponsibilitySpec,
} from '@dondoc/contracts';
import { decide, type DueRule, organisationKey, type PlanRole, toIsoDate } from '@dondoc/domain';
import { TemporalGateway } from '@dondoc/temporal-client';
import { CalendarSource } from '../calendar/calendar-source';
import { ApiError, type FieldError } from '../common/api-error';
import type { SessionUser } from '../common/request-context';
import { planActorOf } from '../workflow-actions/plan-workflow.service';
import { updateIdOf, viaTemporal, viaTemporalOnKnown } from '../workflow-actions/workflow-errors';
import type { EditPlanContentDto, PlanContentEdited, PlanContentView } from './plan-content.dto';
import { assigneeErrors, dueRuleOf, dueTextOf } from './plan-content.rules';

const NOT_EDITABLE = 'Quy trình của kế hoạch đã kết thúc, không thể sửa dự thảo';
const CONCURRENT = 'Dự thảo vừa được người khác sửa; hãy tải lại trang và sửa trên phiên bản mới';

interface StateRow {
  workflow_id: string;
  people: Partial<Record<PlanRole, string>>;
}

interface CurrentRow {
  title: string;
  summary: string | null;
  revision_id: string;
  number: number;
  snapshot: Record<string, unknown>;
}

/** Child tables of a revision copied into the next one (their rows keep everything but ids). */
const REVISION_TABLES = [
  'plan_legal_bases',
  'plan_targets',
  'plan_budget_lines',
  'plan_recipients',
] as const;

/**
 * A drafter's edit of a draft plan's content (Decree 30 Art. 11: an edit makes a new revision and
 * voids earlier checks and approvals). In one transaction: the current revision is copied into
 * revision n+1 with the changes applied, the plan points at it, and the lifecycle workflow's
 * `editPlan` update runs (new title and assignment matrix, the summary for the audit trail); a
 * refusal by the workflow rolls everything back. The domain's decision is checked before anything
 * is written, so a refused edit answers at once.
 */
@Injectable()
export class PlanContentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: TemporalGateway,
    private readonly calendars: CalendarSource,
  ) {}

  /** The current revision's editable content, with the deadlines the workflow will give the tasks. */
  async content(planId: string): Promise<PlanContentView> {
    const current = await this.current(this.dataSource.manager, planId);
    const state = await this.stateRow(planId);
    const specs = state ? await this.specs(state.workflow_id).catch(() => [] as ResponsibilitySpec[]) : [];
    const dueOf = new Map(specs.map((s) => [s.responsibilityId, s.dueRule]));
    const q = <T>(sql: string, params: unknown[]) => this.dataSource.query(sql, params) as Promise<T[]>;
    const [targets, responsibilities, assignees] = await Promise.all([
      q<PlanContentView['targets'][number]>(
        `SELECT id, text, baseline, value, comparator, unit, due_year AS "dueYear" FROM plan_targets WHERE revision_id = $1 ORDER BY position`,
        [current.revision_id],
      ),
      q<{ id: string; label: string; duties: string; due_text: string | null }>(
        `SELECT id, concat_ws(' › ', NULLIF(array_to_string(item_path, ' › '), ''), table_row) AS label, duties, due_text
           FROM plan_responsibilities WHERE revision_id = $1 ORDER BY position`,
        [current.revision_id],
      ),
      q<{ responsibility_id: string; role: string; organisation_id: string; name: string }>(
        `SELECT a.responsibility_id, a.role, a.organisation_id, COALESCE(o.name, a.name) AS name
           FROM responsibility_assignees a JOIN plan_responsibilities r ON r.id = a.responsibility_id
           LEFT JOIN organisations o ON o.id = a.organisation_id
          WHERE r.revision_id = $1 AND a.organisation_id IS NOT NULL ORDER BY a.role, a.position`,
        [current.revision_id],
      ),
    ]);
    const orgs = (id: string, role: string) =>
      assignees.filter((a) => a.responsibility_id === id && a.role === role).map((a) => ({ id: a.organisation_id, name: a.name }));
    return {
      revision: current.number,
      title: current.title,
      summary: current.summary,
      targets,
      responsibilities: responsibilities.map((r) => {
        const rule = dueOf.get(r.id);
        return {
          id: r.id,
          label: r.label,
          duties: r.duties,
          dueText: r.due_text,
          dueDate: rule?.kind === 'lastDay' ? toIsoDate(rule.date) : null,
          leads: orgs(r.id, 'lead'),
          coordinators: orgs(r.id, 'coordinator'),
        };
      }),
    };
  }

  async edit(planId: string, dto: EditPlanContentDto, user: SessionUser, key: string | undefined): Promise<PlanContentEdited> {
    const state = await this.stateRow(planId);
    if (!state) throw new ApiError('CONFLICT', 'Kế hoạch chưa được đưa vào quy trình soạn thảo');
    if (key) {
      // A repeated request answers the first outcome and writes nothing.
      const again = await this.replay(planId, key);
      if (again) return again;
    }
    // The domain decides first (drafter only, editable status): refused → 403/409, nothing written.
    const actor = planActorOf(state, user);
    const view = await viaTemporalOnKnown(NOT_EDITABLE, () => this.temporal.query(state.workflow_id, planStateQuery));
    const decision = decide(view.lifecycle, { type: 'edit' }, actor, Date.now());
    if (!decision.ok) throw decision.error;

    const current = await this.current(this.dataSource.manager, planId);
    const { calendar } = await this.calendars.current();
    const specs = await this.specs(state.workflow_id);
    const changes = await this.validate(dto, current.revision_id, calendar);

    return this.dataSource.transaction(async (m) => {
      // One edit at a time per plan: the second waits here, then sees that the revision moved.
      const locked = (await m.query(`SELECT current_revision_id FROM plans WHERE id = $1 FOR UPDATE`, [planId])) as {
        current_revision_id: string | null;
      }[];
      if (locked[0]?.current_revision_id !== current.revision_id) throw new ApiError('CONFLICT', CONCURRENT);
      const next = current.number + 1;
      const revisionId = randomUUID();
      await m.query(
        `INSERT INTO plan_revisions (id, plan_id, number, created_by, reason, snapshot) VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          revisionId,
          planId,
          next,
          user.id,
          dto.changeSummary,
          JSON.stringify({
            ...current.snapshot,
            edit: { fromRevision: current.number, summary: dto.changeSummary, requestKey: key ?? null, changes: dto },
          }),
        ],
      );
      const ids = await this.copyRevision(m, current.revision_id, revisionId);
      await this.applyTargets(m, revisionId, dto, ids);
      const respIds = ids.get('plan_responsibilities')!;
      for (const r of changes.responsibilities) await this.applyResponsibility(m, respIds.get(r.id)!, r, changes.orgNames);
      await m.query(
        `UPDATE plans SET current_revision_id = $1, title = $2, summary = $3, updated_at = now() WHERE id = $4`,
        [revisionId, dto.title ?? current.title, dto.summary !== undefined ? dto.summary : current.summary, planId],
      );
      const responsibilities = await this.nextSpecs(m, specs, respIds, changes, view.lifecycle.signerId, revisionId);
      // Last: the workflow's edit (validator = the same decision). If it refuses, the transaction rolls back.
      const after = await viaTemporalOnKnown(NOT_EDITABLE, () =>
        this.temporal.update(
          state.workflow_id,
          editPlanUpdate,
          {
            actor,
            summary: dto.changeSummary,
            ...(dto.title && dto.title !== current.title ? { title: dto.title } : {}),
            responsibilities,
            contentRevision: { from: current.number, to: next },
          },
          updateIdOf('edit-content', key ?? revisionId),
        ),
      );
      return {
        revision: next,
        previousRevision: current.number,
        lifecycleRevision: after.lifecycle.revision,
        status: after.lifecycle.status,
        voidedApproval: view.lifecycle.approval?.revision ?? null,
      };
    });
  }

  /**
   * The older `POST /plans/:id/actions/edit` (a change summary only): a content edit with no content
   * change, so it writes a content revision too and cannot diverge from `PUT /plans/:id/content`.
   * Answers the plan's workflow state, as the other plan steps do.
   */
  async editSummary(planId: string, summary: string, user: SessionUser, key: string | undefined): Promise<PlanView> {
    await this.edit(planId, { changeSummary: summary }, user, key);
    const state = await this.stateRow(planId);
    if (!state) throw new ApiError('CONFLICT', 'Kế hoạch chưa được đưa vào quy trình soạn thảo');
    return viaTemporal(() => this.temporal.query(state.workflow_id, planStateQuery));
  }

  /** Everything checked before writing: ids belong to the current revision, dates, organisations. */
  private async validate(dto: EditPlanContentDto, revisionId: string, calendar: Parameters<typeof dueRuleOf>[1]) {
    const errors: FieldError[] = [];
    const q = <T>(sql: string, params: unknown[]) => this.dataSource.query(sql, params) as Promise<T[]>;
    const targetIds = new Set(
      (await q<{ id: string }>(`SELECT id FROM plan_targets WHERE revision_id = $1`, [revisionId])).map((r) => r.id),
    );
    (dto.targets ?? []).forEach((t, i) => {
      if (t.id && !targetIds.has(t.id))
        errors.push({ field: `targets[${i}].id`, message: 'Chỉ tiêu không thuộc phiên bản hiện hành của kế hoạch' });
      if (t.comparator === 'range' && t.value == null)
        errors.push({ field: `targets[${i}].value`, message: 'Chỉ tiêu dạng khoảng cần giá trị' });
    });
    const existing = await q<{ id: string; role: string; organisation_id: string }>(
      `SELECT r.id, a.role, a.organisation_id FROM plan_responsibilities r
         LEFT JOIN responsibility_assignees a ON a.responsibility_id = r.id AND a.organisation_id IS NOT NULL
        WHERE r.revision_id = $1 ORDER BY a.position`,
      [revisionId],
    );
    const rowIds = new Set(existing.map((r) => r.id));
    const seen = new Set<string>();
    const responsibilities: ResponsibilityChange[] = [];
    (dto.responsibilities ?? []).forEach((r, i) => {
      const field = `responsibilities[${i}]`;
      if (!rowIds.has(r.id)) {
        errors.push({ field: `${field}.id`, message: 'Dòng phân công không thuộc phiên bản hiện hành của kế hoạch' });
        return;
      }
      if (seen.has(r.id)) errors.push({ field: `${field}.id`, message: 'Dòng phân công được gửi hai lần' });
      seen.add(r.id);
      let dueRule: DueRule | undefined;
      if (r.dueDate !== undefined) {
        const due = dueRuleOf(r.dueDate, calendar, `${field}.dueDate`);
        if (due.error) errors.push(due.error);
        else dueRule = due.rule;
      }
      const of = (role: string) => existing.filter((e) => e.id === r.id && e.role === role).map((e) => e.organisation_id);
      const leads = r.leadOrganisationIds ?? of('lead');
      const coordinators = r.coordinatorOrganisationIds ?? of('coordinator');
      if (r.leadOrganisationIds || r.coordinatorOrganisationIds) errors.push(...assigneeErrors(leads, coordinators, field));
      responsibilities.push({
        id: r.id,
        ...(dueRule ? { dueRule } : {}),
        ...(r.leadOrganisationIds ? { leads } : {}),
        ...(r.coordinatorOrganisationIds ? { coordinators } : {}),
      });
    });
    const orgIds = [...new Set(responsibilities.flatMap((r) => [...(r.leads ?? []), ...(r.coordinators ?? [])]))];
    const orgs = orgIds.length
      ? await q<{ id: string; name: string }>(`SELECT id::text, name FROM organisations WHERE id = ANY($1::uuid[])`, [orgIds])
      : [];
    const orgNames = new Map(orgs.map((o) => [o.id, o.name]));
    const missing = orgIds.filter((id) => !orgNames.has(id));
    if (missing.length) errors.push({ field: 'responsibilities', message: `Không tìm thấy cơ quan: ${missing.join(', ')}` });
    if (errors.length) throw new ApiError('VALIDATION_FAILED', undefined, errors);
    return { responsibilities, orgNames };
  }

  /**
   * Copies the revision's rows into the new one (every column but ids, so columns added later are
   * copied too); answers old → new ids per table.
   */
  private async copyRevision(m: EntityManager, from: string, to: string): Promise<Map<string, Map<string, string>>> {
    const ids = new Map<string, Map<string, string>>();
    const copy = async (table: string, parentColumn: string, parents: Map<string, string>, selfColumn?: string) => {
      const rows = (await m.query(`SELECT id FROM ${table} WHERE ${parentColumn} = ANY($1::uuid[])`, [[...parents.keys()]])) as {
        id: string;
      }[];
      const map = new Map(rows.map((r) => [r.id, randomUUID()]));
      ids.set(table, map);
      if (!rows.length) return map;
      await m.query(
        `WITH ids AS (SELECT * FROM unnest($1::uuid[], $2::uuid[]) AS x(old_id, new_id)),
              parents AS (SELECT * FROM unnest($3::uuid[], $4::uuid[]) AS x(old_id, new_id))
         INSERT INTO ${table}
         SELECT (jsonb_populate_record(NULL::${table}, to_jsonb(t) || jsonb_build_object('id', i.new_id, '${parentColumn}', p.new_id
                 ${selfColumn ? `, '${selfColumn}', s.new_id` : ''}))).*
           FROM ${table} t JOIN ids i ON i.old_id = t.id JOIN parents p ON p.old_id = t.${parentColumn}
           ${selfColumn ? `LEFT JOIN ids s ON s.old_id = t.${selfColumn}` : ''}`,
        [[...map.keys()], [...map.values()], [...parents.keys()], [...parents.values()]],
      );
      return map;
    };
    const revision = new Map([[from, to]]);
    await copy('plan_sections', 'revision_id', revision, 'parent_id');
    for (const table of REVISION_TABLES) await copy(table, 'revision_id', revision);
    const responsibilities = await copy('plan_responsibilities', 'revision_id', revision);
    await copy('responsibility_assignees', 'responsibility_id', responsibilities);
    const duties = await copy('plan_reporting_duties', 'revision_id', revision);
    await copy('reporting_duty_parties', 'duty_id', duties);
    return ids;
  }

  /** The full target list of the edit: kept ones updated, new ones added, the others removed. */
  private async applyTargets(m: EntityManager, revisionId: string, dto: EditPlanContentDto, ids: Map<string, Map<string, string>>) {
    if (!dto.targets) return;
    const map = ids.get('plan_targets')!;
    const kept = new Set(dto.targets.flatMap((t) => (t.id ? [map.get(t.id)!] : [])));
    await m.query(`DELETE FROM plan_targets WHERE revision_id = $1 AND NOT (id = ANY($2::uuid[]))`, [revisionId, [...kept]]);
    for (const [position, t] of dto.targets.entries()) {
      const values = [t.text, t.baseline ?? null, t.value ?? null, t.comparator ?? null, t.unit?.trim() || null, t.dueYear ?? null, position];
      if (t.id) {
        await m.query(
          `UPDATE plan_targets SET text = $1, baseline = $2, value = $3, comparator = $4, unit = $5, due_year = $6, position = $7 WHERE id = $8`,
          [...values, map.get(t.id)],
        );
      } else {
        await m.query(
          `INSERT INTO plan_targets (revision_id, text, baseline, value, comparator, unit, due_year, position) VALUES ($8, $1, $2, $3, $4, $5, $6, $7)`,
          [...values, revisionId],
        );
      }
    }
  }

  private async applyResponsibility(m: EntityManager, id: string, r: ResponsibilityChange, names: Map<string, string>) {
    if (r.dueRule) await m.query(`UPDATE plan_responsibilities SET due_text = $1 WHERE id = $2`, [dueTextOf(r.dueRule), id]);
    for (const [role, orgIds] of [
      ['lead', r.leads],
      ['coordinator', r.coordinators],
    ] as const) {
      if (!orgIds) continue;
      await m.query(`DELETE FROM responsibility_assignees WHERE responsibility_id = $1 AND role = $2`, [id, role]);
      for (const [position, orgId] of orgIds.entries()) {
        const name = names.get(orgId)!;
        await m.query(
          `INSERT INTO responsibility_assignees (responsibility_id, role, position, organisation_id, name, name_key, party_kind, resolved, match_method)
           VALUES ($1, $2, $3, $4, $5, $6, 'organisation', true, 'manual')`,
          [id, role, position, orgId, name, organisationKey(name)],
        );
      }
    }
  }

  /**
   * The assignment matrix the workflow tracks after the edit: its rows under the new revision's ids,
   * with the changed deadlines and organisations; a row that gets its first lead joins.
   */
  private async nextSpecs(
    m: EntityManager,
    specs: ResponsibilitySpec[],
    respIds: Map<string, string>,
    changes: { responsibilities: ResponsibilityChange[] },
    signerId: string,
    revisionId: string,
  ): Promise<ResponsibilitySpec[]> {
    const byId = new Map(changes.responsibilities.map((c) => [c.id, c]));
    const lead = (orgId: string) => ({ orgId, chain: { ownerId: orgId, leaderInChargeId: signerId } });
    const out = specs.map((s) => {
      const c = byId.get(s.responsibilityId);
      return {
        ...s,
        responsibilityId: respIds.get(s.responsibilityId) ?? s.responsibilityId,
        ...(c?.dueRule ? { dueRule: c.dueRule } : {}),
        ...(c?.leads ? { leads: c.leads.map(lead) } : {}),
        ...(c?.coordinators ? { coordinatorOrgIds: c.coordinators } : {}),
      };
    });
    const tracked = new Set(specs.map((s) => s.responsibilityId));
    for (const c of changes.responsibilities) {
      if (tracked.has(c.id) || !c.leads?.length) continue;
      const [row] = (await m.query(`SELECT duties FROM plan_responsibilities WHERE id = $1 AND revision_id = $2`, [
        respIds.get(c.id),
        revisionId,
      ])) as { duties: string }[];
      out.push({
        responsibilityId: respIds.get(c.id)!,
        title: (row?.duties ?? '').split('\n').find((l) => l.trim())?.trim().slice(0, 300) ?? '',
        leads: c.leads.map(lead),
        coordinatorOrgIds: c.coordinators ?? [],
        dueRule: c.dueRule ?? { kind: 'ongoing' },
      });
    }
    return out;
  }

  /** The outcome of an edit already made with this request key (its revision's snapshot keeps the key). */
  private async replay(planId: string, key: string): Promise<PlanContentEdited | null> {
    const rows = (await this.dataSource.query(
      `SELECT number, (snapshot->'edit'->>'fromRevision')::int AS previous FROM plan_revisions
        WHERE plan_id = $1 AND snapshot->'edit'->>'requestKey' = $2`,
      [planId, key],
    )) as { number: number; previous: number }[];
    if (!rows[0]) return null;
    const state = await this.stateRow(planId);
    const view = state ? await viaTemporal(() => this.temporal.query(state.workflow_id, planStateQuery)).catch(() => null) : null;
    return {
      revision: rows[0].number,
      previousRevision: rows[0].previous,
      lifecycleRevision: view?.lifecycle.revision ?? 0,
      status: view?.lifecycle.status ?? 'draft',
      voidedApproval: null,
    };
  }

  private async specs(workflowId: string): Promise<ResponsibilitySpec[]> {
    return (await viaTemporalOnKnown(NOT_EDITABLE, () => this.temporal.query(workflowId, planAssignmentsQuery))).responsibilities;
  }

  private async stateRow(planId: string): Promise<StateRow | undefined> {
    const rows = (await this.dataSource.query(`SELECT workflow_id, people FROM plan_workflow_states WHERE plan_id = $1`, [
      planId,
    ])) as StateRow[];
    return rows[0];
  }

  private async current(m: EntityManager, planId: string): Promise<CurrentRow> {
    const rows = (await m.query(
      `SELECT p.title, p.summary, r.id AS revision_id, r.number, r.snapshot
         FROM plans p JOIN plan_revisions r ON r.id = p.current_revision_id WHERE p.id = $1`,
      [planId],
    )) as CurrentRow[];
    if (!rows[0]) throw new ApiError('NOT_FOUND', 'Không tìm thấy kế hoạch hoặc kế hoạch chưa có nội dung');
    return rows[0];
  }
}

/** A checked change of one assignment row. */
interface ResponsibilityChange {
  id: string;
  dueRule?: DueRule;
  leads?: string[];
  coordinators?: string[];
}
