import { Injectable, Logger } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/client';
import { DataSource } from 'typeorm';
import {
  applyOrgSealUpdate,
  approveContentUpdate,
  approvePlanUpdate,
  assignNumberUpdate,
  checkFormatUpdate,
  closeConsultationUpdate,
  type DutySpec,
  issuePlanUpdate,
  planStateQuery,
  type PlanLifecycleInput,
  type PlanView,
  planWorkflowId,
  recallPlanUpdate,
  replyConsultationUpdate,
  type ResponsibilitySpec,
  returnForRevisionUpdate,
  signPlanUpdate,
  startConsultationUpdate,
  submitForReviewUpdate,
  withdrawPlanUpdate,
  WORKFLOW_TYPES,
} from '@dondoc/contracts';
import {
  type CutOffRule,
  type DateRange,
  type DueRule,
  expandReportingPeriods,
  parseIsoDate,
  type PlanActor,
  type PlanRole,
  type ReportFrequency,
  type ReportingDuty,
  requireWorkingDayDeadline,
  type SigningAuthority,
  type SigningCapacity,
  WorkingCalendar,
} from '@dondoc/domain';
import { recordAuditEvent } from '@dondoc/persistence';
import { TemporalGateway, WorkflowAlreadyStartedError } from '@dondoc/temporal-client';
import { CalendarSource } from '../calendar/calendar-source';
import { ApiError } from '../common/api-error';
import type { SessionUser } from '../common/request-context';
import type {
  ConsultationReplyDto,
  IssuePlanDto,
  NumberPlanDto,
  ReasonDto,
  ReviewPlanDto,
  SignPlanDto,
  StartConsultationDto,
  StartPlanWorkflowDto,
} from './workflow-actions.dto';
import { signingAuthorityOf } from './signing-authority.read';
import { withEscalationPolicies } from '../escalation-policies/with-escalation-policies';
import { asApiError, updateIdOf, viaTemporal, viaTemporalOnKnown } from './workflow-errors';

const CLOSED = 'Quy trình của kế hoạch đã kết thúc (đã ban hành hoặc đã rút), không thể thực hiện thêm thao tác';

interface StateRow {
  workflow_id: string;
  issuing_agency_id: string;
  people: Partial<Record<PlanRole, string>>;
  signing_authority: SigningAuthority | null;
  start_request_id: string | null;
  view: PlanView | null;
}

interface PlanRow {
  id: string;
  title: string;
  document_type: string;
  issuer_organisation_id: string | null;
  current_revision_id: string | null;
  period_from: number | null;
  period_to: number | null;
  status: string;
}

interface AssigneeRow {
  responsibility_id: string;
  duties: string;
  role: 'lead' | 'coordinator';
  organisation_id: string;
}

interface DutyRow {
  id: string;
  frequency: string;
  due_rule: { month: number | null; day: number; strict?: boolean } | null;
  due_text: string | null;
  strict: boolean;
  text: string;
  cut_off_override: Record<string, unknown> | null;
  reporter_ids: string[];
  recipient_ids: string[];
}

/** A plan step as the controller names it. */
export type PlanStep =
  | { step: 'startConsultation'; body: StartConsultationDto }
  | { step: 'closeConsultation' }
  | { step: 'replyConsultation'; body: ConsultationReplyDto }
  | { step: 'submitForReview' }
  | { step: 'review'; body: ReviewPlanDto }
  | { step: 'approve' }
  | { step: 'sign'; body: SignPlanDto }
  | { step: 'number'; body: NumberPlanDto }
  | { step: 'seal' }
  | { step: 'issue'; body: IssuePlanDto }
  | { step: 'withdraw'; body: ReasonDto }
  | { step: 'recall'; body: ReasonDto };

/**
 * The plan lifecycle through the API: starts `planLifecycleWorkflow` for a plan of the plans
 * module, and runs each human step as the workflow's update with the actor built from the session
 * (the plan roles the user was given at start, plus `clerk` for the clerks). The update id is the
 * client's request id, so a repeated request answers the first outcome.
 */
@Injectable()
export class PlanWorkflowService {
  private readonly logger = new Logger(PlanWorkflowService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: TemporalGateway,
    private readonly calendars: CalendarSource,
  ) {}

