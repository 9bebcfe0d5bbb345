import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { EscalationPolicyEntity, recordAuditEvent, type StoredEscalationStep } from '@dondoc/persistence';
import { ApiError } from '../common/api-error';
import { likePattern, type ListResult } from '../common/list-query.dto';
import type { Actor } from '../common/request-context';
import {
  type ChooseEscalationPolicyDto,
  type CreateEscalationPolicyDto,
  type EscalationPolicyDto,
  type EscalationPolicyListQueryDto,
  toEscalationPolicyDto,
  type UpdateEscalationPolicyDto,
} from './escalation-policy.dto';
import { escalationPolicyProblems, toDomainPolicy } from './escalation-policy.rules';

const SORT_COLUMNS: Record<EscalationPolicyListQueryDto['sort'], string> = {
  name: 'p.name COLLATE "vi-x-icu"',
  createdAt: 'p.created_at',
  updatedAt: 'p.updated_at',
};
const NAME_TAKEN = () => new ApiError('CONFLICT', 'Tên chính sách đã được sử dụng', [{ field: 'name', message: 'Tên chính sách đã được sử dụng' }]);
const IN_USE = () => new ApiError('CONFLICT', 'Chính sách đang được kế hoạch hoặc chế độ báo cáo sử dụng, không thể xóa');
const NOT_FOUND = () => new ApiError('NOT_FOUND', 'Không tìm thấy chính sách đôn đốc');

/**
 * Escalation policies an administrator configures, and the choice of one per plan and per reporting
 * duty. A policy is validated (Vietnamese, per field) before anything is written; every write is
 * audited; a policy in use cannot be deleted. Workflows take the policy at start, so a plan already
 * in its workflow keeps the policy it started with.
 */
