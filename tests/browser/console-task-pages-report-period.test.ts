// The task pages, evidence files and report periods in the console, against the real API,
// dondoc's Temporal server (dev mode) and the real worker, with task and duty workflows started
// from their contracts: a department opens its task from the inbox, reports progress with an
// evidence file and asks for more time (a day off is refused with the reason); the leader grants
// it; a task titled like markup renders as text; the task page fits a phone; a department submits
// its period report with figures per plan target.
import { expect, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { eventually, insertPlanWithTargets, startAnnualDuty, startTask } from '../e2e/support/evidence-fixture';
import type { SeededUser } from '../e2e/support/workflow-stack';
import { apiLogin } from './support/api-client';
import { screenshot, type BrowserStack } from './support/browser-stack';
import { startWorkflowBrowserStack, type WorkflowBrowserStack } from './support/workflow-browser-stack';
import { content, DEMO_PASSWORD } from './support/console-pages';

jest.setTimeout(240_000);

let env: WorkflowBrowserStack['env'];
let stack: BrowserStack;
let taskQueue: string;
let users: Record<string, SeededUser>;
let wb: WorkflowBrowserStack;
const cookies: Record<string, string> = {};
let planId: string;
let taskId: string;
let markupTaskId: string;
let dutyId: string;

const TASK_TITLE = 'Rà soát hộ nghèo, hộ cận nghèo trên địa bàn xã';
const MARKUP_TITLE = '<img src=x onerror=alert(1)>';

/** An answer; the body is loosely typed JSON on purpose: tests assert on shapes with expect(). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function apiGet(who: string, path: string): Promise<{ status: number; body: any }> {
  // One session per user: logins are rate-limited.
  cookies[who] ??= await apiLogin(stack.baseUrl, who);
  const res = await fetch(`${stack.baseUrl}${path}`, { headers: { cookie: cookies[who] } });
  return { status: res.status, body: await res.json() };
}

/** Signs in through the login page; resolves once the inbox (the home page) has loaded. */
async function login(page: Page, username: string): Promise<void> {
  await page.goto('/#/login');
  await page.getByLabel(/^Tên đăng nhập/).fill(username);
  await page.getByLabel(/^Mật khẩu/).fill(DEMO_PASSWORD);
  const inbox = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/inbox' && r.ok());
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await inbox;
  await content(page).waitFor();
}

beforeAll(async () => {
  wb = await startWorkflowBrowserStack();
  ({ stack, env, taskQueue, users } = wb);
  const db = stack.api.db.dataSource;
  ({ planId } = await insertPlanWithTargets(db, users.chutich!.organisation_id, 'Kế hoạch giảm nghèo 2027 (thử giao diện)'));
  const vhxh = users.vhxh!.organisation_id;
  const leaderId = users.phochutich!.id;
  taskId = await startTask(env.client, taskQueue, { planId, responsibilityId: 'r1', orgId: vhxh, title: TASK_TITLE, dueDay: '2027-06-30', leaderId });
  markupTaskId = await startTask(env.client, taskQueue, { planId, responsibilityId: 'r2', orgId: vhxh, title: MARKUP_TITLE, dueDay: '2027-09-30', leaderId });
  dutyId = await startAnnualDuty(env.client, taskQueue, {
    planId,
    reporterOrgIds: [vhxh, users.taichinh!.organisation_id],
    standingAgencyId: users.sonnmt!.organisation_id,
    consolidatorId: users.sonnmt!.id,
  });
  await eventually(
    () => apiGet('phochutich', `/api/tasks?planId=${planId}`),
    (r) => r.body.total === 2,
  );
  await eventually(
    () => apiGet('sonnmt', '/api/duties'),
    (r) => r.body.total === 1,
  );
}, 300_000);

afterEach(() => {
  expect(stack.takePageErrors()).toEqual([]);
});

afterAll(async () => {
  await wb?.stop();
}, 60_000);

/** Opens a form by its button, fills it through `fill`, confirms and waits for the POST to `path`. */
async function runForm(page: Page, action: string, path: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await content(page).locator(`[data-action="${action}"]`).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill(dialog);
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === path && r.request().method() === 'POST');
  await dialog.getByTestId('action-confirm').click();
  return { dialog, response: await answered };
}

