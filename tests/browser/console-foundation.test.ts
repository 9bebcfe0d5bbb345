// The console shell against the real backend contract: Vietnamese login, organisations list,
// language switch, logout, and admin-only buttons. Screenshots go to test-artifacts/browser/.
import { expect, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { screenshot, type BrowserStack, useBrowserStack } from './support/browser-stack';
import { login, openResource } from './support/console-pages';

// jest reads testTimeout only from the global config, not per project: set it here.
jest.setTimeout(60_000);

let stack: BrowserStack;

useBrowserStack((s) => {
  stack = s;
});

/** Waits until some visible element shows `text` (hidden duplicates, e.g. in the app bar on phones, are skipped). */
const visible = async (page: Page, text: string, exact = false) => {
  await page.getByText(text, { exact }).filter({ visible: true }).first().waitFor();
};

/** The page content, without app bar and menu. */
const content = (page: Page) => page.locator('#main-content');

describe('console foundation (real API, seeded database)', () => {
  it('shows the login page in Vietnamese and the Vietnamese error for a wrong password', async () => {
    const page = await stack.newPage();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await page.getByLabel(/^Tên đăng nhập/).fill('chutich');
    await page.getByLabel(/^Mật khẩu/).fill('sai-mat-khau');
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    expect((await answered).status()).toBe(401);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    await screenshot(page, 'login-wrong-password');
  });

  it('logs the leader in and shows the Vietnamese shell and the seeded organisations', async () => {
    const page = await stack.newPage();
    await login(page, 'chutich');
    // App bar: name and organisation; menu with the coming screens and the resources.
    await visible(page, 'Nguyễn Văn Hùng');
    await visible(page, 'Ủy ban nhân dân xã Tân Hòa');
    for (const label of ['Việc của tôi', 'Kế hoạch', 'Ma trận phân công', 'Lịch']) {
      await page.getByRole('menuitem', { name: new RegExp(`^${label}`) }).waitFor();
    }
    // Home is "Việc của tôi" (the inbox), no longer a "sắp có" placeholder.
    await page.getByRole('tab', { name: 'Đang chờ tôi' }).waitFor();
    await screenshot(page, 'home-leader');

    await openResource(page, 'Tổ chức', 'organisations');
    await page.getByRole('heading', { name: 'Tổ chức' }).or(page.locator('#react-admin-title', { hasText: 'Tổ chức' })).first().waitFor();
    await visible(page, 'Văn hóa - Xã hội', true);
    await visible(page, 'Trạm Y tế xã Tân Hòa', true);
    await visible(page, 'Tên tổ chức', true);
    await visible(page, 'Cơ quan hành chính nhà nước', true);
    // Dates dd/mm/yyyy: Sở NN&MT is valid from 2025-03-01.
    await visible(page, '01/03/2025');
    // A leader may read organisations but not create them.
    expect(await page.getByRole('link', { name: 'Tạo mới' }).count()).toBe(0);
    await screenshot(page, 'organisations-list-leader');

    // Search narrows the list (server-side `q`).
    const searched = page.waitForResponse((r) => r.url().includes('/api/organisations?') && r.url().includes('q='));
    await page.getByRole('textbox', { name: 'Tìm kiếm' }).fill('Trạm Y tế');
    await searched;
    await content(page).getByText('Văn hóa - Xã hội', { exact: true }).waitFor({ state: 'detached' });
    await visible(page, 'Trạm Y tế xã Tân Hòa', true);

    // Show page.
    // Names are links: reachable by keyboard, announced as links.
    await content(page).getByRole('link', { name: 'Trạm Y tế xã Tân Hòa', exact: true }).click();
    await visible(page, 'Tên gọi khác', true);
    await visible(page, 'Trạm y tế', true);
    await screenshot(page, 'organisation-show-leader');
  });

  it('switches to English, keeps the choice after a reload, and switches back', async () => {
    const page = await stack.newPage();
    await login(page, 'chutich');
    await page.getByRole('button', { name: /Đổi ngôn ngữ/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: /^Organisations/ }).waitFor();
    await page.getByRole('menuitem', { name: /^Plans/ }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'home-english');

    await page.reload();
    await page.getByRole('menuitem', { name: /^Organisations/ }).waitFor();

    await page.getByRole('button', { name: /Change language/ }).click();
    await page.getByRole('menuitem', { name: 'Tiếng Việt' }).click();
    await page.getByRole('menuitem', { name: /^Tổ chức/ }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  });

  it('logs out back to the login page, and the session is gone', async () => {
    const page = await stack.newPage();
    await login(page, 'chutich');
    await page.getByRole('button', { name: /Tài khoản/ }).click();
    const loggedOut = page.waitForResponse((r) => r.url().endsWith('/api/auth/logout'));
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    expect((await loggedOut).status()).toBe(204);
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    expect(page.url()).toContain('#/login');

    await page.goto('/#/organisations');
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  });

  it('hides admin create and edit buttons from a department user', async () => {
    const page = await stack.newPage();
    await login(page, 'vhxh');
    await openResource(page, 'Tổ chức', 'organisations');
    await visible(page, 'Văn hóa - Xã hội', true);
    expect(await page.getByRole('link', { name: 'Tạo mới' }).count()).toBe(0);
    await content(page).getByRole('link', { name: 'Văn hóa - Xã hội', exact: true }).click();
    await visible(page, 'Tên gọi khác', true);
    expect(await page.getByRole('link', { name: 'Sửa' }).count()).toBe(0);

    await openResource(page, 'Người dùng', 'users');
    await visible(page, 'Nông Văn Đức', true);
    expect(await page.getByRole('link', { name: 'Tạo mới' }).count()).toBe(0);
    await screenshot(page, 'users-list-department');

    // Typing the address of a create page is refused too (canAccess), in Vietnamese.
    await page.goto('/#/users/create');
    await visible(page, 'Bạn không có quyền truy cập trang này');
    expect(await page.getByLabel(/^Họ và tên/).count()).toBe(0);
  });

  it('shows the admin the create buttons and the user form', async () => {
    const page = await stack.newPage();
    await login(page, 'admin');
    await openResource(page, 'Người dùng', 'users');
    await visible(page, 'Nguyễn Văn Hùng', true);
    await page.getByRole('link', { name: 'Tạo mới' }).click();
    await page.getByLabel('Họ và tên').waitFor();
    await page.getByLabel('Mật khẩu').first().waitFor();
    await visible(page, 'Phòng, ban chuyên môn', true);
    await screenshot(page, 'user-create-admin');

    await openResource(page, 'Tổ chức', 'organisations');
    await page.getByRole('link', { name: 'Tạo mới' }).waitFor();
  });

  it('is usable on a phone-sized screen', async () => {
    const page = await stack.newPage({ viewport: { width: 390, height: 844 } });
    await login(page, 'phochutich');
    // On a phone the menu is a drawer behind the app bar's menu button.
    await page.getByRole('button', { name: 'Mở menu' }).click();
    await page.getByRole('menuitem', { name: /^Ma trận phân công/ }).waitFor();
    await screenshot(page, 'menu-phone');
    await openResource(page, 'Tổ chức', 'organisations');
    await visible(page, 'Ủy ban nhân dân xã Tân Hòa', true);
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'organisations-list-phone');
  });
});
