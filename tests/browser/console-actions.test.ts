// Workflow screens of the console against the real stack plus dondoc's Temporal server (dev mode)
// and the real worker, started the way tests/e2e/workflow-actions.test.ts does: a leader approves a
// plan step from "Việc của tôi" (a refused approval is disabled with its Vietnamese reason), the plan page
// shows its actions and timeline, the issued plan's assignment matrix has the right C/P cells, and
// a department finds its task in its inbox and reports progress (also on a phone-sized screen).
import { randomUUID } from 'node:crypto';
import { expect, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import type { TestStack } from '@dondoc/testing';
import type { SeededUser } from '../e2e/support/workflow-stack';
import { apiLogin } from './support/api-client';
import { screenshot, type BrowserStack } from './support/browser-stack';
import { startWorkflowBrowserStack, type WorkflowBrowserStack } from './support/workflow-browser-stack';
import { content, login } from './support/console-pages';

// Loaded machine (2 cores shared): Temporal server, workflow bundle, worker, chromium and a dozen updates.
jest.setTimeout(240_000);

let stack: BrowserStack;
let users: Record<string, SeededUser>;
let wb: WorkflowBrowserStack;
const cookies: Record<string, string> = {};
let planId: string;

const PLAN_TITLE = 'Kế hoạch rà soát hộ nghèo năm 2027 (thử nghiệm giao diện)';
const ROW_1 = 'Rà soát hộ nghèo, hộ cận nghèo trên địa bàn';
const ROW_2 = 'Bố trí kinh phí thực hiện các dự án giảm nghèo';

/** Polls `fn` until `ok` holds (no fixed sleeps); fails with the last value after `ms`. */
async function eventually<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 60_000): Promise<T> {
  const until = Date.now() + ms;
  let last: T = await fn();
  while (!ok(last)) {
    if (Date.now() > until) throw new Error(`condition not met within ${ms} ms; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 250));
    last = await fn();
  }
  return last;
}

/** An answer; the body is loosely typed JSON on purpose: tests assert on shapes with expect(). */
interface HttpResult {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

async function api(who: string, method: 'GET' | 'POST', path: string, body?: object): Promise<HttpResult> {
  const res = await fetch(`${stack.baseUrl}${path}`, {
    method,
    headers: {
      cookie: cookies[who]!,
      ...(body ? { 'Content-Type': 'application/json', 'Idempotency-Key': `test-${randomUUID()}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

async function step(who: string, action: string, body: object = {}): Promise<HttpResult['body']> {
  const res = await api(who, 'POST', `/api/plans/${planId}/actions/${action}`, body);
  if (res.status !== 200) throw new Error(`${who} ${action}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

const workflowStatus = async () => (await api('vhxh', 'GET', `/api/plans/${planId}/workflow`)).body.lifecycle.status as string;

beforeAll(async () => {
  wb = await startWorkflowBrowserStack();
  ({ stack, users } = wb);
  const backend = stack.api;
  for (const u of ['vhxh', 'phochutich', 'chutich', 'vanthu']) cookies[u] = await apiLogin(stack.baseUrl, u);
  planId = await insertPlanFixture(backend, users.chutich!.organisation_id, users.vhxh!.organisation_id, users.taichinh!.organisation_id);

  // Drafted by a department, reviewed (content by the vice-chairman, format by the chairman): now awaiting the signer.
  const started = await api('vhxh', 'POST', `/api/plans/${planId}/workflow`, {
    drafterUnitHeadId: users.phochutich!.id,
    formatCheckerId: users.chutich!.id,
    signerId: users.phochutich!.id,
    signingCapacity: 'KT',
    defaultDueDate: '2027-06-30',
  });
  if (started.status !== 201) throw new Error(`start: ${started.status} ${JSON.stringify(started.body)}`);
  await step('vhxh', 'submit-for-review');
  await step('phochutich', 'review', { decision: 'approve' });
  await step('chutich', 'review', { decision: 'approve' });
  expect(await workflowStatus()).toBe('awaitingApproval');
}, 300_000);

afterEach(() => {
  expect(stack.takePageErrors()).toEqual([]);
});

afterAll(async () => {
  await wb?.stop();
}, 60_000);

/** Opens an action's dialog by its button and confirms it; resolves with the API's answer. */
async function runAction(page: Page, scope: ReturnType<Page['locator']>, action: string, path: string) {
  await scope.locator(`[data-action="${action}"]`).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === path && r.request().method() === 'POST');
  await dialog.getByTestId('action-confirm').click();
  const response = await answered;
  return { dialog, response, key: response.request().headers()['idempotency-key'] };
}

describe('workflow actions in the console (real API, Temporal server and worker)', () => {
  it('disables the approval for a leader who is not the signer, with the Vietnamese reason; the signer approves from the inbox', async () => {
    // The chairman is a leader (may approve in general) but not this plan's signer: the workflow refuses.
    const chairman = await stack.newPage();
    await login(chairman, 'chutich');
    await chairman.goto(`/#/plans/${planId}/show`);
    const bar = content(chairman).getByTestId('plan-actions');
    await bar.locator('[data-action="approve"]').waitFor();
    await content(chairman).getByTestId('plan-workflow-status').getByText('Chờ người ký duyệt').waitFor();
    await content(chairman).getByText('Đã kiểm tra thể thức').waitFor();
    // The API lists the approval as refused for him: the button is disabled with the workflow's reason.
    const approve = bar.locator('[data-action="approve"]');
    expect(await approve.isDisabled()).toBe(true);
    expect(await approve.getAttribute('data-refused')).toMatch(/quyền|người ký/i);
    await screenshot(chairman, 'plan-approve-refused', { fullPage: false });
    expect(await workflowStatus()).toBe('awaitingApproval');

    // A department sees no approval on the plan page.
    const department = await stack.newPage();
    await login(department, 'taichinh');
    await department.goto(`/#/plans/${planId}/show`);
    await content(department).getByTestId('plan-actions').waitFor();
    expect(await content(department).locator('[data-action="approve"]').count()).toBe(0);

    // The signer's inbox (the home page) has the plan waiting for approval; one click, confirmed by the server.
    const signer = await stack.newPage();
    await login(signer, 'phochutich');
    const item = content(signer).locator('[data-kind="plan"]', { hasText: PLAN_TITLE });
    await item.waitFor();
    await item.getByText('Duyệt dự thảo').waitFor();
    await screenshot(signer, 'inbox-leader');
    const approved = await runAction(signer, item, 'approve', `/api/plans/${planId}/actions/approve`);
    expect(approved.response.status()).toBe(200);
    await approved.dialog.waitFor({ state: 'detached' });
    await signer.getByText('Đã thực hiện: Duyệt').waitFor();
    expect(await workflowStatus()).toBe('approved');

    // The plan page now offers the signature and shows the approval in its timeline.
    await signer.goto(`/#/plans/${planId}/show`);
    await content(signer).getByTestId('plan-timeline').getByText('Người ký đã duyệt').waitFor();
    await content(signer).getByTestId('plan-actions').locator('[data-action="sign"]').waitFor();
    await screenshot(signer, 'plan-actions-timeline', { fullPage: false });
  });

  it('shows the assignment matrix of the issued plan with C/P cells, deadlines on hover and a click into the task', async () => {
    await step('phochutich', 'sign', { capacity: 'KT' });
    // The clerk numbers, seals and issues from the plan page, each step confirmed by the server.
    const clerk = await stack.newPage();
    await login(clerk, 'vanthu');
    await clerk.goto(`/#/plans/${planId}/show`);
    const bar = content(clerk).getByTestId('plan-actions');
    for (const action of ['number', 'seal', 'issue']) {
      await bar.locator(`[data-action="${action}"]`).waitFor();
      const done = await runAction(clerk, bar, action, `/api/plans/${planId}/actions/${action}`);
      expect({ action, status: done.response.status() }).toEqual({ action, status: 200 });
      await done.dialog.waitFor({ state: 'detached' });
    }
    await content(clerk).getByTestId('plan-workflow-status').getByText('Đã ban hành').waitFor();
    await content(clerk).getByTestId('plan-timeline').getByText('Đã cấp số 01/KH-UBND').waitFor();
    await screenshot(clerk, 'plan-issued-timeline', { fullPage: false });
    expect(await workflowStatus()).toBe('issued');
    await eventually(
      () => api('chutich', 'GET', `/api/plans/${planId}/matrix`),
      (r) => r.body.rows?.[1]?.cells?.[users.taichinh!.organisation_id]?.status !== undefined,
    );

    const page = await stack.newPage();
    await login(page, 'chutich');
    await page.getByRole('menuitem', { name: 'Ma trận phân công' }).click();
    await content(page).getByRole('combobox').click();
    await page.getByRole('option', { name: new RegExp(PLAN_TITLE.slice(0, 20)) }).click();
    const table = content(page).getByRole('table', { name: 'Ma trận phân công' });
    await table.waitFor();
    const row1 = table.locator('tr', { hasText: ROW_1 });
    const row2 = table.locator('tr', { hasText: ROW_2 });
    const cell = (row: typeof row1, org: string) => row.locator(`td[data-org="${users[org]!.organisation_id}"]`);
    expect(await cell(row1, 'vhxh').innerText()).toBe('C');
    expect(await cell(row1, 'vhxh').getAttribute('data-status')).toBe('inProgress');
    expect(await cell(row1, 'taichinh').innerText()).toBe('P');
    expect(await cell(row2, 'taichinh').innerText()).toBe('C');
    expect(await cell(row2, 'vhxh').innerText()).toBe('');
    // Deadline on hover: the end of 30/06/2027 in Vietnam.
    expect(await cell(row1, 'vhxh').getAttribute('title')).toContain('hạn 30/06/2027');
    expect(await cell(row1, 'vhxh').getAttribute('title')).toContain('Chủ trì');
    // Overdue totals: nothing overdue yet.
    expect(await table.locator('td[data-total="all"]').innerText()).toBe('0');
    await screenshot(page, 'matrix-issued-plan', { fullPage: false });

    // The matrix is also a tab of the plan page; a click on a cell opens the task.
    await page.goto(`/#/plans/${planId}/show/matrix`);
    const tab = content(page).getByRole('table', { name: 'Ma trận phân công' });
    await tab.locator('tr', { hasText: ROW_1 }).locator(`td[data-org="${users.vhxh!.organisation_id}"] a`).click();
    await page.waitForURL(/#\/tasks\/.+\/show/);
    await content(page).getByText(ROW_1).first().waitFor();
    await content(page).getByText('Đang thực hiện trong hạn').waitFor();
  });

  it("puts the department's task in its inbox after issuance; progress is reported through the server (phone-sized)", async () => {
    const page = await stack.newPage({ viewport: { width: 390, height: 844 } });
    await login(page, 'vhxh');
    const item = content(page).locator('[data-kind="task"]', { hasText: ROW_1 });
    await item.waitFor({ timeout: 60_000 });
    await item.getByText('Hạn: 30/06/2027').waitFor();
    expect(await content(page).locator('[data-kind="task"]').count()).toBe(1);
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'inbox-department-phone');

    const taskPath = `/api/tasks/${encodeURIComponent(`task:${planId}:${await responsibilityOf(stack.api, 0)}:${users.vhxh!.organisation_id}`)}/progress`;
    await item.locator('[data-action="progress"]').click();
    const dialog = page.getByRole('dialog');
    // An invalid value is refused by the server with its Vietnamese reason; the dialog stays open.
    await dialog.getByLabel(/Tiến độ/).fill('150');
    const bad = page.waitForResponse((r) => new URL(r.url()).pathname === taskPath);
    await dialog.getByTestId('action-confirm').click();
    const badResponse = await bad;
    expect(badResponse.status()).toBe(422);
    const badBody = (await badResponse.json()) as { message: string };
    expect(await dialog.getByTestId('action-error').textContent()).toBe(badBody.message);

    await dialog.getByLabel(/Tiến độ/).fill('40');
    const ok = page.waitForResponse((r) => new URL(r.url()).pathname === taskPath);
    await dialog.getByTestId('action-confirm').click();
    const okResponse = await ok;
    expect(okResponse.status()).toBe(200);
    // Corrected inputs are a new request (a new key), not a replay of the refused one.
    expect(okResponse.request().headers()['idempotency-key']).not.toBe(badResponse.request().headers()['idempotency-key']);
    await dialog.waitFor({ state: 'detached' });
    await eventually(
      () => api('vhxh', 'GET', '/api/inbox'),
      (r) => r.body.data?.some((i: { kind: string; progress: number | null }) => i.kind === 'task' && i.progress === 40),
    );
    await page.reload();
    await item.getByText('Tiến độ: 40%').waitFor();
  });

  it('shows the notifications bell with the unread count and marks them read', async () => {
    const page = await stack.newPage();
    await login(page, 'phochutich');
    await eventually(
      () => api('phochutich', 'GET', '/api/notifications?unread=true'),
      (r) => r.body.total > 0,
    );
    await page.reload();
    // The badge counts the unread notifications (polled; loaded again here).
    const bell = page.getByRole('button', { name: /^Thông báo \([1-9]\d* chưa đọc\)$/ });
    await bell.waitFor();
    await bell.click();
    await page.locator('[data-notification][data-read="false"]').first().waitFor();
    const done = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/notifications/read-all');
    await page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
    expect((await done).status()).toBe(200);
    await page.locator('[data-notification][data-read="false"]').first().waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="notification-bell"][aria-label="Thông báo (0 chưa đọc)"]').waitFor();
    expect((await api('phochutich', 'GET', '/api/notifications?unread=true')).body.total).toBe(0);
  });
});

