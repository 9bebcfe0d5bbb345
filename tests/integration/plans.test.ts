import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  loadOrganisationCatalogue,
  PlanBudgetLineEntity,
  PlanEntity,
  PlanRevisionEntity,
  PLAN_MIGRATIONS,
  resolveOrganisationName,
} from '@dondoc/persistence';
import { parsePlanDocument, type ParsedPlan } from '@dondoc/plan-document';
import { buildDocx, documentXml, p } from '../../libs/plan-document/src/testing/build-docx';
import { createTestDatabase, SAMPLE_PLANS_DIR as PLANS_DIR, type TestDatabase } from '@dondoc/testing';
import { ApiError } from '../../apps/api/src/common/api-error';
import type { Actor } from '../../apps/api/src/common/request-context';
import { PlanImportService } from '../../apps/api/src/plans/plan-import.service';

const sample = (prefix: string) => {
  const name = fs.readdirSync(PLANS_DIR).find((f) => f.startsWith(prefix))!;
  return {
    originalname: name,
    mimetype: 'text/plain',
    buffer: fs.readFileSync(path.join(PLANS_DIR, name)),
    size: fs.statSync(path.join(PLANS_DIR, name)).size,
  };
};

function countSections(nodes: ParsedPlan['sections']): number {
  return nodes.reduce((n, s) => n + 1 + countSections(s.children), 0);
}

// The machine may be busy and the seeded template is built by whichever file asks first.
jest.setTimeout(60_000);