  /** Starts the lifecycle of a plan (drafted or imported and confirmed); the caller is the drafter. */
  async start(
    planId: string,
    dto: StartPlanWorkflowDto,
    user: SessionUser,
    key: string | undefined,
    requestId: string | null,
  ): Promise<PlanView> {
    // Deadlines typed by a person must be working days (a date on Tết is refused, not moved), on the
    // calendar in force; the workflow gets the same additions (and `calendarChanged` later ones).
    const { calendar, additions } = await this.calendars.current();
    for (const due of [dto.defaultDueDate, ...(dto.dueDates ?? []).map((d) => d.dueDate)]) {
      if (due) requireWorkingDayDeadline(parseIsoDate(due), calendar);
    }
    const existing = await this.stateRow(planId);
    if (existing) {
      if (key && existing.start_request_id === key) return this.state(planId);
      throw new ApiError('CONFLICT', 'Kế hoạch đã được đưa vào quy trình');
    }
    const plan = await this.plan(planId);
    // An issued (e.g. imported historical) plan is tracked, not drafted again: not through this lifecycle.
    if (plan.status !== 'draft')
      throw new ApiError('CONFLICT', 'Chỉ dự thảo kế hoạch mới được đưa vào quy trình soạn thảo, ban hành');
    const people = await this.people(dto, user);
    const issuingAgencyId = plan.issuer_organisation_id ?? people.signerOrganisationId;
    const authority: SigningAuthority = {
      id: `start:${planId}`,
      personId: dto.signerId,
      agencyId: issuingAgencyId,
      capacity: dto.signingCapacity as SigningCapacity,
      validFrom: new Date().toISOString(),
      validUntil: null,
      documentTypes: [plan.document_type],
    };
    const planPeriod = dto.planPeriod
      ? { start: parseIsoDate(dto.planPeriod.start), end: parseIsoDate(dto.planPeriod.end) }
      : plan.period_from && plan.period_to
        ? { start: parseIsoDate(`${plan.period_from}-01-01`), end: parseIsoDate(`${plan.period_to}-12-31`) }
        : undefined;
    // The plan's (and its duties') configured escalation policies go to the workflows at start.
    const input: PlanLifecycleInput = await withEscalationPolicies(this.dataSource, {
      planId,
      title: plan.title,
      lifecycle: {
        status: 'draft',
        revision: 1,
        documentType: plan.document_type,
        issuingAgencyId,
        issuerCode: dto.issuerCode ?? 'UBND',
        signerId: dto.signerId,
      },
      people: people.roles,
      ...(planPeriod ? { planPeriod } : {}),
      responsibilities: await this.responsibilities(plan, dto),
      duties: await this.duties(plan, planPeriod, calendar),
      ...(additions.length ? { calendarAdditions: additions } : {}),
    });
    const workflowId = planWorkflowId(planId);
    const inserted = await this.dataSource.transaction(async (m) => {
      const rows = (await m.query(
        `INSERT INTO plan_workflow_states (plan_id, workflow_id, issuing_agency_id, people, signing_authority, start_request_id, started_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (plan_id) DO NOTHING RETURNING plan_id`,
        [
          planId,
          workflowId,
          issuingAgencyId,
          JSON.stringify(people.roles),
          JSON.stringify(authority),
          key ?? null,
          user.id,
        ],
      )) as unknown[];
      if (rows.length === 0) return false;
      await recordAuditEvent(m, {
        actorId: user.id,
        action: 'plan.workflow.start',
        objectType: 'plan',
        objectId: planId,
        after: { workflowId, people: people.roles, responsibilities: input.responsibilities.length },
        requestId,
      });
      return true;
    });
    if (!inserted) throw new ApiError('CONFLICT', 'Kế hoạch đã được đưa vào quy trình');
    try {
      await this.temporal.start(WORKFLOW_TYPES.planLifecycle, workflowId, input);
    } catch (e) {
      // Not started: forget the row so that the drafter can try again (the audit event stays: it was attempted).
      if (!(e instanceof WorkflowAlreadyStartedError))
        await this.dataSource.query(`DELETE FROM plan_workflow_states WHERE plan_id = $1 AND view IS NULL`, [planId]);
      throw asApiError(e);
    }
    return this.state(planId);
  }

  /** The live state of the plan's workflow; its last projection when the workflow is closed or Temporal is away. */
  async state(planId: string): Promise<PlanView> {
    const row = await this.requireState(planId);
    try {
      return await viaTemporal(() => this.temporal.query(row.workflow_id, planStateQuery));
    } catch (e) {
      const fresh = await this.stateRow(planId);
      if (fresh?.view && e instanceof ApiError && (e.code === 'NOT_FOUND' || e.code === 'TEMPORAL_UNAVAILABLE')) return fresh.view;
      throw e;
    }
  }

