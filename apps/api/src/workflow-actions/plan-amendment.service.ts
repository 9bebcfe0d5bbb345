import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type DutySpec,
  planAssignmentsQuery,
  type PlanLifecycleInput,
  planStateQuery,
  type PlanView,
  planWorkflowId,
  type ResponsibilitySpec,
  WORKFLOW_TYPES,
} from '@dondoc/contracts';
import { decide, type DueRule, organisationKey, parseIsoDate, type PlanRole, requireWorkingDayDeadline } from '@dondoc/domain';
import { recordAuditEvent } from '@dondoc/persistence';
import { TemporalGateway } from '@dondoc/temporal-client';
import { permissionsOf } from '../auth/permissions';
import { CalendarSource } from '../calendar/calendar-source';
import { ApiError } from '../common/api-error';
import type { SessionUser } from '../common/request-context';
import { planActorOf, PlanWorkflowService } from './plan-workflow.service';
import { signingAuthorityOf } from './signing-authority.read';
import type { AmendPlanDto } from './workflow-actions.dto';
import { asApiError, viaTemporal } from './workflow-errors';

const NOT_ISSUED = 'Chỉ sửa đổi, bổ sung được kế hoạch đã ban hành và đang được theo dõi';

interface AmendedRow {
  workflow_id: string;
  document_type: string;
  issuer_organisation_id: string | null;
  issuing_agency_id: string;
  title: string;
  period_from: number | null;
  period_to: number | null;
  people: Partial<Record<PlanRole, string>>;
}

/**
 * Amendment of an issued plan (Decree 30 Art. 18: a content change after issuance is a new document
 * that amends the old one). Creates the amending plan (a draft plan with the relation `amends`, its
 * added rows in its own revision so that the matrix can name them) and starts its own lifecycle;
 * the amended plan's tasks change only when the amending plan is issued (its workflow signals the
 * amended one, which applies the difference). Decree 30: an amending plan is drafted by a department
 * and commissioned by the leader, so the amended plan's drafter, drafter unit head or signer may
 * start it (the domain's `requestAmendment`, as the allowed-actions list decides). A department
 * caller drafts it; a leader commissions it, and the amended plan's drafter drafts it.
 */
