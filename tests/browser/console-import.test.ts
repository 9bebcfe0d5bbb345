// "Nhập kế hoạch" through the console as the clerk: upload sample plan 003 (.txt), review warnings,
// assignments and the source side by side, map an unresolved name, confirm, land on the plan.
// Also: a corrupt .docx shows the importer's Vietnamese error; a second confirm shows the 409
// reason; document text with HTML in it stays text.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { apiLogin, SAMPLE_PLANS_DIR } from './support/api-client';
import { screenshot, type BrowserStack, useBrowserStack } from './support/browser-stack';
import { content, login, openResource } from './support/console-pages';

jest.setTimeout(90_000);

let stack: BrowserStack;

useBrowserStack((s) => {
  stack = s;
});

const sample003 = () => {
  const name = fs.readdirSync(SAMPLE_PLANS_DIR).find((f) => f.startsWith('003_'));
  if (!name) throw new Error(`no sample plan 003_* in ${SAMPLE_PLANS_DIR}`);
  return path.join(SAMPLE_PLANS_DIR, name);
};
const REVIEW_URL = /#\/import-jobs\/[0-9a-f-]{36}\/show$/;

/** Plans list → "Nhập kế hoạch" → choose a file; resolves on the review page of the new job. */
async function uploadThroughWizard(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  await openResource(page, 'Kế hoạch', 'plans');
  await content(page).getByRole('link', { name: 'Nhập kế hoạch' }).click();
  await content(page).getByRole('heading', { name: 'Nhập kế hoạch', level: 1 }).waitFor();
  await page.locator('#import-file').setInputFiles(file);
}

