// The plan page end to end in the console (real API, dondoc's Temporal server in dev mode, the real
// worker): a sample plan imported by a department is taken from draft to issuance with the demo
// accounts, each person seeing only the buttons the API lists for them (refused steps disabled with
// the domain's Vietnamese reason): start, consultation and a reply, an edit, content review and
// format check, approval and signature by the chairman (TM.), number, seal and issuance by the clerk;
// the revisions tab shows the draft edit (made in the edit form) and a diff between two revisions.
import { expect, jest } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { apiLogin, importSamplePlan, type ImportedPlan } from './support/api-client';
import { screenshot, type BrowserStack } from './support/browser-stack';
import { startWorkflowBrowserStack, type WorkflowBrowserStack } from './support/workflow-browser-stack';
import { content, login } from './support/console-pages';

// Loaded machine (2 cores shared): Temporal server, workflow bundle, worker, chromium and a dozen steps.
jest.setTimeout(300_000);

let stack: BrowserStack;
let wb: WorkflowBrowserStack;
let plan: ImportedPlan;
const cookies: Record<string, string> = {};
const pages: Record<string, Page> = {};

beforeAll(async () => {
  wb = await startWorkflowBrowserStack();
  ({ stack } = wb);
  // 000: a commune's poverty-reduction plan without number or date: imported as a draft.
  plan = await importSamplePlan(stack.baseUrl, 'vhxh', '000_');
  cookies.vhxh = await apiLogin(stack.baseUrl, 'vhxh');
}, 300_000);

afterEach(() => {
  expect(stack.takePageErrors()).toEqual([]);
});

afterAll(async () => {
  await wb?.stop();
}, 60_000);

const bar = (p: Page) => content(p).getByTestId('plan-actions');

/** The signed-in page of a demo user, opened once and reloaded on the plan. */
async function planPageOf(who: string): Promise<Page> {
  let page = pages[who];
  if (!page) {
    page = await stack.newPage();
    await login(page, who);
    pages[who] = page;
  }
  await page.goto(`/#/plans/${plan.id}/show`);
  await page.reload();
  // The bar waits for the workflow's query: a busy worker on a loaded machine may take a while.
  await bar(page).waitFor({ timeout: 60_000 });
  return page;
}

/** The enabled (not refused) buttons of the action bar, by `data-action`, once the bar has loaded. */
async function enabledActions(page: Page): Promise<string[]> {
  await content(page).locator('[data-testid="plan-actions"][aria-busy="false"]').waitFor({ timeout: 60_000 });
  const buttons = bar(page).locator('button[data-action]:not([disabled])');
  return (await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('data-action') ?? ''))).sort();
}

/** Opens an action's dialog; `fill` sets its inputs; confirms and waits for the server's 2xx. */
async function act(page: Page, action: string, fill: (dialog: Locator) => Promise<void> = async () => undefined) {
  await bar(page).locator(`button[data-action="${action}"]:not([disabled])`).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill(dialog);
  // Updates wait for the workflow: a loaded machine may take longer than the 15 s step default.
  const answered = page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname.startsWith(`/api/plans/${plan.id}/`),
    { timeout: 60_000 },
  );
  // The page then asks the API again which steps are left.
  const reloaded = page.waitForResponse(
    (r) => r.request().method() === 'GET' && new URL(r.url()).pathname === `/api/plans/${plan.id}/allowed-actions`,
    { timeout: 60_000 },
  );
  await dialog.getByTestId('action-confirm').click();
  const response = await answered;
  expect({ action, status: response.status() }).toEqual({
    action,
    status: response.request().url().endsWith('/workflow') ? 201 : 200,
  });
  await dialog.waitFor({ state: 'detached', timeout: 60_000 });
  await reloaded;
}

/** Picks `option` in the dialog's select labelled `label` (MUI select: a combobox and a listbox). */
async function choose(page: Page, dialog: Locator, label: RegExp, option: RegExp) {
  await dialog.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
  // A multiple select stays open: close it like a person would.
  if (await page.getByRole('listbox').isVisible()) await page.keyboard.press('Escape');
}

const workflowStatus = async () => {
  const res = await fetch(`${stack.baseUrl}/api/plans/${plan.id}/workflow`, { headers: { cookie: cookies.vhxh! } });
  return res.status === 200
    ? ((await res.json()) as { lifecycle: { status: string } }).lifecycle.status
    : `HTTP ${res.status}`;
};

