import type { PlanRevisions } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import {
  PlanBudgetLineEntity,
  PlanEntity,
  PlanLegalBasisEntity,
  PlanRecipientEntity,
  PlanRelationEntity,
  PlanReportingDutyEntity,
  PlanResponsibilityEntity,
  PlanRevisionEntity,
  PlanSectionEntity,
  PlanTargetEntity,
  ReportingDutyPartyEntity,
  ResponsibilityAssigneeEntity,
} from '@dondoc/persistence';
import { ApiError } from '../common/api-error';
import { likePattern, type ListResult } from '../common/list-query.dto';
import {
  toBudgetLineDto,
  toLegalBasisDto,
  toPlanDto,
  toRecipientDto,
  toRelationDto,
  toReportingDutyDto,
  toResponsibilityDto,
  toRevisionDto,
  toSectionDto,
  toTargetDto,
  type PlanDetailDto,
  type PlanDto,
  type PlanListQueryDto,
} from './plan.dto';

const SORT_COLUMNS: Record<PlanListQueryDto['sort'], string> = {
  createdAt: 'p.created_at',
  updatedAt: 'p.updated_at',
  issuedOn: 'p.issued_on',
  title: 'p.title COLLATE "vi-x-icu"',
  number: 'p.number',
  year: 'p.year',
  status: 'p.status',
};