  /** Runs one human step as the workflow's update and returns its outcome. */
  async act(planId: string, user: SessionUser, key: string | undefined, s: PlanStep): Promise<PlanView> {
    const row = await this.requireState(planId);
    const actor = planActorOf(row, user);
    const id = row.workflow_id;
    const updateId = updateIdOf(s.step, key);
    const run = <A>(def: UpdateDefinition<PlanView, [A], string>, arg: A) =>
      viaTemporalOnKnown(CLOSED, () => this.temporal.update(id, def, arg, updateId));
    switch (s.step) {
      case 'startConsultation':
        return run(startConsultationUpdate, { actor, invitees: s.body.invitees, closesAt: s.body.closesAt });
      case 'closeConsultation':
        return run(closeConsultationUpdate, { actor });
      case 'replyConsultation':
        return run(replyConsultationUpdate, { orgId: user.organisationId, personId: user.id, comment: s.body.comment });
      case 'submitForReview':
        return run(submitForReviewUpdate, { actor });
      case 'review': {
        if (s.body.decision === 'return')
          return run(returnForRevisionUpdate, {
            actor,
            reason: s.body.reason ?? '',
            ...(s.body.comments ? { comments: s.body.comments } : {}),
          });
        // Content review and format check are both "review"; the plan's stage says which one this is.
        const current = await viaTemporalOnKnown(CLOSED, () => this.temporal.query(id, planStateQuery));
        return run(current.lifecycle.status === 'formatCheck' ? checkFormatUpdate : approveContentUpdate, { actor });
      }
      case 'approve':
        return run(approvePlanUpdate, { actor });
      case 'sign': {
        // The signer's recorded authority for the issuer (signing_authorities); the workflow's validator
        // refuses an absent, expired, out-of-scope or mismatched one with the reason, and nothing changes.
        const authority = await signingAuthorityOf(this.dataSource, user.id, row.issuing_agency_id, s.body.capacity);
        return run(signPlanUpdate, { actor, capacity: s.body.capacity, ...(authority ? { authority } : {}) });
      }
      case 'number':
        return run(assignNumberUpdate, { actor, ...(s.body.number !== undefined ? { number: s.body.number } : {}) });
      case 'seal':
        return run(applyOrgSealUpdate, { actor });
      case 'issue':
        return run(issuePlanUpdate, {
          actor,
          recipients: s.body.recipients,
          ...(s.body.urgent !== undefined ? { urgent: s.body.urgent } : {}),
        });
      case 'withdraw':
        return run(withdrawPlanUpdate, { actor, reason: s.body.reason });
      case 'recall':
        return run(recallPlanUpdate, { actor, reason: s.body.reason });
    }
  }

  private async stateRow(planId: string): Promise<StateRow | undefined> {
    const rows = (await this.dataSource.query(
      `SELECT workflow_id, issuing_agency_id, people, signing_authority, start_request_id, view FROM plan_workflow_states WHERE plan_id = $1`,
      [planId],
    )) as StateRow[];
    return rows[0];
  }

  private async requireState(planId: string): Promise<StateRow> {
    const row = await this.stateRow(planId);
    if (!row) throw new ApiError('NOT_FOUND', 'Kế hoạch chưa được đưa vào quy trình');
    return row;
  }

  private async plan(planId: string): Promise<PlanRow> {
    const rows = (await this.dataSource.query(
      `SELECT id, title, document_type, issuer_organisation_id, current_revision_id, period_from, period_to, status FROM plans WHERE id = $1`,
      [planId],
    )) as PlanRow[];
    if (!rows[0]) throw new ApiError('NOT_FOUND');
    return rows[0];
  }

  /** Plan roles → user ids, checked against active users; the signer must be a leader. */
  async people(
    dto: Pick<StartPlanWorkflowDto, 'drafterUnitHeadId' | 'formatCheckerId' | 'signerId' | 'clerkId'>,
    user: SessionUser,
  ): Promise<{ roles: Partial<Record<PlanRole, string>>; signerOrganisationId: string }> {
    const ids = [dto.drafterUnitHeadId, dto.formatCheckerId, dto.signerId, ...(dto.clerkId ? [dto.clerkId] : [])];
    const rows = (await this.dataSource.query(
      `SELECT id, roles, organisation_id FROM users WHERE id = ANY($1::uuid[]) AND active`,
      [ids],
    )) as {
      id: string;
      roles: string[];
      organisation_id: string;
    }[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length) throw new ApiError('REFERENCE_NOT_FOUND', `Không tìm thấy người dùng: ${missing.join(', ')}`);
    const signer = byId.get(dto.signerId)!;
    if (!signer.roles.includes('leader') && !signer.roles.includes('admin')) {
      throw new ApiError('VALIDATION_FAILED', undefined, [{ field: 'signerId', message: 'Người ký phải là lãnh đạo' }]);
    }
    return {
      roles: {
        drafter: user.id,
        drafterUnitHead: dto.drafterUnitHeadId,
        formatChecker: dto.formatCheckerId,
        signer: dto.signerId,
        ...(dto.clerkId ? { clerk: dto.clerkId } : {}),
      },
      signerOrganisationId: signer.organisation_id,
    };
  }

