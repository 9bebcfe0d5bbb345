import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildDocx, documentXml, p } from '../../libs/plan-document/src/testing/build-docx';
import { SAMPLE_PLANS_DIR as PLANS_DIR } from '@dondoc/testing';
import { Client, startApiStack, type TestStack } from './support/api-stack';

const sampleFile = (prefix: string) => fs.readdirSync(PLANS_DIR).find((f) => f.startsWith(prefix))!;

// The machine may be busy: one stack per file, generous hooks.
jest.setTimeout(60_000);

describe('plans API (import, confirm, list, read)', () => {
  let stack: TestStack;
  let dept: Client;
  /** Multipart upload through Node's FormData/Blob and global fetch. */
  const upload = async (
    client: Client | null,
    fileName: string,
    bytes: Uint8Array,
    field = 'file',
    type = 'text/plain',
  ): ReturnType<Client['request']> => {
    const form = new FormData();
    form.append(field, new Blob([new Uint8Array(bytes)], { type }), fileName);
    const res = await fetch(`${stack.baseUrl}/api/plans/import`, {
      method: 'POST',
      body: form,
      headers: client?.cookie ? { cookie: client.cookie, 'x-request-id': 'req-e2e-import' } : {},
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
  };
  const counts = async () =>
    (
      await stack.db.dataSource.query(
        `SELECT (SELECT count(*) FROM import_jobs)::int AS jobs, (SELECT count(*) FROM plans)::int AS plans, (SELECT count(*) FROM audit_events)::int AS audit`,
      )
    )[0];

  beforeAll(async () => {
    stack = await startApiStack();
    dept = new Client(stack.baseUrl);
    await dept.login('vhxh'); // a department drafting its plan may import
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('uploads plan 003 as multipart, previews, confirms once, then lists and reads it', async () => {
    const name = sampleFile('003_');
    const res = await upload(dept, name, fs.readFileSync(path.join(PLANS_DIR, name)));
    expect(res.status).toBe(201);
    const job = res.body;
    expect(job).toMatchObject({ status: 'previewed', fileName: name, kind: 'txt', confirmedPlanId: null });
    expect(job.parsed.document).toMatchObject({ number: 35, symbol: 'KH-UBND', issuedOn: '2024-02-21' });
    expect(job.nameMatches.length).toBeGreaterThan(0);
    expect(job.unresolvedNames.every((n: { nameKey: string }) => typeof n.nameKey === 'string')).toBe(true);

    const queue = await dept.get(`/api/import-jobs?status=previewed&q=${encodeURIComponent('ba ria')}`);
    expect(queue.status).toBe(200);
    expect(queue.body.total).toBe(1);
    expect(queue.body.data[0]).toMatchObject({
      id: job.id,
      fileName: name,
      numberText: '35 /KH-UBND',
      status: 'previewed',
    });
    expect(queue.body.data[0].unresolvedCount).toBe(job.unresolvedNames.length);
    expect(queue.body.data[0].parsed).toBeUndefined();

    const again = await dept.get(`/api/import-jobs/${job.id}`);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(job.id);

    const confirmed = await dept.request(
      'POST',
      `/api/import-jobs/${job.id}/confirm`,
      { document: { summary: 'Kế hoạch giảm nghèo tỉnh năm 2024' } },
      { 'x-request-id': 'req-e2e-confirm' },
    );
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe('confirmed');
    const planId = confirmed.body.confirmedPlanId as string;
    expect((await dept.post(`/api/import-jobs/${job.id}/confirm`, {})).status).toBe(409);
    expect(await stack.db.dataSource.query(`SELECT count(*)::int AS n FROM plans WHERE id = $1`, [planId])).toEqual([
      { n: 1 },
    ]);

    const list = await dept.get(
      `/api/plans?q=${encodeURIComponent('giam ngheo ben vung ba ria')}&status=issued&year=2024`,
    );
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
    expect(list.body.data[0]).toMatchObject({
      id: planId,
      number: 35,
      symbol: 'KH-UBND',
      source: 'imported',
      status: 'issued',
      summary: 'Kế hoạch giảm nghèo tỉnh năm 2024',
    });
    expect((await dept.get('/api/plans?q=35%2FKH-UBND')).body.total).toBe(1);
    expect((await dept.get('/api/plans?status=draft')).body.total).toBe(0);
    expect((await dept.get('/api/plans?year=2023')).body.total).toBe(0);
    expect((await dept.get('/api/plans?status=published')).status).toBe(422);

    const detail = await dept.get(`/api/plans/${planId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.currentRevision).toMatchObject({ number: 1 });
    expect(detail.body.sections.length).toBeGreaterThan(5);
    expect(
      detail.body.responsibilities.some(
        (r: { origin: string; leads: unknown[] }) => r.origin === 'table' && r.leads.length > 0,
      ),
    ).toBe(true);
    const dues = detail.body.reportingDuties.map(
      (d: { dueRule: { month: number; day: number } | null }) => d.dueRule && `${d.dueRule.day}/${d.dueRule.month}`,
    );
    expect(dues).toEqual(expect.arrayContaining(['5/6', '15/12']));
    expect(detail.body.recipients.length).toBeGreaterThan(0);
    expect(detail.body.legalBases.length).toBeGreaterThan(0);

    const audit = await stack.db.dataSource.query(
      `SELECT action, request_id FROM audit_events WHERE object_id IN ($1, $2) ORDER BY id`,
      [job.id, planId],
    );
    expect((await dept.get('/api/import-jobs?status=confirmed')).body.data.map((j: { id: string }) => j.id)).toContain(
      job.id,
    );
    expect(audit).toEqual([
      { action: 'import-job.create', request_id: 'req-e2e-import' },
      { action: 'plan.create', request_id: 'req-e2e-confirm' },
      { action: 'import-job.confirm', request_id: 'req-e2e-confirm' },
    ]);
  });

  it("returns plan 002's budget amounts as exact VND strings", async () => {
    const name = sampleFile('002_');
    const job = (await upload(dept, name, fs.readFileSync(path.join(PLANS_DIR, name)))).body;
    const planId = (await dept.post(`/api/import-jobs/${job.id}/confirm`, {})).body.confirmedPlanId;
    const detail = await dept.get(`/api/plans/${planId}`);
    // Uploading the same document again says so: same bytes, and a plan with the same number already exists.
    const second = (await upload(dept, name, fs.readFileSync(path.join(PLANS_DIR, name)))).body;
    expect(second.sameFileJobs).toEqual([{ id: job.id, status: 'confirmed', confirmedPlanId: planId }]);
    expect(second.sameNumberPlans).toEqual([
      expect.objectContaining({ id: planId, status: 'issued', issuedOn: '2023-12-29' }),
    ]);
    const lines = detail.body.budgetLines.filter((l: { kind: string }) => l.kind === 'line');
    expect(lines.reduce((s: bigint, l: { amountVnd: string }) => s + BigInt(l.amountVnd), 0n)).toBe(1_728_000_000n);
  });

  it('imports a .docx whose file name is Vietnamese', async () => {
    const body = [
      'ỦY BAN NHÂN DÂN XÃ TÂN HÒA',
      'Số: 07/KH-UBND',
      'Tân Hòa, ngày 10 tháng 01 năm 2025',
      'KẾ HOẠCH',
      'Triển khai công tác giảm nghèo năm 2025',
      'I. MỤC TIÊU',
      'Giảm tỷ lệ hộ nghèo.',
    ]
      .map((t) => p(t))
      .join('');
    const docx = await buildDocx(documentXml(body));
    const res = await upload(
      dept,
      'Kế hoạch 07.docx',
      docx,
      'file',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ fileName: 'Kế hoạch 07.docx', kind: 'docx', status: 'previewed' });
    expect(res.body.parsed.document).toMatchObject({ number: 7, symbol: 'KH-UBND' });
  });

  it('refuses unreadable files with the importer’s coded Vietnamese error and stores nothing', async () => {
    const before = await counts();
    const corrupt = await upload(
      dept,
      'ke-hoach.docx',
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(5000)]),
      'file',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(corrupt.status).toBe(422);
    expect(corrupt.body).toMatchObject({
      statusCode: 422,
      code: 'CORRUPT_ARCHIVE',
      message: expect.stringContaining('.docx'),
    });
    const empty = await upload(dept, 'rong.txt', new Uint8Array(0));
    expect(empty.status).toBe(422);
    expect(empty.body.code).toBe('EMPTY_FILE');
    const pdf = await upload(dept, 'ke-hoach.pdf', Buffer.from('%PDF-1.7 ...'));
    expect(pdf.status).toBe(422);
    expect(pdf.body.code).toBe('UNSUPPORTED_FORMAT');
    const noFile = await dept.post('/api/plans/import', {});
    expect(noFile.status).toBe(422);
    expect(noFile.body.errors).toEqual([expect.objectContaining({ field: 'file' })]);
    const wrongField = await upload(dept, 'a.txt', Buffer.from('Kế hoạch'), 'tep');
    expect(wrongField.status).toBe(422);
    expect(await counts()).toEqual(before);
  });

  it('refuses a file over 20 MB with 413 and a Vietnamese message', async () => {
    const before = await counts();
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x61);
    const res = await upload(dept, 'qua-lon.txt', big);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: 'Tệp quá lớn: tối đa 20 MB' });
    expect(await counts()).toEqual(before);
  });

  it('asks for a session (401) and the import permission (403); every user may read plans', async () => {
    const anonymous = await upload(null, 'a.txt', Buffer.from('Kế hoạch'));
    expect(anonymous.status).toBe(401);
    expect((await new Client(stack.baseUrl).get('/api/plans')).status).toBe(401);

    const standing = new Client(stack.baseUrl);
    await standing.login('sonnmt'); // standing agency: reads plans, does not import
    expect((await upload(standing, 'a.txt', Buffer.from('Kế hoạch'))).status).toBe(403);
    const anyJob = (await stack.db.dataSource.query(`SELECT id FROM import_jobs LIMIT 1`))[0].id;
    expect((await standing.post(`/api/import-jobs/${anyJob}/confirm`, {})).status).toBe(403);
    expect((await standing.get(`/api/import-jobs/${anyJob}`)).status).toBe(403);
    expect((await standing.get('/api/import-jobs')).status).toBe(403);
    const list = await standing.get('/api/plans');
    expect(list.status).toBe(200);
    expect(list.body.total).toBeGreaterThan(0);
    expect((await standing.get(`/api/plans/${list.body.data[0].id}`)).status).toBe(200);
    expect((await standing.get('/api/plans/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('documents the plan routes in OpenAPI', async () => {
    const doc = await new Client(stack.baseUrl).get('/api/docs/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/plans',
        '/api/plans/import',
        '/api/plans/{id}',
        '/api/import-jobs/{id}',
        '/api/import-jobs/{id}/confirm',
      ]),
    );
  });

  it('validates confirm bodies (422) and unknown jobs (404)', async () => {
    const name = sampleFile('000_');
    const job = (await upload(dept, name, fs.readFileSync(path.join(PLANS_DIR, name)))).body;
    expect((await dept.post(`/api/import-jobs/${job.id}/confirm`, { colour: 'red' })).status).toBe(422);
    expect(
      (await dept.post(`/api/import-jobs/${job.id}/confirm`, { organisationMappings: { x: 'not-a-uuid' } })).status,
    ).toBe(422);
    expect(
      (await dept.post(`/api/import-jobs/${job.id}/confirm`, { document: { issuedOn: '2024-02-30' } })).status,
    ).toBe(422);
    expect((await dept.post('/api/import-jobs/00000000-0000-4000-8000-000000000000/confirm', {})).status).toBe(404);
    expect((await dept.get(`/api/import-jobs/${job.id}`)).body.status).toBe('previewed');
    const ok = await dept.post(`/api/import-jobs/${job.id}/confirm`, {
      document: { title: 'Kế hoạch giảm nghèo bền vững xã năm 2024' },
    });
    expect(ok.status).toBe(200);
    expect((await dept.get(`/api/plans/${ok.body.confirmedPlanId}`)).body).toMatchObject({
      status: 'draft',
      number: null,
      title: 'Kế hoạch giảm nghèo bền vững xã năm 2024',
    });
  });
});