/** Plans: the react-admin list and one plan with its current revision's content. */
@Injectable()
export class PlansService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: PlanListQueryDto): Promise<ListResult<PlanDto>> {
    const qb = this.dataSource.getRepository(PlanEntity).createQueryBuilder('p');
    if (query.q?.trim()) {
      // Accent-insensitive, every word anywhere in title, number as written, number/symbol and
      // summary: "giam ngheo ba ria 35/KH" finds "…giảm nghèo… Bà Rịa…" numbered "35 /KH-UBND".
      const haystack = `dondoc_unaccent(p.title || ' ' || coalesce(p.number_text, '') || ' ' || coalesce(p.number::text || '/' || p.symbol, '') || ' ' || coalesce(p.summary, ''))`;
      query.q
        .trim()
        .normalize('NFC')
        .split(/\s+/)
        .slice(0, 10)
        .forEach((word, i) =>
          qb.andWhere(`${haystack} LIKE dondoc_unaccent(:q${i})`, { [`q${i}`]: likePattern(word) }),
        );
    }
    if (query.id)
      qb.andWhere('p.id IN (:...ids)', { ids: query.id.length ? query.id : ['00000000-0000-0000-0000-000000000000'] });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.year !== undefined) qb.andWhere('p.year = :year', { year: query.year });
    if (query.source) qb.andWhere('p.source = :source', { source: query.source });
    if (query.issuerOrganisationId)
      qb.andWhere('p.issuer_organisation_id = :issuerId', { issuerId: query.issuerOrganisationId });
    if (query.issuer?.trim()) {
      qb.andWhere(`dondoc_unaccent(coalesce(p.issuer_name, '')) LIKE dondoc_unaccent(:issuer)`, {
        issuer: likePattern(query.issuer.trim().normalize('NFC')),
      });
    }
    qb.orderBy(SORT_COLUMNS[query.sort], query.order, 'NULLS LAST').addOrderBy('p.id', 'ASC');
    qb.skip((query.page - 1) * query.perPage).take(query.perPage);
    const [rows, total] = await qb.getManyAndCount();
    return { data: rows.map(toPlanDto), total };
  }

  async get(id: string): Promise<PlanDetailDto> {
    const m = this.dataSource.manager;
    const plan = await m.findOneBy(PlanEntity, { id });
    if (!plan) throw new ApiError('NOT_FOUND');
    const relations = await m.find(PlanRelationEntity, {
      where: { planId: id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const revision = plan.currentRevisionId
      ? await m.findOne(PlanRevisionEntity, {
          where: { id: plan.currentRevisionId },
          select: { id: true, number: true, createdAt: true, createdBy: true, reason: true },
        })
      : null;
    const empty = {
      sections: [],
      legalBases: [],
      targets: [],
      budgetLines: [],
      responsibilities: [],
      reportingDuties: [],
      recipients: [],
    };
    if (!revision)
      return { ...toPlanDto(plan), currentRevision: null, relations: relations.map(toRelationDto), ...empty };

    const byRevision = { where: { revisionId: revision.id }, order: { position: 'ASC' as const } };
    const [sections, legalBases, targets, budgetLines, responsibilities, duties, recipients] = await Promise.all([
      m.find(PlanSectionEntity, byRevision),
      m.find(PlanLegalBasisEntity, byRevision),
      m.find(PlanTargetEntity, byRevision),
      m.find(PlanBudgetLineEntity, byRevision),
      m.find(PlanResponsibilityEntity, byRevision),
      m.find(PlanReportingDutyEntity, byRevision),
      m.find(PlanRecipientEntity, byRevision),
    ]);
    const [assignees, parties] = await Promise.all([
      responsibilities.length
        ? m.find(ResponsibilityAssigneeEntity, {
            where: { responsibilityId: In(responsibilities.map((r) => r.id)) },
            order: { role: 'ASC', position: 'ASC' },
          })
        : [],
      duties.length
        ? m.find(ReportingDutyPartyEntity, {
            where: { dutyId: In(duties.map((d) => d.id)) },
            order: { role: 'ASC', position: 'ASC' },
          })
        : [],
    ]);
    return {
      ...toPlanDto(plan),
      currentRevision: toRevisionDto(revision),
      sections: sections.map(toSectionDto),
      legalBases: legalBases.map(toLegalBasisDto),
      targets: targets.map(toTargetDto),
      budgetLines: budgetLines.map(toBudgetLineDto),
      responsibilities: responsibilities.map((r) => toResponsibilityDto(r, assignees)),
      reportingDuties: duties.map((d) => toReportingDutyDto(d, parties)),
      recipients: recipients.map(toRecipientDto),
      relations: relations.map(toRelationDto),
    };
  }

  /** The plan's stored revisions, oldest first, with their content; and the draft edits of its workflow. */
  async revisions(id: string): Promise<PlanRevisions> {
    const q = <T>(sql: string, params: unknown[]) => this.dataSource.query(sql, params) as Promise<T[]>;
    if ((await q(`SELECT 1 FROM plans WHERE id = $1`, [id])).length === 0) throw new ApiError('NOT_FOUND');
    const revisions = await q<{
      id: string;
      number: number;
      created_at: Date;
      created_by: string | null;
      reason: string | null;
    }>(
      `SELECT r.id, r.number, r.created_at, u.full_name AS created_by, r.reason
         FROM plan_revisions r LEFT JOIN users u ON u.id = r.created_by
        WHERE r.plan_id = $1 ORDER BY r.number`,
      [id],
    );
    const ids = revisions.map((r) => r.id);
    const [sections, targets, budgetLines, responsibilities, edits] = await Promise.all([
      q<{ revision_id: string; label: string | null; title: string | null; text: string | null }>(
        `SELECT revision_id, label, title, text FROM plan_sections WHERE revision_id = ANY($1::uuid[]) ORDER BY position`,
        [ids],
      ),
      q<{ revision_id: string; text: string }>(
        `SELECT revision_id, text FROM plan_targets WHERE revision_id = ANY($1::uuid[]) ORDER BY position`,
        [ids],
      ),
      q<{ revision_id: string; text: string; amount_vnd: string | null }>(
        `SELECT revision_id, text, amount_vnd::text FROM plan_budget_lines WHERE revision_id = ANY($1::uuid[]) ORDER BY position`,
        [ids],
      ),
      q<{
        revision_id: string;
        item_path: string | null;
        duties: string;
        due_text: string | null;
        leads: string[];
        coordinators: string[];
      }>(
        `SELECT r.revision_id, NULLIF(concat_ws(' › ', NULLIF(array_to_string(r.item_path, ' › '), ''), r.table_row), '') AS item_path,
                r.duties, r.due_text,
                COALESCE(array_agg(a.name ORDER BY a.position) FILTER (WHERE a.role = 'lead'), '{}') AS leads,
                COALESCE(array_agg(a.name ORDER BY a.position) FILTER (WHERE a.role = 'coordinator'), '{}') AS coordinators
           FROM plan_responsibilities r LEFT JOIN responsibility_assignees a ON a.responsibility_id = r.id
          WHERE r.revision_id = ANY($1::uuid[]) GROUP BY r.id ORDER BY r.position`,
        [ids],
      ),
      q<{ revision: number; at: Date; by: string | null }>(
        `SELECT (e.after->>'revision')::int AS revision, e.occurred_at AS at, u.full_name AS by
           FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
          WHERE e.object_type = 'plan' AND e.object_id = $1 AND e.action = 'plan.edit' ORDER BY e.occurred_at, e.id`,
        [`plan:${id}`],
      ),
    ]);
    const of = <T extends { revision_id: string }>(rows: T[], revisionId: string) =>
      rows.filter((r) => r.revision_id === revisionId);
    return {
      data: revisions.map((r) => ({
        number: r.number,
        createdAt: r.created_at.toISOString(),
        createdBy: r.created_by,
        reason: r.reason,
        content: {
          sections: of(sections, r.id).map(({ label, title, text }) => ({ label, title, text })),
          targets: of(targets, r.id).map(({ text }) => ({ text })),
          budgetLines: of(budgetLines, r.id).map(({ text, amount_vnd }) => ({ text, amountVnd: amount_vnd })),
          responsibilities: of(responsibilities, r.id).map((x) => ({
            itemPath: x.item_path,
            duties: x.duties,
            leads: x.leads,
            coordinators: x.coordinators,
            dueText: x.due_text,
          })),
        },
      })),
      edits: edits.map((e) => ({ revision: e.revision, at: e.at.toISOString(), by: e.by })),
    };
  }
}