  /**
   * The assignment matrix of the plan's current revision as task specs: one per responsibility with
   * at least one lead resolved to an organisation. The owner of each task is the lead organisation
   * itself (its reminders reach everyone of it); the future signer is the leader in charge.
   */
  private async responsibilities(plan: PlanRow, dto: StartPlanWorkflowDto): Promise<ResponsibilitySpec[]> {
    if (!plan.current_revision_id) return [];
    const rows = (await this.dataSource.query(
      `SELECT r.id AS responsibility_id, r.duties, a.role, a.organisation_id
         FROM plan_responsibilities r JOIN responsibility_assignees a ON a.responsibility_id = r.id
        WHERE r.revision_id = $1 AND a.organisation_id IS NOT NULL
        ORDER BY r.position, a.role, a.position`,
      [plan.current_revision_id],
    )) as AssigneeRow[];
    const overrides = new Map((dto.dueDates ?? []).map((d) => [d.responsibilityId, d.dueDate]));
    const defaultDue = dto.defaultDueDate ?? (plan.period_to ? `${plan.period_to}-12-31` : undefined);
    const specs = new Map<string, ResponsibilitySpec>();
    for (const r of rows) {
      let spec = specs.get(r.responsibility_id);
      if (!spec) {
        const due = overrides.get(r.responsibility_id) ?? defaultDue;
        const dueRule: DueRule = due ? { kind: 'lastDay', date: parseIsoDate(due) } : { kind: 'ongoing' };
        spec = {
          responsibilityId: r.responsibility_id,
          title: titleOf(r.duties),
          leads: [],
          coordinatorOrgIds: [],
          dueRule,
        };
        specs.set(r.responsibility_id, spec);
      }
      if (r.role === 'lead' && !spec.leads.some((l) => l.orgId === r.organisation_id)) {
        spec.leads.push({
          orgId: r.organisation_id,
          chain: { ownerId: r.organisation_id, leaderInChargeId: dto.signerId },
        });
      } else if (r.role === 'coordinator' && !spec.coordinatorOrgIds!.includes(r.organisation_id)) {
        spec.coordinatorOrgIds!.push(r.organisation_id);
      }
    }
    return [...specs.values()].filter((s) => s.leads.length > 0);
  }

  /**
   * The reporting duties of the plan's current revision as duty specs: the resolved reporters report
   * to the resolved recipient (the standing agency), consolidated by one of its active people (a
   * leader first). A duty that cannot be mapped (ad hoc, no due day, no resolved reporter or
   * recipient, no period within the plan period) is skipped with a log line saying why.
   */
  private async duties(
    plan: PlanRow,
    planPeriod: DateRange | undefined,
    calendar: WorkingCalendar,
  ): Promise<DutySpec[]> {
    if (!plan.current_revision_id) return [];
    const rows = (await this.dataSource.query(
      `SELECT d.id, d.frequency, d.due_rule, d.due_text, d.strict, d.text, d.cut_off_override,
              COALESCE(array_agg(p.organisation_id ORDER BY p.position) FILTER (WHERE p.role = 'reporter' AND p.organisation_id IS NOT NULL), '{}') AS reporter_ids,
              COALESCE(array_agg(p.organisation_id ORDER BY p.position) FILTER (WHERE p.role = 'recipient' AND p.organisation_id IS NOT NULL), '{}') AS recipient_ids
         FROM plan_reporting_duties d LEFT JOIN reporting_duty_parties p ON p.duty_id = d.id
        WHERE d.revision_id = $1
        GROUP BY d.id ORDER BY d.position`,
      [plan.current_revision_id],
    )) as DutyRow[];
    const specs: DutySpec[] = [];
    const skip = (row: DutyRow, why: string) =>
      this.logger.warn(`plan ${plan.id}: reporting duty ${row.id} not started at issuance: ${why}`);
    for (const row of rows) {
      if (!planPeriod) {
        skip(row, 'kế hoạch chưa có thời gian thực hiện');
        continue;
      }
      const duty = reportingDutyOf(row);
      if (typeof duty === 'string') {
        skip(row, duty);
        continue;
      }
      const reporterIds = [...new Set(row.reporter_ids)];
      const standingAgencyId = row.recipient_ids[0];
      if (reporterIds.length === 0) {
        skip(row, 'chưa xác định được cơ quan báo cáo');
        continue;
      }
      if (!standingAgencyId) {
        skip(row, 'chưa xác định được cơ quan nhận báo cáo');
        continue;
      }
      try {
        if (expandReportingPeriods(duty, planPeriod, calendar).length === 0) {
          skip(row, 'không có kỳ báo cáo nào trong thời gian thực hiện kế hoạch');
          continue;
        }
      } catch (e) {
        skip(row, e instanceof Error ? e.message : String(e));
        continue;
      }
      const consolidator = (await this.dataSource.query(
        `SELECT id FROM users WHERE organisation_id = $1 AND active ORDER BY ('leader' = ANY(roles)) DESC, username LIMIT 1`,
        [standingAgencyId],
      )) as { id: string }[];
      if (!consolidator[0]) {
        skip(row, 'cơ quan nhận báo cáo chưa có người dùng để tổng hợp');
        continue;
      }
      specs.push({
        dutyId: row.id,
        title: titleOf(row.text),
        duty,
        reporters: reporterIds.map((orgId) => ({ orgId, chain: { ownerId: orgId } })),
        standingAgencyId,
        consolidatorId: consolidator[0].id,
      });
    }
    return specs;
  }
}