async function insertPlanFixture(backend: TestStack, issuerId: string, vhxhId: string, taichinhId: string): Promise<string> {
  return backend.db.dataSource.transaction(async (m) => {
    const [p] = await m.query(
      `INSERT INTO plans (document_type, issuer_organisation_id, title, status, source, period_from, period_to)
       VALUES ('KH', $1, $2, 'draft', 'born-digital', 2027, 2027) RETURNING id`,
      [issuerId, PLAN_TITLE],
    );
    const [rev] = await m.query(`INSERT INTO plan_revisions (plan_id, number, snapshot) VALUES ($1, 1, '{}') RETURNING id`, [p.id]);
    await m.query(`UPDATE plans SET current_revision_id = $1 WHERE id = $2`, [rev.id, p.id]);
    const rows: [string, [string, string][]][] = [
      [
        ROW_1,
        [
          ['lead', vhxhId],
          ['coordinator', taichinhId],
        ],
      ],
      [ROW_2, [['lead', taichinhId]]],
    ];
    for (const [i, [duties, assignees]] of rows.entries()) {
      const [r] = await m.query(
        `INSERT INTO plan_responsibilities (revision_id, position, mode, duties, origin) VALUES ($1, $2, 'order', $3, 'manual') RETURNING id`,
        [rev.id, i, duties],
      );
      for (const [j, [role, orgId]] of assignees.entries()) {
        await m.query(
          `INSERT INTO responsibility_assignees (responsibility_id, role, position, organisation_id, name, name_key, party_kind, resolved, match_method)
           VALUES ($1, $2, $3, $4, 'x', 'x', 'organisation', true, 'manual')`,
          [r.id, role, j, orgId],
        );
      }
    }
    return p.id as string;
  });
}

async function responsibilityOf(backend: TestStack, position: number): Promise<string> {
  const [r] = await backend.db.dataSource.query(
    `SELECT r.id FROM plan_responsibilities r JOIN plans p ON p.current_revision_id = r.revision_id WHERE p.id = $1 AND r.position = $2`,
    [planId, position],
  );
  return r.id;
}