describe('plans schema and import (integration)', () => {
  let db: TestDatabase;
  let service: PlanImportService;
  let actor: Actor;
  const count = async (table: string, where = 'true', params: unknown[] = []): Promise<number> =>
    Number((await db.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0].n);

  beforeAll(async () => {
    db = await createTestDatabase({ seeded: true });
    service = new PlanImportService(db.dataSource);
    const [admin] = await db.dataSource.query(`SELECT id FROM users WHERE username = 'admin'`);
    actor = { userId: admin.id, requestId: 'req-plans-it' };
  }, 120_000);
  afterAll(async () => {
    await db?.destroy();
  });

  it('migrates down and up again, and the entities round-trip bigint, jsonb and arrays', async () => {
    const qr = db.dataSource.createQueryRunner();
    await qr.startTransaction();
    try {
      const migration = new PLAN_MIGRATIONS[0]!();
      await migration.down(qr);
      expect((await qr.query(`SELECT to_regclass('plans') AS t`))[0].t).toBeNull();
      await migration.up(qr);
      expect((await qr.query(`SELECT to_regclass('import_jobs') AS t`))[0].t).toBe('import_jobs');
    } finally {
      await qr.rollbackTransaction();
      await qr.release();
    }

    await db.dataSource
      .transaction(async (m) => {
        const plan = await m.save(
          PlanEntity,
          m.create(PlanEntity, {
            documentType: 'KH',
            title: 'Thử',
            status: 'draft',
            source: 'born-digital',
            issuerName: null,
            createdBy: null,
          }),
        );
        const rev = await m.save(
          PlanRevisionEntity,
          m.create(PlanRevisionEntity, {
            planId: plan.id,
            number: 1,
            snapshot: { a: [1, 'hai'] },
            reason: null,
            createdBy: null,
          }),
        );
        const line = await m.save(
          PlanBudgetLineEntity,
          m.create(PlanBudgetLineEntity, {
            revisionId: rev.id,
            position: 0,
            kind: 'line',
            amountVnd: '9007199254740993',
            text: 'lớn hơn 2^53',
            implementingUnits: [{ name: 'X', nameKey: 'x', organisationId: null, resolved: false }],
          }),
        );
        const back = await m.findOneByOrFail(PlanBudgetLineEntity, { id: line.id });
        expect(back.amountVnd).toBe('9007199254740993');
        expect(back.estimate).toBe(false);
        expect(back.implementingUnits).toEqual([{ name: 'X', nameKey: 'x', organisationId: null, resolved: false }]);
        expect((await m.findOneByOrFail(PlanRevisionEntity, { id: rev.id })).snapshot).toEqual({ a: [1, 'hai'] });
        await expect(m.query(`UPDATE plans SET status = 'published' WHERE id = $1`, [plan.id])).rejects.toThrow(
          /ck_plans_status/,
        );
        // Roll this scratch data back.
        throw Object.assign(new Error('rollback'), { rollback: true });
      })
      .catch((e: { rollback?: boolean }) => {
        if (!e.rollback) throw e;
      });
    expect(await count('plans')).toBe(0);
  });

  it("resolves the seeded commune's organisation names by key, alias and containment", async () => {
    const catalogue = await loadOrganisationCatalogue(db.dataSource.manager);
    const codes = new Map(
      (await db.dataSource.query(`SELECT id, code FROM organisations`)).map((r: { id: string; code: string }) => [
        r.id,
        r.code,
      ]),
    );
    const resolve = (name: string, isGroup = false) => {
      const m = resolveOrganisationName(catalogue, name, { asOf: '2026-03-01', isGroup });
      return { code: m.organisationId ? codes.get(m.organisationId) : null, method: m.method };
    };
    expect(resolve('Ủy ban nhân dân xã Tân Hoà')).toEqual({ code: 'xa-tan-hoa.ubnd', method: 'exact' });
    expect(resolve('UBMTTQVN xã Tân Hòa')).toEqual({ code: 'xa-tan-hoa.mttq', method: 'exact' });
    expect(resolve('Văn hoá – Xã hội')).toEqual({ code: 'xa-tan-hoa.vhxh', method: 'exact' });
    expect(resolve('Hội LHPN')).toEqual({ code: 'xa-tan-hoa.hoi-lhpn', method: 'alias' });
    expect(resolve('NHCSXH')).toEqual({ code: 'xa-tan-hoa.nhcsxh', method: 'alias' });
    expect(resolve('Đoàn Thanh niên')).toEqual({ code: 'xa-tan-hoa.doan-tn', method: 'alias' });
    expect(resolve('Công chức Tài chính - Kế toán xã')).toEqual({ code: 'xa-tan-hoa.tai-chinh', method: 'contains' });
    expect(resolve('Trạm Y tế xã')).toEqual({ code: 'xa-tan-hoa.tram-y-te', method: 'contains' });
    // After 1/3/2025 poverty reduction is with Sở NN&MT; the closed Sở LĐTBXH is not chosen over VH-XH's alias.
    expect(resolve('Sở Nông nghiệp và Môi trường')).toEqual({ code: 'so-nnmt-thai-nguyen', method: 'alias' });
    expect(resolve('LĐTBXH')).toEqual({ code: 'xa-tan-hoa.vhxh', method: 'alias' });
    expect(resolve('Sở Tư pháp')).toEqual({ code: null, method: 'none' });
    expect(resolve('UBND các xã, phường', true)).toEqual({ code: null, method: 'none' });
  });

  it('confirms plan 003 into exactly the rows the importer read: duties 05/6 and 15/12, appendix responsibilities', async () => {
    const file = sample('003_');
    const parsed = await parsePlanDocument({ fileName: file.originalname, bytes: file.buffer });
    const preview = await service.preview(file, actor);
    expect(preview.status).toBe('previewed');
    expect(preview.kind).toBe('txt');
    expect(preview.nameMatches.length).toBeGreaterThan(0);
    expect(preview.unresolvedNames.length).toBeGreaterThan(0);

    const job = await service.confirm(preview.id, {}, actor);
    expect(job).toMatchObject({ status: 'confirmed', confirmedBy: actor.userId });
    const planId = job.confirmedPlanId!;
    const [plan] = await db.dataSource.query(`SELECT *, issued_on::text AS issued_on FROM plans WHERE id = $1`, [
      planId,
    ]);
    expect(plan).toMatchObject({
      status: 'issued',
      source: 'imported',
      number: 35,
      symbol: 'KH-UBND',
      year: 2024,
      issued_on: '2024-02-21',
      document_type: 'KH',
    });
    const [rev] = await db.dataSource.query(`SELECT id, number FROM plan_revisions WHERE plan_id = $1`, [planId]);
    expect(plan.current_revision_id).toBe(rev.id);
    expect(rev.number).toBe(1);
    const r = [rev.id];

    expect(await count('plan_sections', 'revision_id = $1', r)).toBe(countSections(parsed.sections));
    expect(await count('plan_legal_bases', 'revision_id = $1', r)).toBe(parsed.legalBases.length);
    expect(await count('plan_targets', 'revision_id = $1', r)).toBe(parsed.targets.length);
    expect(await count('plan_recipients', 'revision_id = $1', r)).toBe(parsed.recipients.length);
    expect(await count('plan_relations', 'plan_id = $1', [planId])).toBe(parsed.legalBases.length);
    expect(await count('plan_responsibilities', 'revision_id = $1', r)).toBe(parsed.responsibilities.length);
    const tableRows = parsed.responsibilities.filter((x) => x.origin === 'table').length;
    expect(tableRows).toBeGreaterThan(5);
    expect(
      await count('plan_responsibilities', `revision_id = $1 AND origin = 'table' AND table_row IS NOT NULL`, r),
    ).toBe(tableRows);
    const people = parsed.responsibilities.reduce((n, x) => n + x.leads.length + x.coordinators.length, 0);
    expect(
      await count(
        'responsibility_assignees a JOIN plan_responsibilities p ON p.id = a.responsibility_id',
        'p.revision_id = $1',
        r,
      ),
    ).toBe(people);
    expect(
      await count(
        'responsibility_assignees a JOIN plan_responsibilities p ON p.id = a.responsibility_id',
        `p.revision_id = $1 AND a.role = 'lead'`,
        r,
      ),
    ).toBeGreaterThanOrEqual(tableRows);

    const duties: Array<{ frequency: string; due_rule: unknown; strict: boolean; recipients: string[] }> =
      await db.dataSource.query(
        `SELECT d.frequency, d.due_rule, d.strict,
              array(SELECT name FROM reporting_duty_parties p WHERE p.duty_id = d.id AND p.role = 'recipient' ORDER BY position) AS recipients
         FROM plan_reporting_duties d WHERE d.revision_id = $1 ORDER BY position`,
        r,
      );
    expect(duties).toHaveLength(parsed.reportingDuties.length);
    expect(duties).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          frequency: 'semiannual',
          due_rule: { month: 6, day: 5, strict: true },
          strict: true,
        }),
        expect.objectContaining({ frequency: 'annual', due_rule: { month: 12, day: 15, strict: true }, strict: true }),
      ]),
    );
    const due56 = duties.find((d) => (d.due_rule as { month?: number } | null)?.month === 6)!;
    expect(due56.recipients.join(' ')).toMatch(/Sở Lao động/);

    // Audit: job created, plan created, job confirmed — with the request id.
    const audit = await db.dataSource.query(
      `SELECT action, request_id FROM audit_events WHERE object_id IN ($1, $2) ORDER BY id`,
      [preview.id, planId],
    );
    expect(audit).toEqual([
      { action: 'import-job.create', request_id: 'req-plans-it' },
      { action: 'plan.create', request_id: 'req-plans-it' },
      { action: 'import-job.confirm', request_id: 'req-plans-it' },
    ]);
  });

  it("stores plan 002's budget lines as whole VND summing to 1,728,000,000, and the draft plan 000 as a draft", async () => {
    const job = await service.confirm((await service.preview(sample('002_'), actor)).id, {}, actor);
    const [{ sum, lines }] = await db.dataSource.query(
      `SELECT sum(b.amount_vnd)::text AS sum, count(*)::int AS lines FROM plan_budget_lines b JOIN plans p ON p.current_revision_id = b.revision_id
        WHERE p.id = $1 AND b.kind = 'line'`,
      [job.confirmedPlanId],
    );
    expect(sum).toBe('1728000000');
    expect(lines).toBe(7);
    const [total] = await db.dataSource.query(
      `SELECT b.amount_vnd FROM plan_budget_lines b JOIN plans p ON p.current_revision_id = b.revision_id WHERE p.id = $1 AND b.kind = 'total'`,
      [job.confirmedPlanId],
    );
    expect(total?.amount_vnd).toBe('1728000000');
    const [plan] = await db.dataSource.query(
      `SELECT status, number, number_text, register_year FROM plans WHERE id = $1`,
      [job.confirmedPlanId],
    );
    expect(plan).toEqual({ status: 'issued', number: 4159, number_text: '4159 /KH-UBND', register_year: 2023 });

    const draft = await service.confirm(
      (await service.preview(sample('000_'), actor)).id,
      { document: { title: 'Kế hoạch giảm nghèo năm 2024 (dự thảo)' } },
      actor,
    );
    const [p000] = await db.dataSource.query(`SELECT status, number, title FROM plans WHERE id = $1`, [
      draft.confirmedPlanId,
    ]);
    expect(p000).toEqual({ status: 'draft', number: null, title: 'Kế hoạch giảm nghèo năm 2024 (dự thảo)' });
  });

  it('stores nothing when the file cannot be read (corrupt .docx, zip bomb, empty, binary)', async () => {
    const before = [await count('import_jobs'), await count('audit_events')];
    const bad = [
      { originalname: 'hong.docx', buffer: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(4000)]) },
      { originalname: 'rong.txt', buffer: Buffer.alloc(0) },
      { originalname: 'nhiphan.txt', buffer: Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)) },
      // 3 MB of one letter deflates ~1000:1: refused as a zip bomb before inflating.
      { originalname: 'bom.docx', buffer: Buffer.from(await buildDocx(documentXml(p('x'.repeat(3_000_000))))) },
    ];
    const codes: string[] = [];
    for (const f of bad) {
      const err = await service.preview({ ...f, size: f.buffer.length }, actor).then(
        () => null,
        (e: unknown) => e as { name?: string; code?: string },
      );
      expect(err?.name).toBe('PlanDocumentError');
      codes.push(err!.code!);
    }
    expect(codes).toEqual(['CORRUPT_ARCHIVE', 'EMPTY_FILE', 'BINARY_FILE', 'ZIP_BOMB']);
    expect([await count('import_jobs'), await count('audit_events')]).toEqual(before);
  });

  it('creates one plan when the same job is confirmed twice at once; the loser gets 409', async () => {
    const preview = await service.preview(sample('003_'), actor);
    const plansBefore = await count('plans');
    const results = await Promise.allSettled([
      service.confirm(preview.id, {}, actor),
      service.confirm(preview.id, {}, actor),
    ]);
    expect(results.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((x): x is PromiseRejectedResult => x.status === 'rejected')!;
    expect(rejected.reason).toBeInstanceOf(ApiError);
    expect((rejected.reason as ApiError).status).toBe(409);
    expect(await count('plans')).toBe(plansBefore + 1);
    await expect(service.confirm(preview.id, {}, actor)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await count('plans')).toBe(plansBefore + 1);
  });

  it('applies manual organisation mappings and refuses unknown organisation ids without side effects', async () => {
    const preview = await service.preview(sample('003_'), actor);
    const target = (preview.unresolvedNames as Array<{ nameKey: string; roles: string[] }>).find((n) =>
      n.roles.includes('lead'),
    )!;
    expect(target).toBeDefined();
    const [vhxh] = await db.dataSource.query(`SELECT id FROM organisations WHERE code = 'xa-tan-hoa.vhxh'`);
    const plansBefore = await count('plans');
    await expect(
      service.confirm(
        preview.id,
        { organisationMappings: { [target.nameKey]: '00000000-0000-4000-8000-000000000000' } },
        actor,
      ),
    ).rejects.toMatchObject({
      code: 'REFERENCE_NOT_FOUND',
    });
    expect(await count('plans')).toBe(plansBefore);
    expect((await service.get(preview.id)).status).toBe('previewed'); // the claim rolled back
    const job = await service.confirm(preview.id, { organisationMappings: { [target.nameKey]: vhxh.id } }, actor);
    const manual = await db.dataSource.query(
      `SELECT DISTINCT a.organisation_id, a.match_method FROM responsibility_assignees a JOIN plan_responsibilities r ON r.id = a.responsibility_id
        JOIN plans p ON p.current_revision_id = r.revision_id WHERE p.id = $1 AND a.name_key = $2`,
      [job.confirmedPlanId, target.nameKey],
    );
    const recip = await db.dataSource.query(
      `SELECT DISTINCT x.organisation_id FROM plan_recipients x JOIN plans p ON p.current_revision_id = x.revision_id WHERE p.id = $1 AND x.name_key = $2`,
      [job.confirmedPlanId, target.nameKey],
    );
    expect([...manual, ...recip].length).toBeGreaterThan(0);
    for (const row of manual) expect(row).toEqual({ organisation_id: vhxh.id, match_method: 'manual' });
  });
});
