// The leaders' dashboard in the browser: figures in Vietnamese format, charts drawn, the plan filter
// brings target progress, a department has no dashboard, English is a switch away.
import { expect, jest } from '@jest/globals';
import { seedDashboardFixture, type DashboardFixture } from '../e2e/support/dashboard-fixture';
import { screenshot, type BrowserStack, useBrowserStack } from './support/browser-stack';
import { login } from './support/console-pages';

jest.setTimeout(90_000);

let stack: BrowserStack;
let fixture: DashboardFixture;

useBrowserStack(async (s) => {
  stack = s;
  fixture = await seedDashboardFixture(s.api.db.dataSource);
});

describe('dashboard (Bảng điều hành)', () => {
  it('shows a leader who is late, the on-time rate and, for a plan, target progress', async () => {
    const page = await stack.newPage();
    await login(page, 'chutich');
    await page.getByRole('menuitem', { name: 'Bảng điều hành' }).click();
    const onTime = page.getByTestId('dashboard-on-time');
    await onTime.getByText('50%').waitFor();
    // 1 of 2 completed tasks on time, in Vietnamese.
    expect(await onTime.innerText()).toContain('1 đúng hạn / 2 đã hoàn thành (1 quá hạn)');
    // All plans: vhxh's two overdue tasks plus one of another plan.
    expect(await page.getByTestId('dashboard-overdue').locator('p').nth(1).innerText()).toBe('3');
    const byOrg = page.locator('#dashboard-tasks-by-org tbody tr');
    expect(await byOrg.count()).toBe(2);
    // Most overdue first: the VH-XH officer's organisation with its two overdue tasks.
    expect(await byOrg.first().locator('td').nth(1).innerText()).toBe('2');
    expect(await page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await page.getByText('Chọn một kế hoạch để xem tiến độ chỉ tiêu.').waitFor();

    await page.getByLabel('Kế hoạch').click();
    await page.getByRole('option', { name: /Kế hoạch giảm nghèo bền vững 2027/ }).click();
    const targets = page.locator('#dashboard-targets tbody tr');
    await targets.first().waitFor();
    expect(page.url()).toContain(`plan=${fixture.planId}`);
    expect(await targets.count()).toBe(2);
    expect(await targets.first().innerText()).toContain('Giảm số hộ nghèo còn 20 hộ');
    expect(await targets.first().innerText()).toContain('32 — Kỳ 2027-H1');
    expect(await page.locator('#dashboard-submissions tbody tr').first().innerText()).toContain('04/06/2027');
    await screenshot(page, 'dashboard-leader');

    await page.getByRole('button', { name: /Đổi ngôn ngữ/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Target progress' }).waitFor();
    expect(await onTime.innerText()).toContain('1 on time / 2 completed (1 late)');
  });

  it('is not offered to a department officer, and the API refuses it', async () => {
    const page = await stack.newPage();
    await login(page, 'vhxh');
    await page.getByRole('menuitem', { name: 'Việc của tôi' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Bảng điều hành' }).count()).toBe(0);
    await page.goto('/#/dashboard');
    await page.getByRole('alert').getByText(/không có quyền/i).waitFor();
  });
});
