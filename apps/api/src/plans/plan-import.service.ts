import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import {
  ImportJobEntity,
  loadOrganisationCatalogue,
  OrganisationEntity,
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
  recordAuditEvent,
  ReportingDutyPartyEntity,
  ResponsibilityAssigneeEntity,
} from '@dondoc/persistence';
import { parsePlanDocument, type ParsedPlan } from '@dondoc/plan-document';
import { ApiError, type FieldError } from '../common/api-error';
import { likePattern, type ListResult } from '../common/list-query.dto';
import type { Actor } from '../common/request-context';
import {
  toImportJobDto,
  type ConfirmImportDto,
  type ImportJobDto,
  type ImportJobListQueryDto,
  type ImportJobSummaryDto,
} from './import-job.dto';
import { MAX_IMPORT_BYTES } from './plan-import.limits';
import { resolvePlanNames, type OrganisationMappings } from './plan-name-resolution';
import { buildPlanRows, planLookupKeys, type PlanRows } from './plan-rows.mapper';

/** The uploaded file as multer hands it over (memory storage). */
export interface UploadedPlanFile {
  originalname: string;
  mimetype?: string;
  size: number;
  buffer: Buffer;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Bulk inserts in slices: keeps each statement's parameter count far below Postgres' 65535.
const CHUNK = 200;

/**
 * Plan import: upload → preview (an import job) → confirm (a plan with revision 1 and all its
 * content, in one transaction). Audits both writes with the request id.
 */
@Injectable()
export class PlanImportService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Parses the file and stores an import job in status `previewed`. The file is parsed before
   * any write: an unreadable file (PlanDocumentError → 422) leaves no row behind.
   */
  async preview(file: UploadedPlanFile | undefined, actor: Actor): Promise<ImportJobDto> {
    if (!file || !file.buffer) {
      throw new ApiError('VALIDATION_FAILED', 'Chưa chọn tệp kế hoạch để nhập', [
        { field: 'file', message: 'Bắt buộc (.docx, .md hoặc .txt)' },
      ]);
    }
    const fileName = decodeFileName(file.originalname);
    const bytes = new Uint8Array(file.buffer.buffer, file.buffer.byteOffset, file.buffer.byteLength);
    // jsonb refuses U+0000 in strings: drop it rather than fail the whole import with a 500.
    const parsed = withoutNul(await parsePlanDocument({ fileName, bytes }, { maxInputBytes: MAX_IMPORT_BYTES }));
    const sha256 = createHash('sha256').update(bytes).digest('hex');

    return this.dataSource.transaction(async (m) => {
      const names = resolvePlanNames(await loadOrganisationCatalogue(m), parsed);
      const values = {
        fileName,
        sizeBytes: bytes.byteLength,
        sha256,
        mimeType: file.mimetype || null,
        kind: parsed.source.format,
        parserVersion: parsed.source.parserVersion,
        status: 'previewed' as const,
        parsed: parsed as unknown as Record<string, unknown>,
        warnings: parsed.warnings,
        nameMatches: names.matches,
        unresolvedNames: names.unresolved,
        createdBy: actor.userId,
      };
      const result = await m.insert(ImportJobEntity, values as never);
      const id = String((result.identifiers[0] as { id: string }).id);
      const job = await m.findOneByOrFail(ImportJobEntity, { id });
      await recordAuditEvent(m, {
        actorId: actor.userId,
        action: 'import-job.create',
        objectType: 'import-job',
        objectId: id,
        after: {
          id,
          fileName,
          sizeBytes: job.sizeBytes,
          sha256,
          kind: job.kind,
          status: job.status,
          warnings: parsed.warnings.length,
          unresolvedNames: names.unresolved.length,
        },
        requestId: actor.requestId,
      });
      return toImportJobDto(job, await this.related(m, job));
    });
  }