describe('task pages and report periods in the console', () => {
  it('a department opens its task from the inbox, reports progress with evidence and asks for more time; the leader grants it', async () => {
    const page = await stack.newPage();
    await login(page, 'vhxh');
    const item = content(page).locator('[data-kind="task"]', { hasText: TASK_TITLE });
    await item.waitFor({ timeout: 60_000 });
    await item.getByRole('link', { name: 'Xem nhiệm vụ' }).click();
    await page.waitForURL(/#\/tasks\/.+\/show/);
    await content(page).getByTestId('task-title').getByText(TASK_TITLE).waitFor();
    await content(page).getByTestId('task-due').getByText('30/06/2027').waitFor();

    const progressPath = `/api/tasks/${encodeURIComponent(taskId)}/progress`;
    const { dialog, response } = await runForm(page, 'progress', progressPath, async (d) => {
      await d.getByLabel(/Tiến độ/).fill('40');
      await d.getByLabel(/Kết quả thực hiện/).fill('Đã rà soát 3/5 thôn');
      await d.getByLabel(/Khó khăn/).fill('Thiếu kinh phí in phiếu');
      await d.getByLabel(/Đề xuất/).fill('Bổ sung kinh phí');
      await d.getByTestId('file-input-progress').setInputFiles({
        name: 'Biên bản rà soát thôn 1.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4 biên bản'),
      });
    });
    expect(response.status()).toBe(200);
    const sent = response.request().postDataJSON() as { evidenceFileRefs: string[] };
    expect(sent.evidenceFileRefs).toEqual([expect.stringMatching(/^file:[0-9a-f-]{36}:[0-9a-f]{64}$/)]);
    await dialog.waitFor({ state: 'detached' });
    const last = content(page).getByTestId('task-last-report');
    await last.getByText('Tiến độ 40%').waitFor();
    await last.getByText('Thiếu kinh phí in phiếu').waitFor();
    await last.getByRole('link', { name: 'Biên bản rà soát thôn 1.pdf' }).waitFor();
    await content(page).getByTestId('task-timeline').getByText('Báo cáo tiến độ').first().waitFor();
    await screenshot(page, 'task-page-progress-evidence');

    // A day off is refused before Temporal is asked, with the reason; then a working day is sent.
    const extensionPath = `/api/tasks/${encodeURIComponent(taskId)}/extension`;
    const sunday = await runForm(page, 'extension', extensionPath, async (d) => {
      await d.getByLabel(/Hạn mới đề nghị/).fill('18/07/2027');
      await d.getByLabel(/Lý do/).fill('Chờ kết quả phúc tra');
    });
    expect(sunday.response.status()).toBe(422);
    await sunday.dialog.getByTestId('action-error').getByText(/18\/07\/2027/).waitFor();
    await sunday.dialog.getByLabel(/Hạn mới đề nghị/).fill('31/02/2027');
    await sunday.dialog.getByTestId('action-confirm').click();
    await sunday.dialog.getByTestId('action-error').getByText(/Ngày không hợp lệ/).waitFor();
    await sunday.dialog.getByLabel(/Hạn mới đề nghị/).fill('15/07/2027');
    const asked = page.waitForResponse((r) => new URL(r.url()).pathname === extensionPath);
    await sunday.dialog.getByTestId('action-confirm').click();
    expect((await asked).status()).toBe(200);
    await sunday.dialog.waitFor({ state: 'detached' });
    await content(page).getByTestId('pending-extension').getByText(/15\/07\/2027/).waitFor();

    const leader = await stack.newPage();
    await login(leader, 'phochutich');
    await leader.goto(`/#/tasks/${encodeURIComponent(taskId)}/show`);
    await content(leader).getByTestId('pending-extension').waitFor();
    await screenshot(leader, 'task-page-extension-pending', { fullPage: false });
    const decisionPath = `/api/tasks/${encodeURIComponent(taskId)}/extension/decision`;
    const granted = await runForm(leader, 'extension-grant', decisionPath, async (d) => {
      await d.getByLabel(/Ý kiến/).fill('Đồng ý');
    });
    expect(granted.response.status()).toBe(200);
    await granted.dialog.waitFor({ state: 'detached' });
    await content(leader).getByTestId('task-due').getByText('15/07/2027').waitFor();
    await content(leader).getByTestId('task-extensions').getByText(/đồng ý, hạn mới 15\/07\/2027/).waitFor();
    // The leader can open the department's evidence.
    const link = content(leader).getByTestId('task-files').getByRole('link', { name: 'Biên bản rà soát thôn 1.pdf' });
    const href = await link.getAttribute('href');
    const fetched = await leader.evaluate(async (url) => (await fetch(url!)).status, href);
    expect(fetched).toBe(200);
    await screenshot(leader, 'task-page-extension-granted');
  });

  it('renders a task title that looks like markup as text, in the list and on the page', async () => {
    const page = await stack.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await login(page, 'vhxh');
    await page.getByRole('menuitem', { name: 'Nhiệm vụ' }).click();
    const link = content(page).getByRole('link', { name: MARKUP_TITLE, exact: true });
    await link.waitFor();
    expect(await content(page).locator('img[src="x"]').count()).toBe(0);
    await screenshot(page, 'task-list-markup-title', { fullPage: false });
    // Opened from the list (its row is the placeholder until the detail arrives).
    await link.click();
    await page.waitForURL(/#\/tasks\/.+\/show/);
    expect(decodeURIComponent(page.url())).toContain(markupTaskId);
    const title = content(page).getByTestId('task-title');
    await title.getByText(MARKUP_TITLE, { exact: true }).waitFor();
    expect(await title.textContent()).toBe(MARKUP_TITLE);
    expect(await content(page).locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('fits the task page on a 390×844 phone without horizontal scrolling', async () => {
    const page = await stack.newPage({ viewport: { width: 390, height: 844 } });
    await login(page, 'vhxh');
    await page.goto(`/#/tasks/${encodeURIComponent(taskId)}/show`);
    await content(page).getByTestId('task-last-report').getByText('Tiến độ 40%').waitFor();
    await content(page).getByTestId('task-files').waitFor();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'task-page-phone');
    await page.goto('/#/tasks');
    await content(page).getByText(TASK_TITLE).waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0);
  });

  it('a department submits its period report with figures per plan target; the standing agency sees it', async () => {
    const page = await stack.newPage();
    await login(page, 'vhxh');
    // The inbox's "nộp báo cáo" item links to its report-period page.
    const item = content(page).locator('[data-kind="duty"]', { hasText: 'Báo cáo năm kết quả giảm nghèo' });
    await item.waitFor({ timeout: 60_000 });
    await item.getByRole('link', { name: 'Xem kỳ báo cáo' }).click();
    await page.waitForURL((url) => decodeURIComponent(url.hash) === `#/report-periods/${dutyId}/show`);
    await content(page).getByTestId('period-label').getByText('Năm 2027').waitFor();
    await page.getByRole('menuitem', { name: 'Kỳ báo cáo' }).click();
    const row = content(page).getByText('Báo cáo năm kết quả giảm nghèo');
    await row.waitFor();
    await content(page).getByText('Năm 2027').waitFor();
    await content(page).getByText('Đã nhận 0/2').waitFor();
    await row.click();
    await page.waitForURL(/#\/report-periods\/.+\/show/);
    await content(page).getByTestId('period-label').getByText('Năm 2027').waitFor();
    // A reporter sees only its own submission.
    expect(await content(page).locator('[data-submission]').count()).toBe(1);
    const path = `/api/duties/${encodeURIComponent(dutyId)}/reports`;
    const { dialog, response } = await runForm(page, 'submit-report', path, async (d) => {
      await d.getByLabel('Số hộ nghèo thoát nghèo').fill('12');
      await d.getByLabel('Số lao động được đào tạo nghề').fill('1.250');
      await d.getByLabel(/ước thực hiện/).check();
      await d.getByLabel(/Nội dung báo cáo/).fill('Ước thực hiện cả năm 2027');
      await d.getByTestId('file-input-submit-report').setInputFiles({
        name: 'Báo cáo năm 2027.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: Buffer.from('PK báo cáo'),
      });
    });
    expect(response.status()).toBe(200);
    expect(response.request().postDataJSON()).toMatchObject({ periodKey: '2027-Y', estimate: true, narrative: 'Ước thực hiện cả năm 2027' });
    await dialog.waitFor({ state: 'detached' });
    const mine = content(page).locator(`[data-submission="${users.vhxh!.organisation_id}"]`);
    await mine.locator('[data-status="submitted"]').waitFor();
    await mine.getByText('1.250').waitFor();
    await mine.getByRole('link', { name: 'Báo cáo năm 2027.docx' }).waitFor();
    await screenshot(page, 'report-period-submitted');

    const agency = await stack.newPage();
    await login(agency, 'sonnmt');
    await agency.goto(`/#/report-periods/${encodeURIComponent(dutyId)}/show`);
    await content(agency).locator('[data-submission]').nth(1).waitFor();
    expect(await content(agency).locator('[data-status="submitted"]').count()).toBe(1);
    await content(agency).locator('[data-action="consolidate"]').waitFor();
    await screenshot(agency, 'report-period-standing-agency');
  });
});
