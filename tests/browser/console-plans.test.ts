// Plans skeleton (read-only): a sample plan imported through the API appears in the list with its
// number and Vietnamese date, and its show page has the content tree and the assignment rows.
import { expect, jest } from '@jest/globals';
import { importSamplePlan, type ImportedPlan } from './support/api-client';
import { screenshot, startBrowserStack, type BrowserStack } from './support/browser-stack';
import { content, login, openResource } from './support/console-pages';

jest.setTimeout(60_000);

let stack: BrowserStack;
let plan: ImportedPlan;

beforeAll(async () => {
  stack = await startBrowserStack();
  // 003: a provincial plan, "35 /KH-UBND" of 21/02/2024, imported by a department user.
  plan = await importSamplePlan(stack.baseUrl, 'vhxh', '003_');
}, 120_000); // the first file of a run also migrates and seeds the template database

afterEach(() => {
  expect(stack.takePageErrors()).toEqual([]);
});

afterAll(async () => {
  await stack?.stop();
}, 60_000);

describe('plans (read-only skeleton, real API)', () => {
  it('lists the imported plan and shows its content and assignments', async () => {
    expect(plan.numberText).toBe('35 /KH-UBND');
    const page = await stack.newPage();
    await login(page, 'chutich');
    await openResource(page, 'Kế hoạch', 'plans');
    await content(page).getByText('35 /KH-UBND').waitFor();
    await content(page).getByText('21/02/2024').waitFor();
    await content(page).getByText('Số, ký hiệu', { exact: true }).waitFor();
    await screenshot(page, 'plans-list-leader');

    await content(page).getByRole('link', { name: plan.title, exact: true }).click();
    await content(page).getByRole('tab', { name: 'Thông tin chung' }).waitFor();
    await content(page).getByText('Nhập từ tệp').waitFor();

    await content(page).getByRole('tab', { name: 'Nội dung' }).click();
    await content(page).getByRole('heading', { level: 3 }).first().waitFor();
    await screenshot(page, 'plan-show-content', { fullPage: false });

    await content(page).getByRole('tab', { name: 'Phân công' }).click();
    const table = content(page).getByRole('table', { name: 'Phân công' });
    await table.getByRole('columnheader', { name: 'Chủ trì' }).waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(1);
    await screenshot(page, 'plan-show-assignments', { fullPage: false });
  });
});