@Injectable()
export class PlanAmendmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: TemporalGateway,
    private readonly calendars: CalendarSource,
    private readonly plans: PlanWorkflowService,
  ) {}

  async create(
    planId: string,
    dto: AmendPlanDto,
    user: SessionUser,
    key: string | undefined,
    requestId: string | null,
  ): Promise<PlanView> {
    if (key) {
      const again = (await this.dataSource.query(
        `SELECT plan_id FROM plan_workflow_states WHERE start_request_id = $1 AND started_by = $2`,
        [`amend:${planId}:${key}`, user.id],
      )) as { plan_id: string }[];
      if (again[0]) return this.plans.state(again[0].plan_id);
    }
    const amended = await this.amended(planId);
    const view = await viaTemporal(() => this.temporal.query(amended.workflow_id, planStateQuery)).catch(
      (e: unknown) => {
        throw e instanceof ApiError && e.code === 'NOT_FOUND' ? new ApiError('CONFLICT', NOT_ISSUED) : e;
      },
    );
    if (view.lifecycle.status !== 'issued') throw new ApiError('CONFLICT', NOT_ISSUED);
    const decision = decide(
      view.lifecycle,
      { type: 'requestAmendment', kind: 'amend', reason: dto.reason },
      planActorOf(amended, user),
      Date.now(),
    );
    if (!decision.ok) throw decision.error;
    const current = await viaTemporal(() => this.temporal.query(amended.workflow_id, planAssignmentsQuery));

    const { calendar, additions } = await this.calendars.current();
    const known = new Set(current.responsibilities.map((r) => r.responsibilityId));
    const unknown = [
      ...(dto.removeResponsibilityIds ?? []),
      ...(dto.dueDates ?? []).map((d) => d.responsibilityId),
    ].filter((id) => !known.has(id));
    if (unknown.length)
      throw new ApiError('VALIDATION_FAILED', undefined, [
        { field: 'removeResponsibilityIds', message: `Không có dòng phân công: ${unknown.join(', ')}` },
      ]);
    const unknownDuties = (dto.removeDutyIds ?? []).filter((id) => !current.duties.some((d) => d.dutyId === id));
    if (unknownDuties.length)
      throw new ApiError('VALIDATION_FAILED', undefined, [
        { field: 'removeDutyIds', message: `Không có chế độ báo cáo: ${unknownDuties.join(', ')}` },
      ]);
    if (
      !dto.removeResponsibilityIds?.length &&
      !dto.dueDates?.length &&
      !dto.add?.length &&
      !dto.removeDutyIds?.length
    ) {
      throw new ApiError('VALIDATION_FAILED', undefined, [
        { field: 'add', message: 'Kế hoạch sửa đổi phải có ít nhất một thay đổi' },
      ]);
    }
    // Deadlines typed by a person must be working days.
    for (const due of [...(dto.dueDates ?? []).map((d) => d.dueDate), ...(dto.add ?? []).map((a) => a.dueDate)]) {
      if (due) requireWorkingDayDeadline(parseIsoDate(due), calendar);
    }
    const orgIds = [
      ...new Set((dto.add ?? []).flatMap((a) => [...a.leadOrganisationIds, ...(a.coordinatorOrganisationIds ?? [])])),
    ];
    const orgs = (await this.dataSource.query(
      `SELECT id::text, name FROM organisations WHERE id::text = ANY($1::text[])`,
      [orgIds],
    )) as { id: string; name: string }[];
    const names = new Map(orgs.map((o) => [o.id, o.name]));
    const missing = orgIds.filter((id) => !names.has(id));
    if (missing.length) throw new ApiError('REFERENCE_NOT_FOUND', `Không tìm thấy cơ quan: ${missing.join(', ')}`);
    const chosen = await this.plans.people(dto, user);
    const commissioned = !permissionsOf(user.roles).includes('plans.draft') && amended.people.drafter;
    const people = commissioned ? { ...chosen, roles: { ...chosen.roles, drafter: amended.people.drafter } } : chosen;
    // For display (allowed actions); signing reads the table again on the signing day.
    const authority = await signingAuthorityOf(this.dataSource, dto.signerId, amended.issuing_agency_id, 'TM');

    const removed = new Set(dto.removeResponsibilityIds ?? []);
    const dues = new Map((dto.dueDates ?? []).map((d) => [d.responsibilityId, d.dueDate]));
    const lastDay = (date: string | undefined): DueRule =>
      date ? { kind: 'lastDay', date: parseIsoDate(date) } : { kind: 'ongoing' };
    const added = (dto.add ?? []).map((a) => ({ id: randomUUID(), ...a }));
    const responsibilities: ResponsibilitySpec[] = [
      ...current.responsibilities
        .filter((r) => !removed.has(r.responsibilityId))
        .map((r) => (dues.has(r.responsibilityId) ? { ...r, dueRule: lastDay(dues.get(r.responsibilityId)) } : r)),
      ...added.map((a) => ({
        responsibilityId: a.id,
        title: a.title,
        leads: a.leadOrganisationIds.map((orgId) => ({
          orgId,
          chain: { ownerId: orgId, leaderInChargeId: dto.signerId },
        })),
        coordinatorOrgIds: a.coordinatorOrganisationIds ?? [],
        dueRule: lastDay(a.dueDate),
      })),
    ];
    const duties: DutySpec[] = current.duties.filter((d) => !(dto.removeDutyIds ?? []).includes(d.dutyId));
    const symbol = view.lifecycle.number?.symbol;
    const title =
      dto.title ?? `Sửa đổi, bổ sung Kế hoạch ${symbol ? `số ${symbol} ` : ''}về ${amended.title}`.slice(0, 500);
    const changes = {
      removeResponsibilityIds: dto.removeResponsibilityIds ?? [],
      dueDates: dto.dueDates ?? [],
      add: added,
      removeDutyIds: dto.removeDutyIds ?? [],
    };

    const newPlanId = await this.dataSource.transaction(async (m) => {
      const [plan] = (await m.query(
        `INSERT INTO plans (document_type, issuer_organisation_id, title, status, source, period_from, period_to)
         VALUES ($1, $2, $3, 'draft', 'born-digital', $4, $5) RETURNING id`,
        [amended.document_type, amended.issuer_organisation_id, title, amended.period_from, amended.period_to],
      )) as { id: string }[];
      const id = plan!.id;
      const [revision] = (await m.query(
        `INSERT INTO plan_revisions (plan_id, number, created_by, reason, snapshot) VALUES ($1, 1, $2, $3, $4) RETURNING id`,
        [id, user.id, dto.reason, JSON.stringify({ amends: { planId, symbol: symbol ?? null }, changes })],
      )) as { id: string }[];
      await m.query(`UPDATE plans SET current_revision_id = $1 WHERE id = $2`, [revision!.id, id]);
      // The added rows live in the amending plan's revision; their ids are the new tasks' responsibility ids.
      for (const [i, a] of added.entries()) {
        await m.query(
          `INSERT INTO plan_responsibilities (id, revision_id, position, mode, duties, origin) VALUES ($1, $2, $3, 'order', $4, 'manual')`,
          [a.id, revision!.id, i, a.title],
        );
        const assignees = [
          ...a.leadOrganisationIds.map((o) => ['lead', o] as const),
          ...(a.coordinatorOrganisationIds ?? []).map((o) => ['coordinator', o] as const),
        ];
        for (const [j, [role, orgId]] of assignees.entries()) {
          const name = names.get(orgId)!;
          await m.query(
            `INSERT INTO responsibility_assignees (responsibility_id, role, position, organisation_id, name, name_key, party_kind, resolved, match_method)
             VALUES ($1, $2, $3, $4, $5, $6, 'organisation', true, 'manual')`,
            [a.id, role, j, orgId, name, organisationKey(name)],
          );
        }
      }
      await m.query(
        `INSERT INTO plan_relations (plan_id, kind, related_plan_id, citation) VALUES ($1, 'amends', $2, $3)`,
        [id, planId, symbol ? `Kế hoạch số ${symbol}` : null],
      );
      await m.query(
        `INSERT INTO plan_workflow_states (plan_id, workflow_id, issuing_agency_id, people, signing_authority, start_request_id, started_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          id,
          planWorkflowId(id),
          amended.issuing_agency_id,
          JSON.stringify(people.roles),
          authority ? JSON.stringify(authority) : null,
          key ? `amend:${planId}:${key}` : null,
          user.id,
        ],
      );
      await recordAuditEvent(m, {
        actorId: user.id,
        action: 'plan.amendment.create',
        objectType: 'plan',
        objectId: id,
        after: { amends: planId, reason: dto.reason, ...changes },
        requestId,
      });
      return id;
    });

    const input: PlanLifecycleInput = {
      planId: newPlanId,
      title,
      lifecycle: {
        status: 'draft',
        revision: 1,
        documentType: amended.document_type,
        issuingAgencyId: amended.issuing_agency_id,
        issuerCode: dto.issuerCode ?? 'UBND',
        signerId: dto.signerId,
      },
      people: people.roles,
      ...(current.planPeriod ? { planPeriod: current.planPeriod } : {}),
      responsibilities,
      duties,
      amends: { planId, workflowId: amended.workflow_id, ...(symbol ? { symbol } : {}), reason: dto.reason },
      ...(additions.length ? { calendarAdditions: additions } : {}),
    };
    try {
      await this.temporal.start(WORKFLOW_TYPES.planLifecycle, planWorkflowId(newPlanId), input);
    } catch (e) {
      // Not started: the draft stays (with its audit) but without a workflow row, so it can be started again.
      await this.dataSource.query(`DELETE FROM plan_workflow_states WHERE plan_id = $1 AND view IS NULL`, [newPlanId]);
      throw asApiError(e);
    }
    return this.plans.state(newPlanId);
  }

  private async amended(planId: string): Promise<AmendedRow> {
    const rows = (await this.dataSource.query(
      `SELECT s.workflow_id, s.issuing_agency_id, s.people, p.document_type, p.issuer_organisation_id, p.title, p.period_from, p.period_to
         FROM plans p JOIN plan_workflow_states s ON s.plan_id = p.id::text WHERE p.id = $1`,
      [planId],
    )) as AmendedRow[];
    if (!rows[0]) throw new ApiError('NOT_FOUND', 'Kế hoạch chưa được đưa vào quy trình');
    return rows[0];
  }
}
