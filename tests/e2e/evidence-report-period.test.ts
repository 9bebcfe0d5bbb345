// Evidence files and report periods through HTTP, with the real worker and dondoc's Temporal
// server (dev mode): a department uploads evidence to its own task only, reports progress with it
// and finds it in the task's history; another department cannot download it (403), a leader can.
// A reporting department submits a period report with figures per plan target and an attachment;
// the standing agency sees every submission and consolidates.
import { createHash } from 'node:crypto';
import type { Client, HttpResult, TestStack } from './support/api-stack';
import { eventually, insertPlanWithTargets, startAnnualDuty, startTask } from './support/evidence-fixture';
import { type SeededUser, startWorkflowStack, type WorkflowStack } from './support/workflow-stack';

jest.setTimeout(180_000);

describe('evidence files and report periods through HTTP', () => {
  let env: WorkflowStack['env'];
  let stack: TestStack;
  let taskQueue: string;
  let users: Record<string, SeededUser>;
  let as: Record<string, Client>;
  let ws: WorkflowStack;
  let planId: string;
  let targetIds: string[];
  let vhxhTask: string;
  let taichinhTask: string;

  /** `POST` multipart with one file (and extra fields) as `who`. */
  async function upload(
    who: string,
    path: string,
    file: { name: string; bytes: Buffer; type?: string },
    fields: Record<string, string> = {},
  ): Promise<HttpResult> {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }), file.name);
    const res = await fetch(`${stack.baseUrl}${path}`, {
      method: 'POST',
      body: form,
      headers: { cookie: as[who]!.cookie! },
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
  }

  async function download(who: string, path: string): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
    const res = await fetch(`${stack.baseUrl}${path}`, { headers: { cookie: as[who]!.cookie! } });
    return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), headers: res.headers };
  }

  const storedFiles = async () =>
    ((await stack.db.dataSource.query(`SELECT count(*)::int AS n FROM file_attachments`)) as { n: number }[])[0]!.n;

  beforeAll(async () => {
    ws = await startWorkflowStack({ logins: ['vhxh', 'taichinh', 'phochutich', 'sonnmt'] });
    ({ env, stack, taskQueue, users, as } = ws);
    ({ planId, targetIds } = await insertPlanWithTargets(stack.db.dataSource, users.chutich!.organisation_id));
    const leaderId = users.phochutich!.id;
    vhxhTask = await startTask(env.client, taskQueue, {
      planId,
      responsibilityId: 'r1',
      orgId: users.vhxh!.organisation_id,
      title: 'Rà soát hộ nghèo, hộ cận nghèo trên địa bàn',
      dueDay: '2027-06-30',
      leaderId,
    });
    // Due weeks ago: overdue from the start.
    taichinhTask = await startTask(env.client, taskQueue, {
      planId,
      responsibilityId: 'r2',
      orgId: users.taichinh!.organisation_id,
      title: 'Bố trí kinh phí thực hiện các dự án giảm nghèo',
      dueDay: '2026-10-30',
      leaderId,
    });
    await eventually(
      () => as.phochutich!.get(`/api/tasks?planId=${planId}`),
      (r) => r.body.total === 2,
    );
  });

  afterAll(async () => {
    await ws?.stop();
  });

  const enc = encodeURIComponent;

  it('stores evidence for the owning unit only, with Vietnamese refusals for bad files (nothing stored)', async () => {
    const bytes = Buffer.from('%PDF-1.4 biên bản rà soát hộ nghèo');
    const ok = await upload('vhxh', `/api/tasks/${enc(vhxhTask)}/files`, { name: 'Biên bản rà soát.pdf', bytes });
    expect(ok.status).toBe(201);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(ok.body).toMatchObject({
      fileName: 'Biên bản rà soát.pdf',
      contentType: 'application/pdf',
      sizeBytes: bytes.length,
      sha256: sha,
      ref: `file:${ok.body.id}:${sha}`,
      organisationId: users.vhxh!.organisation_id,
    });

    const before = await storedFiles();
    const other = await upload('vhxh', `/api/tasks/${enc(taichinhTask)}/files`, { name: 'a.pdf', bytes });
    expect(other.status).toBe(403);
    expect(other.body.message).toBe('Nhiệm vụ không thuộc đơn vị của bạn');
    // A leader assigns and accepts; uploading evidence is the owning unit's (no tasks.update).
    expect((await upload('phochutich', `/api/tasks/${enc(vhxhTask)}/files`, { name: 'a.pdf', bytes })).status).toBe(403);
    const exe = await upload('vhxh', `/api/tasks/${enc(vhxhTask)}/files`, { name: 'setup.exe', bytes });
    expect(exe.status).toBe(422);
    expect(exe.body.errors[0]).toMatchObject({ field: 'file', message: expect.stringMatching(/^Loại tệp không được chấp nhận/) });
    const empty = await upload('vhxh', `/api/tasks/${enc(vhxhTask)}/files`, { name: 'rỗng.txt', bytes: Buffer.alloc(0) });
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0].message).toBe('Tệp rỗng');
    const big = await upload('vhxh', `/api/tasks/${enc(vhxhTask)}/files`, {
      name: 'lớn.pdf',
      bytes: Buffer.alloc(10 * 1024 * 1024 + 1, 1),
    });
    expect(big.status).toBe(413);
    expect(big.body.message).toBe('Tệp quá lớn: tối đa 10 MB');
    expect((await upload('vhxh', `/api/tasks/${enc('task:khong:co:that')}/files`, { name: 'a.pdf', bytes })).status).toBe(
      404,
    );
    expect(await storedFiles()).toBe(before);
  });

  it('carries the evidence reference in a progress report; the history shows it, and only the right people download it', async () => {
    const bytes = Buffer.from('Danh sách hộ nghèo;Thôn 1;12\n');
    const file = await upload('vhxh', `/api/tasks/${enc(vhxhTask)}/files`, { name: 'Danh sách <hộ nghèo>.csv', bytes });
    expect(file.status).toBe(201);
    const reported = await as.vhxh!.post(`/api/tasks/${enc(vhxhTask)}/progress`, {
      progress: 40,
      result: 'Đã rà soát 3/5 thôn',
      difficulties: 'Thiếu kinh phí in phiếu',
      proposals: 'Bổ sung kinh phí',
      evidenceFileRefs: [file.body.ref],
    });
    expect(reported.status).toBe(200);
    expect(reported.body.lastReport).toMatchObject({ progress: 40, evidenceFileRefs: [file.body.ref] });

    const history = await as.vhxh!.get(`/api/tasks/${enc(vhxhTask)}/history`);
    expect(history.status).toBe(200);
    expect(history.body.events.map((e: { action: string }) => e.action)).toEqual(['assign', 'reportProgress']);
    expect(history.body.events[1]).toMatchObject({ progress: 40, actorId: users.vhxh!.id, actorName: expect.any(String) });
    expect(history.body.files.map((f: { fileName: string }) => f.fileName)).toContain('Danh sách <hộ nghèo>.csv');

    const path = `/api/tasks/${enc(vhxhTask)}/files/${file.body.id}`;
    const mine = await download('vhxh', path);
    expect(mine.status).toBe(200);
    expect(mine.bytes.equals(bytes)).toBe(true);
    expect(mine.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(mine.headers.get('content-disposition')).toMatch(/^attachment; .*filename\*=UTF-8''Danh%20s%C3%A1ch%20%3Ch%E1%BB%99/);
    expect(mine.headers.get('x-content-type-options')).toBe('nosniff');
    // Another department: neither the file nor the task's history.
    expect((await download('taichinh', path)).status).toBe(403);
    expect((await as.taichinh!.get(`/api/tasks/${enc(vhxhTask)}/history`)).status).toBe(403);
    expect((await as.taichinh!.get(`/api/tasks/${enc(vhxhTask)}/files`)).status).toBe(200);
    expect((await as.taichinh!.get(`/api/tasks/${enc(vhxhTask)}/files`)).body).toEqual([]);
    // The supervising leader may.
    expect((await download('phochutich', path)).bytes.equals(bytes)).toBe(true);
    // A file id of another task is not found through this one.
    expect((await download('phochutich', `/api/tasks/${enc(taichinhTask)}/files/${file.body.id}`)).status).toBe(404);
  });

  it('records extension requests and decisions in the history', async () => {
    const requested = await as.vhxh!.post(`/api/tasks/${enc(vhxhTask)}/extension`, {
      newDueAt: '2027-07-15T17:00:00.000Z',
      reason: 'Chờ kết quả phúc tra',
    });
    expect(requested.status).toBe(200);
    const decided = await as.phochutich!.post(`/api/tasks/${enc(vhxhTask)}/extension/decision`, { grant: true });
    expect(decided.status).toBe(200);
    const history = await as.phochutich!.get(`/api/tasks/${enc(vhxhTask)}/history`);
    const ext = history.body.events.filter((e: { action: string }) => e.action.endsWith('Extension'));
    expect(ext).toEqual([
      expect.objectContaining({
        action: 'requestExtension',
        extension: expect.objectContaining({ requestedDueAt: '2027-07-15T17:00:00.000Z', reason: 'Chờ kết quả phúc tra' }),
      }),
      expect.objectContaining({ action: 'decideExtension', granted: true, dueAt: '2027-07-15T17:00:00.000Z' }),
    ]);
    // The owner was told (an in-app notice about the task).
    const notices = await eventually(
      () => as.phochutich!.get(`/api/tasks/${enc(vhxhTask)}/history`),
      (r) => r.body.notifications.some((n: { body: string }) => /Đồng ý gia hạn/.test(n.body)),
    );
    expect(notices.body.notifications.length).toBeGreaterThan(0);
  });

  it('filters the task list by status, overdue and due-date range (local days), sorted by due date', async () => {
    const ids = (r: HttpResult) => r.body.data.map((t: { id: string }) => t.id);
    const q = (s: string) => as.phochutich!.get(`/api/tasks?planId=${planId}&${s}`);
    expect(ids(await q('sort=dueAt&order=ASC'))).toEqual([taichinhTask, vhxhTask]);
    expect(ids(await q('sort=dueAt&order=DESC'))).toEqual([vhxhTask, taichinhTask]);
    expect(ids(await q('overdue=true'))).toEqual([taichinhTask]);
    expect(ids(await q('overdue=false'))).toEqual([vhxhTask]);
    const overdue = await q('status=overdue');
    expect(overdue.body).toMatchObject({ total: 1, data: [{ id: taichinhTask, status: { code: 'overdue', label: 'Quá hạn' } }] });
    expect(ids(await q('status=inProgress'))).toEqual([vhxhTask]);
    // Due "by the end of 15/07/2027" (after the extension): inside 15/07, outside from 16/07.
    expect(ids(await q('dueFrom=2027-07-15&dueTo=2027-07-15'))).toEqual([vhxhTask]);
    expect(ids(await q('dueFrom=2027-07-16'))).toEqual([]);
    expect(ids(await q('dueTo=2026-10-30'))).toEqual([taichinhTask]);
    expect((await q('status=xong')).status).toBe(422);
    expect((await q('dueFrom=30/10/2026')).status).toBe(422);
    // A department sees its own tasks only.
    expect(ids(await as.taichinh!.get('/api/tasks'))).toEqual([taichinhTask]);
  });

  it('lets a reporting department submit figures per plan target with an attachment; the standing agency sees all and consolidates', async () => {
    const vhxhOrg = users.vhxh!.organisation_id;
    const dutyId = await startAnnualDuty(env.client, taskQueue, {
      planId,
      reporterOrgIds: [vhxhOrg],
      standingAgencyId: users.sonnmt!.organisation_id,
      consolidatorId: users.sonnmt!.id,
    });
    const id = enc(dutyId);
    const listed = await eventually(
      () => as.vhxh!.get('/api/duties'),
      (r) => r.body.total === 1,
    );
    expect(listed.body.data[0]).toMatchObject({
      id: dutyId,
      periodKey: '2027-Y',
      periodLabel: 'Năm 2027',
      // Decree 09/2019: a year's figures run from 15/12 of the year before to 14/12.
      cutOffStart: '2026-12-15',
      cutOffEnd: '2027-12-14',
      dueAt: '2027-12-14T17:00:00.000Z',
      submitted: 0,
      reporters: 1,
      overdue: false,
      consolidated: false,
    });
    // Not a reporter: no row, no page, no upload.
    expect((await as.taichinh!.get('/api/duties')).body.total).toBe(0);
    expect((await as.taichinh!.get(`/api/duties/${id}`)).status).toBe(403);
    const bytes = Buffer.from('Báo cáo năm 2027');
    expect((await upload('taichinh', `/api/duties/${id}/files`, { name: 'bc.docx', bytes })).status).toBe(403);

    const attachment = await upload('vhxh', `/api/duties/${id}/files`, { name: 'Báo cáo năm.docx', bytes }, { periodKey: '2027-Y' });
    expect(attachment.status).toBe(201);
    expect(attachment.body).toMatchObject({ periodKey: '2027-Y', organisationId: vhxhOrg });

    const detail = await as.vhxh!.get(`/api/duties/${id}`);
    expect(detail.body).toMatchObject({
      periodLabel: 'Năm 2027',
      figures: [
        { key: targetIds[0], label: 'Số hộ nghèo thoát nghèo', unit: 'hộ' },
        { key: targetIds[1], label: 'Số lao động được đào tạo nghề', unit: 'người' },
      ],
      submissions: [{ orgId: vhxhOrg, status: 'open' }],
    });
    const sent = await as.vhxh!.post(`/api/duties/${id}/reports`, {
      periodKey: '2027-Y',
      figures: { [targetIds[0]!]: 12, [targetIds[1]!]: 40 },
      narrative: 'Ước thực hiện cả năm',
      estimate: true,
    });
    expect(sent.status).toBe(200);

    const seen = await eventually(
      () => as.sonnmt!.get(`/api/duties/${id}`),
      (r) => r.body.submissions?.[0]?.status === 'submitted',
    );
    expect(seen.body.submissions[0]).toMatchObject({
      orgId: vhxhOrg,
      figures: { [targetIds[0]!]: 12, [targetIds[1]!]: 40 },
      estimate: true,
      narrative: 'Ước thực hiện cả năm',
    });
    expect(seen.body.organisations[vhxhOrg]).toEqual(expect.any(String));
    expect(seen.body.files.map((f: { fileName: string }) => f.fileName)).toEqual(['Báo cáo năm.docx']);
    const fileUrl = `/api/duties/${id}/files/${attachment.body.id}`;
    expect((await download('sonnmt', fileUrl)).bytes.equals(bytes)).toBe(true);
    expect((await download('taichinh', fileUrl)).status).toBe(403);
    expect((await as.sonnmt!.get('/api/duties?overdue=false')).body.total).toBe(1);
    expect((await as.sonnmt!.get('/api/duties?overdue=true')).body.total).toBe(0);

    const done = await as.sonnmt!.post(`/api/duties/${id}/consolidation`, { periodKey: '2027-Y', narrative: 'Tổng hợp' });
    expect(done.status).toBe(200);
    expect(done.body.consolidation.totals).toEqual({ [targetIds[0]!]: 12, [targetIds[1]!]: 40 });
  });
});
