import type { Page } from 'playwright-core';

/** Demo logins of the seed (libs/persistence/src/seed/demo-data.ts). */
export const DEMO_PASSWORD = 'Dondoc@2026';

/** Opens the login page and signs in; resolves once the app shell shows the user menu. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/#/login');
  await page.getByLabel(/^Tên đăng nhập/).fill(username);
  await page.getByLabel(/^Mật khẩu/).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: /Tài khoản/ }).waitFor();
}

/** Clicks a main-menu entry and waits for the list request it triggers. */
export async function openResource(page: Page, menuLabel: string, resource: string): Promise<void> {
  const listed = page.waitForResponse((r) => new URL(r.url()).pathname === `/api/${resource}` && r.request().method() === 'GET');
  await page.getByRole('menuitem', { name: menuLabel }).click();
  const response = await listed;
  if (!response.ok()) throw new Error(`GET /api/${resource} answered ${response.status()}`);
}
