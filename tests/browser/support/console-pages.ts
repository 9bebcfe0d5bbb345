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

/** The page's main area (react-admin's `#main-content`), where lists, forms and show pages render. */
export const content = (p: Page) => p.locator('#main-content');

/** Waits for the API's answer to `method` on a path matching `pathname`. */
export const apiCall = (p: Page, method: string, pathname: RegExp) =>
  p.waitForResponse((r) => r.request().method() === method && pathname.test(new URL(r.url()).pathname));
