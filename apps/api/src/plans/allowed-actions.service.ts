import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { planStateQuery, type PlanView } from '@dondoc/contracts';
import { documentSymbol, localDateOf, type PlanRole, type SigningAuthority } from '@dondoc/domain';
import { TemporalGateway } from '@dondoc/temporal-client';
import { permissionsOf } from '../auth/permissions';
import { ApiError } from '../common/api-error';
import type { SessionUser } from '../common/request-context';
import { planActorOf } from '../workflow-actions/plan-workflow.service';
import { signingAuthorityOf } from '../workflow-actions/signing-authority.read';
import { type ActionChoice, allowedPlanActions, type AllowedPlanActions } from './allowed-actions';

interface StateRow {
  workflow_id: string;
  issuing_agency_id: string;
  people: Partial<Record<PlanRole, string>>;
  signing_authority: SigningAuthority | null;
  view: PlanView | null;
}

/** At most this many organisations are offered as consultation invitees. */
const MAX_INVITEES = 500;

/**
 * Loads what `allowedPlanActions` needs: the plan, the caller's permissions and plan roles, the
 * lifecycle state (the workflow's planState query, else its last projection when the workflow has
 * closed or Temporal is away), the people and organisations to choose from, and the register's next
 * number. Reads only.
 */
@Injectable()
export class AllowedActionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: TemporalGateway,
  ) {}

  async forUser(planId: string, user: SessionUser): Promise<AllowedPlanActions> {
    const plans = (await this.dataSource.query(`SELECT status FROM plans WHERE id = $1`, [planId])) as {
      status: string;
    }[];
    if (!plans[0]) throw new ApiError('NOT_FOUND');
    const rows = (await this.dataSource.query(
      `SELECT workflow_id, issuing_agency_id, people, signing_authority, view FROM plan_workflow_states WHERE plan_id = $1`,
      [planId],
    )) as StateRow[];
    const row = rows[0];
    const view = row ? await this.view(row) : null;
    // Started, but neither the workflow nor its projection answers yet: nothing can be decided.
    if (row && !view) return { status: null, revision: null, actions: [] };
    const now = new Date();
    const permissions = permissionsOf(user.roles);
    const lifecycle = view?.lifecycle;
    const actions = allowedPlanActions({
      planStatus: plans[0].status,
      permissions,
      organisationId: user.organisationId,
      workflow:
        row && lifecycle
          ? { lifecycle, actor: planActorOf(row, user), authority: await this.authority(row, user, lifecycle.status) }
          : null,
      now,
      choices: await this.choices(
        (!row && permissions.includes('plans.draft')) || (lifecycle?.status === 'issued' && permissions.includes('plans.amend')),
        lifecycle?.status === 'draft',
        lifecycle?.status === 'issued' && permissions.includes('plans.amend') ? planId : null,
      ),
      ...(lifecycle?.status === 'signed' || lifecycle?.status === 'numbered'
        ? { nextSymbol: lifecycle.number?.symbol ?? (await this.nextSymbol(planId, lifecycle, now)) }
        : {}),
    });
    return { status: lifecycle?.status ?? null, revision: lifecycle?.revision ?? null, actions };
  }

  /**
   * The caller's recorded signing authority for the issuer, as the sign step will send it (the
   * capacity chosen at the start preferred); only looked up when a signature is due.
   */
  private async authority(row: StateRow, user: SessionUser, status: string): Promise<SigningAuthority | null> {
    if (status !== 'approved') return null;
    const preferred = row.signing_authority?.capacity ?? 'head';
    return (await signingAuthorityOf(this.dataSource, user.id, row.issuing_agency_id, preferred)) ?? null;
  }

  /** The live state; the last projection when the workflow has closed or Temporal cannot answer. */
  private async view(row: StateRow): Promise<PlanView | null> {
    try {
      return await this.temporal.query(row.workflow_id, planStateQuery);
    } catch {
      return row.view;
    }
  }

  /** People for a start or an amendment (only loaded when possible), organisations for a consultation, rows for an amendment. */
  private async choices(people: boolean, organisations: boolean, amendedPlanId: string | null) {
    const none: ActionChoice[] = [];
    const users = people
      ? ((await this.dataSource.query(
          `SELECT u.id, u.full_name, o.name AS organisation, u.roles FROM users u JOIN organisations o ON o.id = u.organisation_id
            WHERE u.active ORDER BY u.full_name COLLATE "vi-x-icu", u.id`,
        )) as { id: string; full_name: string; organisation: string; roles: string[] }[])
      : [];
    const person = (u: (typeof users)[number]): ActionChoice => ({
      id: u.id,
      name: `${u.full_name} (${u.organisation})`,
    });
    const orgs = organisations
      ? ((await this.dataSource.query(
          `SELECT id, name FROM organisations WHERE valid_to IS NULL OR valid_to > now()
            ORDER BY name COLLATE "vi-x-icu", id LIMIT ${MAX_INVITEES}`,
        )) as ActionChoice[])
      : none;
    // An amendment moves the deadline of a row of the current revision (the rows the workflow tracks).
    const responsibilities = amendedPlanId
      ? ((await this.dataSource.query(
          `SELECT r.id, left(split_part(r.duties, E'\n', 1), 200) AS name FROM plans p
             JOIN plan_responsibilities r ON r.revision_id = p.current_revision_id
            WHERE p.id = $1 ORDER BY r.position LIMIT ${MAX_INVITEES}`,
          [amendedPlanId],
        )) as ActionChoice[])
      : none;
    return {
      leaders: users.filter((u) => u.roles.includes('leader')).map(person),
      clerks: users.filter((u) => u.roles.includes('clerk')).map(person),
      organisations: orgs,
      responsibilities,
    };
  }

  /** The number the clerk would give now: one reserved for this plan, else the register's next. */
  private async nextSymbol(planId: string, l: PlanView['lifecycle'], now: Date): Promise<string> {
    const year = localDateOf(now).year;
    const rows = (await this.dataSource.query(
      `SELECT COALESCE(MIN(number) FILTER (WHERE plan_id = $3 AND status = 'reserved'), MAX(number) + 1, 1) AS next
         FROM document_register_entries WHERE organisation_id = $1 AND year = $2`,
      [l.issuingAgencyId, year, planId],
    )) as { next: number }[];
    return documentSymbol(Number(rows[0]?.next ?? 1), l.documentType, l.issuerCode);
  }
}