  /** The review queue: jobs without their heavy preview, newest first by default. */
  async list(query: ImportJobListQueryDto): Promise<ListResult<ImportJobSummaryDto>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (v: unknown) => `$${params.push(v)}`;
    if (query.status) where.push(`status = ${param(query.status)}`);
    if (query.createdBy) where.push(`created_by = ${param(query.createdBy)}`);
    if (query.q?.trim()) {
      where.push(
        `dondoc_unaccent(file_name || ' ' || coalesce(parsed->'document'->>'title', '')) LIKE dondoc_unaccent(${param(likePattern(query.q.trim().normalize('NFC')))})`,
      );
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const sort = { createdAt: 'created_at', fileName: 'file_name COLLATE "vi-x-icu"', status: 'status' }[query.sort];
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT id, file_name, size_bytes, kind, status, parsed->'document'->>'title' AS title, parsed->'document'->>'numberText' AS number_text,
              jsonb_array_length(warnings) AS warning_count, jsonb_array_length(unresolved_names) AS unresolved_count,
              created_by, created_at, confirmed_plan_id, confirmed_at, count(*) OVER () AS total
         FROM import_jobs ${filter}
        ORDER BY ${sort} ${query.order === 'DESC' ? 'DESC' : 'ASC'}, id
        LIMIT ${param(query.perPage)} OFFSET ${param((query.page - 1) * query.perPage)}`,
      params,
    );
    const total = rows.length
      ? Number(rows[0]!.total)
      : Number(
          (await this.dataSource.query(`SELECT count(*)::int AS n FROM import_jobs ${filter}`, params.slice(0, -2)))[0]
            .n,
        );
    return {
      total,
      data: rows.map((r) => ({
        id: r.id as string,
        fileName: r.file_name as string,
        sizeBytes: r.size_bytes as number,
        kind: r.kind as ImportJobSummaryDto['kind'],
        status: r.status as ImportJobSummaryDto['status'],
        title: (r.title as string | null) ?? null,
        numberText: (r.number_text as string | null) ?? null,
        warningCount: Number(r.warning_count),
        unresolvedCount: Number(r.unresolved_count),
        createdBy: (r.created_by as string | null) ?? null,
        createdAt: (r.created_at as Date).toISOString(),
        confirmedPlanId: (r.confirmed_plan_id as string | null) ?? null,
        confirmedAt: r.confirmed_at ? (r.confirmed_at as Date).toISOString() : null,
      })),
    };
  }

  async get(id: string): Promise<ImportJobDto> {
    const m = this.dataSource.manager;
    const job = await m.findOneBy(ImportJobEntity, { id });
    if (!job) throw new ApiError('NOT_FOUND');
    return toImportJobDto(job, await this.related(m, job));
  }

  /**
   * Creates the plan from a previewed job, exactly once: the job is claimed first with
   * `UPDATE … WHERE status = 'previewed'` and the affected row count decides (a concurrent second
   * confirm waits on the row lock, then finds nothing to claim → 409). Everything after the claim
   * is in the same transaction, so a failure releases the claim too.
   */
  async confirm(id: string, dto: ConfirmImportDto, actor: Actor): Promise<ImportJobDto> {
    const mappingErrors = validateMappingShape(dto.organisationMappings);
    if (mappingErrors.length) throw new ApiError('VALIDATION_FAILED', undefined, mappingErrors);
    const corrections = dto.document ?? {};
    if (
      corrections.periodFrom != null &&
      corrections.periodTo != null &&
      corrections.periodFrom > corrections.periodTo
    ) {
      throw new ApiError('VALIDATION_FAILED', undefined, [
        { field: 'document.periodTo', message: 'Năm kết thúc phải sau năm bắt đầu' },
      ]);
    }

    return this.dataSource.transaction(async (m) => {
      const claim = await m
        .createQueryBuilder()
        .update(ImportJobEntity)
        .set({ status: 'confirmed', confirmedAt: () => 'now()', confirmedBy: actor.userId })
        .where('id = :id AND status = :previewed', { id, previewed: 'previewed' })
        .execute();
      if (claim.affected !== 1) {
        const existing = await m.findOneBy(ImportJobEntity, { id });
        if (!existing) throw new ApiError('NOT_FOUND');
        throw new ApiError(
          'CONFLICT',
          existing.status === 'confirmed'
            ? 'Lần nhập này đã được xác nhận, kế hoạch đã được tạo'
            : 'Lần nhập này không còn ở trạng thái chờ xác nhận',
        );
      }
      const job = await m.findOneByOrFail(ImportJobEntity, { id });
      if (!job.parsed) throw new ApiError('CONFLICT', 'Lần nhập này không có kết quả đọc để xác nhận');
      const parsed = job.parsed as unknown as ParsedPlan;

      const mappings = await this.loadMappings(m, dto.organisationMappings ?? {});
      if (
        corrections.issuerOrganisationId &&
        !(await m.existsBy(OrganisationEntity, { id: corrections.issuerOrganisationId }))
      ) {
        throw new ApiError('REFERENCE_NOT_FOUND', undefined, [
          { field: 'document.issuerOrganisationId', message: 'Tổ chức không tồn tại' },
        ]);
      }
      const names = resolvePlanNames(await loadOrganisationCatalogue(m), parsed, mappings);
      const planId = randomUUID();
      const rows = buildPlanRows(parsed, {
        planId,
        revisionId: randomUUID(),
        fileName: job.fileName,
        createdBy: actor.userId,
        names: names.byKey,
        corrections,
        knownPlans: await this.knownPlans(m, parsed),
      });
      await this.insertPlan(m, rows);
      await m.update(ImportJobEntity, { id }, { confirmedPlanId: planId });

      const plan = await m.findOneByOrFail(PlanEntity, { id: planId });
      const counts = countRows(rows);
      await recordAuditEvent(m, {
        actorId: actor.userId,
        action: 'plan.create',
        objectType: 'plan',
        objectId: planId,
        after: {
          id: planId,
          title: plan.title,
          status: plan.status,
          source: plan.source,
          number: plan.number,
          symbol: plan.symbol,
          issuedOn: plan.issuedOn,
          importJobId: id,
          revision: 1,
          counts,
        },
        requestId: actor.requestId,
      });
      await recordAuditEvent(m, {
        actorId: actor.userId,
        action: 'import-job.confirm',
        objectType: 'import-job',
        objectId: id,
        before: { status: 'previewed' },
        after: {
          status: 'confirmed',
          confirmedPlanId: planId,
          organisationMappings: dto.organisationMappings ?? {},
          document: corrections,
          unresolvedNames: names.unresolved.length,
        },
        requestId: actor.requestId,
      });
      const confirmed = await m.findOneByOrFail(ImportJobEntity, { id });
      return toImportJobDto(confirmed, await this.related(m, confirmed));
    });
  }

  private async insertPlan(m: EntityManager, rows: PlanRows): Promise<void> {
    await m.insert(PlanEntity, rows.plan as never);
    await m.insert(PlanRevisionEntity, rows.revision as never);
    await m.update(PlanEntity, { id: rows.plan.id as string }, { currentRevisionId: rows.revision.id as string });
    // Parents before children: the section tree is in pre-order.
    await insertChunks(m, PlanSectionEntity, rows.sections);
    await insertChunks(m, PlanLegalBasisEntity, rows.legalBases);
    await insertChunks(m, PlanTargetEntity, rows.targets);
    await insertChunks(m, PlanBudgetLineEntity, rows.budgetLines);
    await insertChunks(m, PlanResponsibilityEntity, rows.responsibilities);
    await insertChunks(m, ResponsibilityAssigneeEntity, rows.assignees);
    await insertChunks(m, PlanReportingDutyEntity, rows.duties);
    await insertChunks(m, ReportingDutyPartyEntity, rows.dutyParties);
    await insertChunks(m, PlanRecipientEntity, rows.recipients);
    await insertChunks(m, PlanRelationEntity, rows.relations);
  }

  /** Resolves the manual mappings' organisation ids; unknown ids are a 422 naming the key. */
  private async loadMappings(m: EntityManager, raw: Record<string, string | null>): Promise<OrganisationMappings> {
    const ids = [...new Set(Object.values(raw).filter((v): v is string => typeof v === 'string'))];
    const found = ids.length
      ? await m.find(OrganisationEntity, { select: { id: true, name: true }, where: { id: In(ids) } })
      : [];
    const byId = new Map(found.map((o) => [o.id, o.name]));
    const errors: FieldError[] = [];
    const out: OrganisationMappings = {};
    for (const [key, value] of Object.entries(raw)) {
      if (value === null) out[key] = null;
      else if (byId.has(value)) out[key] = { id: value, name: byId.get(value)! };
      else errors.push({ field: `organisationMappings.${key}`, message: 'Tổ chức không tồn tại' });
    }
    if (errors.length) throw new ApiError('REFERENCE_NOT_FOUND', undefined, errors);
    return out;
  }

  /** Plans already in dondoc that the legal bases may cite, keyed like {@link planLookupKeys}. */
  private async knownPlans(m: EntityManager, parsed: ParsedPlan): Promise<Map<string, string>> {
    const wanted = (Array.isArray(parsed.legalBases) ? parsed.legalBases : []).flatMap((b) =>
      planLookupKeys(b.number ?? null, b.date ?? null),
    );
    const out = new Map<string, string>();
    if (!wanted.length) return out;
    const numbers = [...new Set(wanted.map((k) => Number(k.split('/')[0])))];
    const rows: Array<{ id: string; number: number; symbol: string | null; issued_on: string | null }> = await m.query(
      `SELECT id, number, symbol, issued_on::text AS issued_on FROM plans WHERE number = ANY($1::int[]) ORDER BY created_at`,
      [numbers],
    );
    for (const r of rows) {
      const base = `${r.number}/${(r.symbol ?? '').toUpperCase()}`;
      if (!out.has(base)) out.set(base, r.id);
      if (r.issued_on) out.set(`${base}@${r.issued_on}`, r.id);
    }
    return out;
  }

  /** Hints against importing a document twice: earlier uploads of the same bytes, plans with the same number. */
  private async related(
    m: EntityManager,
    job: ImportJobEntity,
  ): Promise<Pick<ImportJobDto, 'sameFileJobs' | 'sameNumberPlans'>> {
    const rows = await m.find(ImportJobEntity, {
      select: { id: true, status: true, confirmedPlanId: true, createdAt: true },
      where: { sha256: job.sha256 },
      order: { createdAt: 'ASC' },
    });
    const sameFileJobs = rows
      .filter((r) => r.id !== job.id)
      .map((r) => ({ id: r.id, status: r.status, confirmedPlanId: r.confirmedPlanId }));
    const doc = (job.parsed as { document?: Partial<ParsedPlan['document']> } | null)?.document;
    const registerYear = doc?.registerYear ?? (doc?.issuedOn ? Number(doc.issuedOn.slice(0, 4)) : null);
    const sameNumberPlans: ImportJobDto['sameNumberPlans'] =
      typeof doc?.number === 'number' && doc.symbol
        ? await m.query(
            `SELECT id, title, status, issued_on::text AS "issuedOn" FROM plans
              WHERE number = $1 AND upper(symbol) = upper($2) AND register_year IS NOT DISTINCT FROM $3 AND id IS DISTINCT FROM $4
              ORDER BY created_at`,
            [doc.number, doc.symbol, registerYear, job.confirmedPlanId],
          )
        : [];
    return { sameFileJobs, sameNumberPlans };
  }
}

async function insertChunks(
  m: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  rows: Record<string, unknown>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await m.insert(entity, rows.slice(i, i + CHUNK));
}

function countRows(rows: PlanRows): Record<string, number> {
  return {
    sections: rows.sections.length,
    legalBases: rows.legalBases.length,
    targets: rows.targets.length,
    budgetLines: rows.budgetLines.length,
    responsibilities: rows.responsibilities.length,
    assignees: rows.assignees.length,
    reportingDuties: rows.duties.length,
    recipients: rows.recipients.length,
    relations: rows.relations.length,
  };
}

function validateMappingShape(raw: unknown): FieldError[] {
  if (raw === undefined) return [];
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key.length > 500) errors.push({ field: 'organisationMappings', message: 'Khóa tên quá dài' });
    else if (value !== null && !(typeof value === 'string' && UUID.test(value))) {
      errors.push({
        field: `organisationMappings.${key}`,
        message: 'Phải là mã định danh (UUID) của tổ chức hoặc null',
      });
    }
  }
  return errors;
}

/** Removes U+0000 from every string of a JSON value (jsonb cannot store it), keeping a literal "\\u0000" text. */
export function withoutNul<T>(value: T): T {
  const json = JSON.stringify(value);
  // An escaped NUL is "\u0000" preceded by an even number of backslashes (an odd number means a literal "\u0000" text).
  return json.includes('\\u0000') ? (JSON.parse(json.replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1')) as T) : value;
}

/**
 * Browsers send multipart file names as UTF-8, but busboy may have read them as latin1: when the
 * name round-trips as valid UTF-8, use the decoded form ("Kế hoạch.docx", not "KÃ¡º¿…").
 */
export function decodeFileName(name: string): string {
  const base = (name || 'ke-hoach.txt').split(/[\\/]/).pop()!.normalize('NFC').slice(0, 255);
  if (/^[\x00-\xff]*$/.test(base) && /[\x80-\xff]/.test(base)) {
    const utf8 = Buffer.from(base, 'latin1').toString('utf8');
    if (!utf8.includes('\uFFFD')) return utf8.normalize('NFC');
  }
  return base;
}