describe('plan import wizard (real API)', () => {
  it('imports sample plan 003 as the clerk: warnings, assignments, source spans, name mapping, confirm', async () => {
    const page = await stack.newPage();
    await login(page, 'vanthu');
    await uploadThroughWizard(page, sample003());
    await page.waitForURL(REVIEW_URL);
    const main = content(page);
    await main.getByRole('heading', { level: 1, name: /giảm nghèo bền vững/ }).waitFor();

    // Header fields as read.
    const header = main.getByRole('table', { name: 'Thông tin văn bản' });
    await header.getByRole('row', { name: /Số, ký hiệu\s*35 \/KH-UBND/ }).waitFor();
    await header.getByRole('row', { name: /Ngày ban hành\s*21\/02\/2024/ }).waitFor();
    await header.getByRole('row', { name: /Người ký\s*PHÓ CHỦ TỊCH Đặng Minh Thông/ }).waitFor();

    // Warnings with their Vietnamese messages; clicking one marks its line in the source.
    const warning = main.getByRole('button', { name: /Số văn bản "35 \/KH-UBND" chỉ có ở chú thích phụ lục/ });
    await warning.waitFor();
    const source = main.getByTestId('import-source');
    expect(await source.locator('[data-warning="true"]').count()).toBeGreaterThan(0);
    await warning.click();
    await source.locator('[data-line="132"][data-selected="true"]').waitFor();

    // Responsibilities: STT / Nội dung / Chủ trì / Phối hợp / Hạn; a row shows its lines (57–61).
    const table = main.getByRole('table', { name: /^Phân công thực hiện \(\d+\)$/ });
    for (const col of ['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Hạn'])
      await table.getByRole('columnheader', { name: col }).waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(10);
    await table.getByRole('row').filter({ hasText: 'Triển khai thực hiện các chính sách khám chữa bệnh' }).click();
    await source.locator('[data-line="57"][data-selected="true"]').waitFor();
    await source.locator('[data-line="61"][data-selected="true"]').waitFor();
    expect(await source.locator('[data-line="56"][data-selected="true"]').count()).toBe(0);

    // Reporting duties are listed.
    await main
      .getByRole('table', { name: /^Chế độ báo cáo \(\d+\)$/ })
      .getByText('trước ngày 05/6')
      .first()
      .waitFor();
    await screenshot(page, 'import-review-003');

    // Map one unresolved name (a lead: "Sở Y tế" of the province is not in the commune's catalogue) by picking.
    const names = main.getByTestId('unresolved-name');
    expect(await names.count()).toBeGreaterThan(0);
    const mappedName = 'Sở Y tế';
    const combo = main.getByRole('combobox', { name: mappedName, exact: true });
    await combo.click();
    await combo.fill('Văn hóa');
    await page.getByRole('option', { name: 'Văn hóa - Xã hội' }).click();
    await expect(combo.inputValue()).resolves.toBe('Văn hóa - Xã hội');
    await screenshot(page, 'import-review-003-mapped', { fullPage: false });

    // The same job open in a second session, to confirm it twice.
    const other = await stack.newPage();
    await login(other, 'vanthu');
    await other.goto(page.url().replace(/^.*#/, '/#'));
    await content(other).getByRole('button', { name: 'Xác nhận tạo kế hoạch' }).waitFor();

    // Confirm (pessimistic): lands on the created plan's assignments.
    const confirmed = page.waitForResponse((r) =>
      /\/api\/import-jobs\/[^/]+\/confirm$/.test(new URL(r.url()).pathname),
    );
    await main.getByRole('button', { name: 'Xác nhận tạo kế hoạch' }).click();
    expect((await confirmed).status()).toBe(200);
    await page.waitForURL(/#\/plans\/[0-9a-f-]{36}\/show\/assignments$/);
    const assignments = main.getByRole('table', { name: 'Phân công' });
    await assignments.getByRole('columnheader', { name: 'Chủ trì' }).waitFor();
    await assignments.getByRole('row').nth(10).waitFor();
    await screenshot(page, 'import-created-plan', { fullPage: false });

    // The mapping reached the plan: the chosen organisation is recorded for that name.
    const planId = /plans\/([0-9a-f-]{36})\//.exec(page.url())?.[1];
    const cookie = await apiLogin(stack.baseUrl, 'vanthu');
    const plan = (await (await fetch(`${stack.baseUrl}/api/plans/${planId}`, { headers: { cookie } })).json()) as {
      responsibilities: Array<{ leads: Party[]; coordinators: Party[] }>;
    };
    type Party = { name: string; organisationId: string | null; resolved: boolean };
    const parties = plan.responsibilities.flatMap((r) => [...r.leads, ...r.coordinators]);
    const mapped = parties.filter((p) => p.name === mappedName);
    expect(mapped.length).toBeGreaterThan(0);
    expect(mapped.every((p) => p.resolved && p.organisationId)).toBe(true);
    // …and the plan page no longer calls it unresolved.
    const row = assignments.getByRole('row').filter({ hasText: 'Triển khai thực hiện các chính sách khám chữa bệnh' });
    expect(await row.innerText()).not.toContain('chưa xác định');

    // The second session's confirm is refused with the API's Vietnamese reason.
    await content(other).getByRole('button', { name: 'Xác nhận tạo kế hoạch' }).click();
    await content(other)
      .getByRole('alert')
      .filter({ hasText: 'Lần nhập này đã được xác nhận, kế hoạch đã được tạo' })
      .waitFor();
    // The page reloads the job: now confirmed, with a link to the plan instead of the button.
    await content(other).getByRole('link', { name: 'Mở kế hoạch đã tạo' }).waitFor();
    expect(await content(other).getByRole('button', { name: 'Xác nhận tạo kế hoạch' }).count()).toBe(0);
    // Opened without the file, the source panel shows the outline that was read.
    await content(other).getByText('Không còn nội dung tệp gốc trên trình duyệt này', { exact: false }).waitFor();
    await screenshot(other, 'import-second-confirm-409', { fullPage: false });

    // The review queue lists the job as confirmed.
    await openResource(page, 'Hàng chờ nhập văn bản', 'import-jobs');
    await main.getByText('Đã tạo kế hoạch').first().waitFor();
    await main.getByText(path.basename(sample003())).first().waitFor();
    await screenshot(page, 'import-queue');
  });

  it("shows the importer's Vietnamese error for a corrupt .docx (dropped on the page)", async () => {
    const page = await stack.newPage();
    await login(page, 'vanthu');
    await openResource(page, 'Kế hoạch', 'plans');
    await content(page).getByRole('link', { name: 'Nhập kế hoạch' }).click();
    const dropZone = content(page).getByTestId('import-drop-zone');
    await dropZone.waitFor();
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['PK\x03\x04 this is not really a zip file at all'], 'ke-hoach-hong.docx'));
      return dt;
    });
    const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/plans/import');
    await dropZone.dispatchEvent('drop', { dataTransfer });
    expect((await answered).status()).toBe(422);
    await content(page).getByRole('alert').filter({ hasText: 'Tệp .docx bị hỏng, không đọc được' }).waitFor();
    expect(page.url()).toMatch(/#\/import-jobs\/new$/);
    await screenshot(page, 'import-corrupt-docx');
  });

  it('renders names and text from the document as text, never as HTML', async () => {
    const page = await stack.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await login(page, 'vanthu');
    const evil = '<img src=x onerror=alert(1)>';
    const text = fs
      .readFileSync(sample003(), 'utf8')
      .replace('Sở Y tế', `Sở ${evil}`)
      .replace('Thực hiện Chương trình mục tiêu quốc gia', `Thực hiện ${evil} Chương trình mục tiêu quốc gia`);
    await uploadThroughWizard(page, { name: `${evil}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.waitForURL(REVIEW_URL);
    const main = content(page);
    await main.getByRole('heading', { level: 1, name: evil, exact: false }).waitFor();
    await main.getByText(`Tệp: ${evil}.txt`).waitFor();
    expect(await main.getByText(evil, { exact: false }).count()).toBeGreaterThan(2);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toBe(0);
    await screenshot(page, 'import-html-as-text', { fullPage: false });
  });
});