describe('the plan page takes an imported plan from draft to issuance', () => {
  it('starts the lifecycle from the console: only the drafting department may', async () => {
    const leader = await planPageOf('chutich');
    await content(leader).getByTestId('plan-workflow-none').waitFor();
    expect(await enabledActions(leader)).toEqual([]);

    const drafter = await planPageOf('vhxh');
    expect(await enabledActions(drafter)).toEqual(['start']);
    await act(drafter, 'start', async (d) => {
      await choose(drafter, d, /Thủ trưởng đơn vị soạn thảo/, /Hoàng Thị Lan/);
      await choose(drafter, d, /Người kiểm tra thể thức/, /Hoàng Thị Lan/);
      await choose(drafter, d, /^Người ký/, /Nguyễn Văn Hùng/);
      await choose(drafter, d, /^Thẩm quyền ký/, /^TM\./);
      await d.getByLabel(/Hạn chung của các nhiệm vụ/).fill('2027-06-30');
    });
    expect(await workflowStatus()).toBe('draft');
    expect(await enabledActions(drafter)).toEqual(['consultation', 'edit', 'submit-for-review', 'withdraw']);
    await content(drafter).getByTestId('plan-workflow-status').getByText('Dự thảo').waitFor();
  });

  it('runs a consultation: the invited department replies, the drafter closes it', async () => {
    const drafter = await planPageOf('vhxh');
    await act(drafter, 'consultation', async (d) => {
      await choose(drafter, d, /Cơ quan, đơn vị được lấy ý kiến/, /^Tài chính - Kế toán$/);
      await d.getByLabel(/Hạn góp ý/).fill('2099-01-15');
    });
    expect(await workflowStatus()).toBe('consultation');

    // The invited department sees the reply, and the drafter's own steps disabled with the reason.
    const invitee = await planPageOf('taichinh');
    expect(await enabledActions(invitee)).toEqual(['consultation-reply']);
    const refused = bar(invitee).locator('button[data-action="consultation-close"]');
    expect(await refused.isDisabled()).toBe(true);
    expect(await refused.getAttribute('data-refused')).toMatch(/quyền/);
    await bar(invitee).locator('[data-action-wrapper="consultation-close"]').hover();
    await invitee
      .getByRole('tooltip')
      .getByText(/^Chưa thực hiện được: .*quyền/)
      .waitFor();
    await screenshot(invitee, 'plan-page-refused-tooltip', { fullPage: false });
    await act(invitee, 'consultation-reply', async (d) => {
      await d.getByLabel(/^Ý kiến/).fill('Đề nghị bổ sung nguồn kinh phí thực hiện');
    });
    await content(invitee)
      .getByTestId('plan-timeline')
      .getByText(/Đề nghị bổ sung nguồn kinh phí/)
      .waitFor();

    await planPageOf('vhxh');
    await act(pages.vhxh!, 'consultation-close');
    expect(await workflowStatus()).toBe('draft');
  });

  it('edits the draft; the revisions tab lists the edit and shows what changed between two revisions', async () => {
    const drafter = await planPageOf('vhxh');
    // The edit form writes the changed content as revision 2 (a target and a task deadline).
    await bar(drafter).locator('button[data-action="edit"]:not([disabled])').click();
    const dialog = drafter.getByRole('dialog');
    const target = dialog.getByLabel('Nội dung chỉ tiêu 1', { exact: true });
    await target.waitFor();
    await target.fill(`${await target.inputValue()} (bổ sung sau góp ý)`);
    await dialog.getByLabel('Thời hạn 1', { exact: true }).fill('30/09/2027');
    await dialog.getByLabel(/Nội dung sửa đổi/).fill('Tiếp thu ý kiến góp ý');
    const saved = drafter.waitForResponse(
      (r) => r.request().method() === 'PUT' && new URL(r.url()).pathname === `/api/plans/${plan.id}/content`,
      { timeout: 60_000 },
    );
    await dialog.getByTestId('plan-edit-save').click();
    expect((await saved).status()).toBe(200);
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });

    await drafter.goto(`/#/plans/${plan.id}/show/revisions`);
    const tab = content(drafter).getByTestId('plan-revisions');
    await tab.locator('tr[data-revision="2"]').getByText('Tiếp thu ý kiến góp ý').waitFor();
    await tab.locator('tr[data-revision="2"]').getByText('Nông Văn Đức').waitFor();
    await tab.getByText(/^Bản dự thảo lần 2: Nông Văn Đức, \d{2}\/\d{2}\/\d{4}/).waitFor();
    const diff = tab.getByTestId('revision-diff');
    await diff.getByRole('heading', { name: 'Chỉ tiêu (1)' }).waitFor();
    await diff.locator('ins', { hasText: 'góp ý)' }).first().waitFor();
    await diff.getByRole('heading', { name: 'Phân công thực hiện (1)' }).waitFor();
    expect(await diff.locator('[data-change="changed"]').count()).toBe(2);
    expect(await diff.locator('[data-change="added"], [data-change="removed"]').count()).toBe(0);
    await screenshot(drafter, 'plan-page-revisions-diff');
  });

  it('submits, and the leaders review, check the format and approve', async () => {
    const drafter = await planPageOf('vhxh');
    await act(drafter, 'submit-for-review');
    expect(await enabledActions(drafter)).toEqual(['edit', 'withdraw']);

    // The chairman (the signer) has nothing to do yet; the vice-chairman reviews content, then format.
    expect(await enabledActions(await planPageOf('chutich'))).toEqual([]);
    const reviewer = await planPageOf('phochutich');
    expect(await enabledActions(reviewer)).toEqual(['review-approve', 'review-return']);
    await act(reviewer, 'review-approve');
    await content(reviewer).getByTestId('plan-workflow-status').getByText('Chờ kiểm tra thể thức').waitFor();
    await act(reviewer, 'review-approve');
    expect(await workflowStatus()).toBe('awaitingApproval');
    expect(await enabledActions(reviewer)).toEqual([]);

    const signer = await planPageOf('chutich');
    expect(await enabledActions(signer)).toEqual(['approve', 'review-return']);
    await act(signer, 'approve');
    expect(await workflowStatus()).toBe('approved');

    // An edit now would void the approval: the drafter's dialog says so before confirming.
    const again = await planPageOf('vhxh');
    await bar(again).locator('button[data-action="edit"]').click();
    const dialog = again.getByRole('dialog');
    await dialog
      .getByTestId('action-notice')
      .getByText(/hủy việc duyệt/)
      .waitFor();
    await screenshot(again, 'plan-page-edit-voids-approval', { fullPage: false });
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await workflowStatus()).toBe('approved');
  });

  it('the chairman signs (TM.), the clerk numbers, seals and issues', async () => {
    const signer = await planPageOf('chutich');
    await bar(signer).locator('button[data-action="sign"]').click();
    const dialog = signer.getByRole('dialog');
    await dialog.getByTestId('action-notice').getByText('Ký với thẩm quyền: TM.').waitFor();
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'detached' });
    await act(signer, 'sign');
    expect(await workflowStatus()).toBe('signed');
    expect(await enabledActions(signer)).toEqual([]);

    const clerk = await planPageOf('vanthu');
    expect(await enabledActions(clerk)).toEqual(['number', 'seal']);
    await act(clerk, 'number', async (d) => {
      await d.getByTestId('action-notice').getByText('Số sẽ cấp: 01/KH-UBND').waitFor();
      await screenshot(clerk, 'plan-page-number', { fullPage: false });
    });
    // Issuing before the seal is refused: the button is disabled with the domain's reason.
    const issue = bar(clerk).locator('button[data-action="issue"]');
    await issue.waitFor();
    expect(await issue.isDisabled()).toBe(true);
    expect(await issue.getAttribute('data-refused')).toMatch(/đóng dấu/);
    await act(clerk, 'seal');
    await act(clerk, 'issue', async (d) => {
      expect(await d.getByLabel(/Nơi nhận/).inputValue()).toBe('Như trên;\nLưu: VT.');
    });
    expect(await workflowStatus()).toBe('issued');
    await content(clerk).getByTestId('plan-workflow-status').getByText('Đã ban hành').waitFor();
    await content(clerk).getByTestId('plan-timeline').getByText('Đã cấp số 01/KH-UBND').waitFor();
    expect(await enabledActions(clerk)).toEqual([]);
    await screenshot(clerk, 'plan-page-issued', { fullPage: false });
  });
});