/**
 * The stored frequency and due rule of a reporting duty as the domain's rule, or why it cannot be
 * mapped. `{month: 6, day: 5, strict}` is "trước ngày 05/6" (yearly); `month: null` is a day of the
 * month the cut-off ends in ("trước ngày 20 hằng tháng").
 */
export function reportingDutyOf(
  row: Pick<DutyRow, 'frequency' | 'due_rule' | 'due_text' | 'strict' | 'cut_off_override'>,
): ReportingDuty | string {
  const frequency = FREQUENCIES[row.frequency];
  if (!frequency) return `tần suất "${row.frequency}" không phải báo cáo định kỳ`;
  const rule = row.due_rule;
  if (!rule || !Number.isInteger(rule.day)) return 'chưa có hạn báo cáo';
  const strict = rule.strict ?? row.strict;
  const cutOff = cutOffOf(row.cut_off_override);
  return {
    frequency,
    due:
      rule.month === null
        ? { kind: 'dayOfMonth', day: rule.day }
        : { kind: 'yearly', month: rule.month, day: rule.day },
    // "Đến hết ngày" counts the day itself; "trước ngày" does not, unless read as inclusive.
    ...(row.due_text && /đến hết/i.test(row.due_text) ? { before: false } : { inclusive: !strict }),
    ...(cutOff ? { cutOff } : {}),
    ...(row.cut_off_override?.estimate === true ? { estimate: true } : {}),
  };
}

const FREQUENCIES: Partial<Record<string, ReportFrequency>> = {
  monthly: 'monthly',
  quarterly: 'quarterly',
  semiannual: 'sixMonth',
  nineMonth: 'nineMonth',
  annual: 'annual',
};

/** A stored cut-off override `{from: "12-15", to: "06-04"}` as a custom cut-off (start in the previous year when after the end). */
function cutOffOf(o: Record<string, unknown> | null): CutOffRule | undefined {
  const md = (v: unknown) => {
    const m = typeof v === 'string' ? /^(\d{2})-(\d{2})$/.exec(v) : null;
    return m ? { month: Number(m[1]), day: Number(m[2]) } : undefined;
  };
  const start = md(o?.from);
  const end = md(o?.to);
  if (!start || !end) return undefined;
  const previousYear = start.month * 100 + start.day > end.month * 100 + end.day;
  return { kind: 'custom', start: { ...start, ...(previousYear ? { previousYear } : {}) }, end };
}

/** The session user as a plan actor: the roles they were given on this plan, and `clerk` for clerks. */
export function planActorOf(row: Pick<StateRow, 'people'>, user: SessionUser): PlanActor {
  const roles = (Object.entries(row.people) as [PlanRole, string][])
    .filter(([, id]) => id === user.id)
    .map(([role]) => role);
  if (user.roles.includes('clerk') && !roles.includes('clerk')) roles.push('clerk');
  return { personId: user.id, roles };
}

/** A task title from the duties text: its first line, at most 300 characters. */
function titleOf(duties: string): string {
  const first =
    duties
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? duties.trim();
  return first.length > 300 ? `${first.slice(0, 297)}…` : first;
}