@Injectable()
export class EscalationPoliciesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: EscalationPolicyListQueryDto): Promise<ListResult<EscalationPolicyDto>> {
    const qb = this.dataSource.getRepository(EscalationPolicyEntity).createQueryBuilder('p');
    if (query.q?.trim()) qb.andWhere('dondoc_unaccent(p.name) LIKE dondoc_unaccent(:q)', { q: likePattern(query.q.trim().normalize('NFC')) });
    qb.orderBy(SORT_COLUMNS[query.sort], query.order).addOrderBy('p.id', 'ASC');
    qb.skip((query.page - 1) * query.perPage).take(query.perPage);
    const [rows, total] = await qb.getManyAndCount();
    const used = await this.usage(this.dataSource.manager, rows.map((r) => r.id));
    return { data: rows.map((r) => toEscalationPolicyDto(r, used.get(r.id) ?? 0)), total };
  }

  async get(id: string): Promise<EscalationPolicyDto> {
    return this.dto(this.dataSource.manager, await this.find(this.dataSource.manager, id));
  }

  async create(dto: CreateEscalationPolicyDto, actor: Actor): Promise<EscalationPolicyDto> {
    const values = this.checked(dto.name, dto.steps, dto.sendAt ?? '08:00');
    return this.write(async (m) => {
      const result = await m.insert(EscalationPolicyEntity, {
        ...values,
        description: dto.description?.trim().normalize('NFC') || null,
        createdBy: actor.userId,
      });
      const created = await this.find(m, String((result.identifiers[0] as { id: string }).id));
      const after = await this.dto(m, created);
      await recordAuditEvent(m, { actorId: actor.userId, action: 'escalationPolicy.create', objectType: 'escalationPolicy', objectId: created.id, after, requestId: actor.requestId });
      return after;
    });
  }

  async update(id: string, dto: UpdateEscalationPolicyDto, actor: Actor): Promise<EscalationPolicyDto> {
    return this.write(async (m) => {
      const current = await this.find(m, id, true);
      const before = await this.dto(m, current);
      const values = this.checked(dto.name ?? current.name, dto.steps ?? current.steps, dto.sendAt ?? current.sendAt);
      await m.update(EscalationPolicyEntity, { id }, {
        ...values,
        ...(dto.description !== undefined ? { description: dto.description?.trim().normalize('NFC') || null } : {}),
      });
      const after = await this.dto(m, await this.find(m, id));
      await recordAuditEvent(m, { actorId: actor.userId, action: 'escalationPolicy.update', objectType: 'escalationPolicy', objectId: id, before, after, requestId: actor.requestId });
      return after;
    });
  }

  async remove(id: string, actor: Actor): Promise<EscalationPolicyDto> {
    return this.write(async (m) => {
      const before = await this.dto(m, await this.find(m, id, true));
      if (before.usedBy > 0) throw IN_USE();
      await m.delete(EscalationPolicyEntity, { id });
      await recordAuditEvent(m, { actorId: actor.userId, action: 'escalationPolicy.delete', objectType: 'escalationPolicy', objectId: id, before, requestId: actor.requestId });
      return before;
    });
  }

  /** Chooses the policy of a plan (null: the default); refused once the plan's workflow has started. */
  async chooseForPlan(planId: string, dto: ChooseEscalationPolicyDto, actor: Actor): Promise<{ id: string; policyId: string | null }> {
    return this.write(async (m) => {
      const [plan] = (await m.query(`SELECT id, escalation_policy_id FROM plans WHERE id = $1 FOR UPDATE`, [planId])) as { id: string; escalation_policy_id: string | null }[];
      if (!plan) throw new ApiError('NOT_FOUND', 'Không tìm thấy kế hoạch');
      await this.requireNotStarted(m, planId);
      if (dto.policyId) await this.requireReference(m, dto.policyId);
      await m.query(`UPDATE plans SET escalation_policy_id = $2 WHERE id = $1`, [planId, dto.policyId]);
      await recordAuditEvent(m, { actorId: actor.userId, action: 'plan.escalationPolicy.choose', objectType: 'plan', objectId: planId, before: { policyId: plan.escalation_policy_id }, after: { policyId: dto.policyId }, requestId: actor.requestId });
      return { id: planId, policyId: dto.policyId };
    });
  }

  /** Chooses the policy of one reporting duty (null: the plan's); refused once the plan's workflow has started. */
  async chooseForDuty(dutyId: string, dto: ChooseEscalationPolicyDto, actor: Actor): Promise<{ id: string; policyId: string | null }> {
    return this.write(async (m) => {
      const [duty] = (await m.query(
        `SELECT d.id, d.escalation_policy_id, r.plan_id FROM plan_reporting_duties d JOIN plan_revisions r ON r.id = d.revision_id WHERE d.id = $1 FOR UPDATE OF d`,
        [dutyId],
      )) as { id: string; escalation_policy_id: string | null; plan_id: string }[];
      if (!duty) throw new ApiError('NOT_FOUND', 'Không tìm thấy chế độ báo cáo');
      await this.requireNotStarted(m, duty.plan_id);
      if (dto.policyId) await this.requireReference(m, dto.policyId);
      await m.query(`UPDATE plan_reporting_duties SET escalation_policy_id = $2 WHERE id = $1`, [dutyId, dto.policyId]);
      await recordAuditEvent(m, { actorId: actor.userId, action: 'duty.escalationPolicy.choose', objectType: 'planReportingDuty', objectId: dutyId, before: { policyId: duty.escalation_policy_id }, after: { policyId: dto.policyId }, requestId: actor.requestId });
      return { id: dutyId, policyId: dto.policyId };
    });
  }

  /** Validates and normalises; bad input is refused before anything is written. */
  private checked(name: string, steps: readonly StoredEscalationStep[], sendAt: string) {
    const problems = escalationPolicyProblems(steps, sendAt);
    if (!name.trim()) problems.unshift({ field: 'name', message: 'Không được để trống' });
    if (problems.length) throw new ApiError('VALIDATION_FAILED', 'Chính sách đôn đốc không hợp lệ', problems);
    const clean = steps.map((s) => ({ offsetDays: s.offsetDays, audience: s.audience }));
    // The mapping the workflows will use must accept it too.
    toDomainPolicy({ id: 'check', name, steps: clean, sendAt });
    return { name: name.trim().normalize('NFC'), steps: clean, sendAt };
  }

  private async requireReference(m: EntityManager, id: string): Promise<void> {
    const found = await m.findOne(EscalationPolicyEntity, { where: { id } });
    if (!found) throw new ApiError('REFERENCE_NOT_FOUND', 'Không tìm thấy chính sách đôn đốc', [{ field: 'policyId', message: 'Không tìm thấy chính sách đôn đốc' }]);
  }

  private async requireNotStarted(m: EntityManager, planId: string): Promise<void> {
    const started = (await m.query(`SELECT 1 FROM plan_workflow_states WHERE plan_id = $1`, [planId])) as unknown[];
    if (started.length)
      throw new ApiError('CONFLICT', 'Kế hoạch đã vào quy trình: chính sách đôn đốc được áp dụng khi khởi động, không đổi được nữa');
  }

  private async find(m: EntityManager, id: string, lock = false): Promise<EscalationPolicyEntity> {
    const found = await m.findOne(EscalationPolicyEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!found) throw NOT_FOUND();
    return found;
  }

  private async dto(m: EntityManager, e: EscalationPolicyEntity): Promise<EscalationPolicyDto> {
    return toEscalationPolicyDto(e, (await this.usage(m, [e.id])).get(e.id) ?? 0);
  }

  /** Plans and reporting duties pointing at each policy. */
  private async usage(m: EntityManager, ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = (await m.query(
      `SELECT id, count(*)::int AS n FROM (
         SELECT escalation_policy_id AS id FROM plans WHERE escalation_policy_id = ANY($1::uuid[])
         UNION ALL SELECT escalation_policy_id FROM plan_reporting_duties WHERE escalation_policy_id = ANY($1::uuid[])) u
        GROUP BY id`,
      [ids],
    )) as { id: string; n: number }[];
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  /** One transaction; a duplicate name or a policy that got used meanwhile become their Vietnamese errors. */
  private async write<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(fn);
    } catch (err) {
      if (err instanceof QueryFailedError) {
        const pg = err.driverError as { code?: string; constraint?: string };
        if (pg.code === '23505' && pg.constraint === 'uq_escalation_policies_name') throw NAME_TAKEN();
        if (pg.code === '23503' && pg.constraint?.endsWith('_escalation_policy')) throw IN_USE();
      }
      throw err;
    }
  }
}
