// Editing a draft's content from the console (real API, dondoc's Temporal server, the real worker, Chromium): the
// drafter opens "Sửa dự thảo" on an approved draft (the dialog warns that the approval will be voided), changes a
// target and a task deadline; an impossible date (31/02) is refused under its input and nothing is saved; the
// corrected edit is saved as revision 2 and "Phiên bản" shows it with the diff. After a new approval, the timeline
// names the chairman (full name and position) on the approval and the drafter on the edit.
import { expect, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { apiLogin, importSamplePlan, type ImportedPlan } from './support/api-client';
import { screenshot, type BrowserStack } from './support/browser-stack';
import { startWorkflowBrowserStack, type WorkflowBrowserStack } from './support/workflow-browser-stack';
import { content, login } from './support/console-pages';

jest.setTimeout(300_000);

let stack: BrowserStack;
let wb: WorkflowBrowserStack;
let plan: ImportedPlan;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  wb = await startWorkflowBrowserStack();
  ({ stack } = wb);
  plan = await importSamplePlan(stack.baseUrl, 'vhxh', '000_');
  for (const u of ['vhxh', 'phochutich', 'chutich']) cookies[u] = await apiLogin(stack.baseUrl, u);
  const users = (await stack.api.db.dataSource.query(`SELECT username, id FROM users`)) as { username: string; id: string }[];
  for (const u of users) ids[u.username] = u.id;
  // The draft goes through review and the chairman's approval by API: the page under test is the edit.
  await call('vhxh', 'workflow', {
    drafterUnitHeadId: ids.phochutich,
    formatCheckerId: ids.chutich,
    signerId: ids.chutich,
    signingCapacity: 'TM',
    defaultDueDate: '2027-06-30',
  });
  await approveByApi();
}, 300_000);

afterEach(() => {
  expect(stack.takePageErrors()).toEqual([]);
});

afterAll(async () => {
  await wb?.stop();
}, 60_000);

async function call(who: string, path: string, body: object = {}): Promise<{ lifecycle: { status: string } }> {
  const res = await fetch(`${stack.baseUrl}/api/plans/${plan.id}/${path}`, {
    method: 'POST',
    headers: { cookie: cookies[who]!, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${who} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { lifecycle: { status: string } };
}

async function approveByApi() {
  await call('vhxh', 'actions/submit-for-review');
  await call('phochutich', 'actions/review', { decision: 'approve' });
  await call('chutich', 'actions/review', { decision: 'approve' });
  expect((await call('chutich', 'actions/approve')).lifecycle.status).toBe('approved');
}

const bar = (p: Page) => content(p).getByTestId('plan-actions');
const revisionCount = async () =>
  ((await stack.api.db.dataSource.query(`SELECT count(*)::int AS n FROM plan_revisions WHERE plan_id = $1`, [plan.id])) as { n: number }[])[0]!.n;

async function planPage(who: string): Promise<Page> {
  const page = await stack.newPage();
  await login(page, who);
  await page.goto(`/#/plans/${plan.id}/show`);
  await content(page).locator('[data-testid="plan-actions"][aria-busy="false"]').waitFor({ timeout: 60_000 });
  return page;
}

/** Clicks save and waits for the server's answer to the PUT. */
async function save(page: Page): Promise<number> {
  const answered = page.waitForResponse(
    (r) => r.request().method() === 'PUT' && new URL(r.url()).pathname === `/api/plans/${plan.id}/content`,
    { timeout: 60_000 },
  );
  await page.getByRole('dialog').getByTestId('plan-edit-save').click();
  return (await answered).status();
}

describe('editing a draft from the plan page', () => {
  let drafter: Page;

  it('edits a target and a deadline of the approved draft as a new revision, refusing 31/02 first', async () => {
    drafter = await planPage('vhxh');
    await bar(drafter).locator('button[data-action="edit"]:not([disabled])').click();
    const dialog = drafter.getByRole('dialog');
    await dialog.getByTestId('plan-edit-form').waitFor();
    // The approval of revision 1 will be voided: said before anything is saved.
    await dialog.getByTestId('action-notice').getByText(/hủy việc duyệt/).waitFor();
    const target = dialog.getByLabel('Nội dung chỉ tiêu 1', { exact: true });
    await target.waitFor();
    const before = await target.inputValue();
    await target.fill(`${before} (nâng chỉ tiêu sau góp ý)`);
    const due = dialog.getByLabel('Thời hạn 1', { exact: true });
    await due.fill('31/02/2027');
    await dialog.getByLabel(/Nội dung sửa đổi/).fill('Tiếp thu ý kiến người ký: nâng chỉ tiêu, lùi hạn');
    expect(await save(drafter)).toBe(422);
    await dialog.getByText('Ngày 31/02/2027 không tồn tại').waitFor();
    expect(await revisionCount()).toBe(1);
    await screenshot(drafter, 'plan-edit-invalid-date', { fullPage: false });

    await due.fill('30/09/2027');
    expect(await save(drafter)).toBe(200);
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    expect(await revisionCount()).toBe(2);
    // The workflow moved to a new revision: the draft is back to "Dự thảo", the approval voided.
    await content(drafter).getByTestId('plan-workflow-status').getByText('Hiện tại: Dự thảo').waitFor({ timeout: 60_000 });
  });

  it('shows the new revision and what changed in "Phiên bản"', async () => {
    await drafter.goto(`/#/plans/${plan.id}/show/revisions`);
    const tab = content(drafter).getByTestId('plan-revisions');
    const row = tab.locator('tr[data-revision="2"]');
    await row.getByText('Tiếp thu ý kiến người ký: nâng chỉ tiêu, lùi hạn').waitFor();
    await row.getByText('Nông Văn Đức').waitFor();
    const diff = tab.getByTestId('revision-diff');
    await diff.getByRole('heading', { name: 'Chỉ tiêu (1)' }).waitFor();
    await diff.locator('ins', { hasText: 'góp ý)' }).first().waitFor();
    await diff.getByRole('heading', { name: 'Phân công thực hiện (1)' }).waitFor();
    await diff.locator('ins', { hasText: '30/09/2027' }).first().waitFor();
    expect(await diff.locator('[data-change="added"], [data-change="removed"]').count()).toBe(0);
    await screenshot(drafter, 'plan-edit-revisions-diff');
  });

  it("names the chairman on the approval and the drafter on the edit in the timeline", async () => {
    await approveByApi();
    const leader = await planPage('chutich');
    const timeline = content(leader).getByTestId('plan-timeline');
    const approval = timeline.locator('li', { hasText: 'Người ký đã duyệt' });
    await approval.getByText('Người thực hiện: Nguyễn Văn Hùng (Chủ tịch UBND xã)').waitFor({ timeout: 60_000 });
    expect(await approval.locator('.MuiTypography-caption').first().innerText()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    const edit = timeline.locator('li', { hasText: 'Sửa dự thảo, tạo bản 2: Tiếp thu ý kiến người ký' });
    await edit.getByText(/^Người thực hiện: Nông Văn Đức/).waitFor();
    await screenshot(leader, 'plan-edit-timeline', { fullPage: false });
  });
});
