// Accessibility of the main screens (issue: "Accessible (labels, keyboard, contrast)"): axe-core's
// WCAG 2.1 A/AA rules find no serious or critical violation, and the app can be driven from the
// keyboard (skip to content, menu reachable with Tab).
import { expect, jest } from '@jest/globals';
import { seedDashboardFixture, type DashboardFixture } from '../e2e/support/dashboard-fixture';
import { seriousViolations } from './support/accessibility';
import { type BrowserStack, useBrowserStack } from './support/browser-stack';
import { login } from './support/console-pages';

jest.setTimeout(120_000);

let stack: BrowserStack;
let fixture: DashboardFixture;

useBrowserStack(async (s) => {
  stack = s;
  fixture = await seedDashboardFixture(s.api.db.dataSource);
});

describe('accessibility of the main screens', () => {
  it('the login page has no serious violation', async () => {
    const page = await stack.newPage();
    await page.goto('/#/login');
    await page.getByLabel(/^Tên đăng nhập/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  const screens: [string, string, (p: import('playwright-core').Page) => Promise<unknown>][] = [
    ['inbox', '/#/', (p) => p.getByRole('tab').first().waitFor()],
    ['plans', '/#/plans', (p) => p.locator('#main-content table, #main-content .RaList-noResults, #main-content [class*="RaEmpty"]').first().waitFor()],
    ['matrix', '/#/matrix', (p) => p.getByLabel('Chọn kế hoạch').or(p.getByRole('combobox').first()).first().waitFor()],
    ['calendar', '/#/calendar', (p) => p.locator('#main-content table').first().waitFor()],
    ['dashboard', '/#/dashboard?plan=PLAN', (p) => p.locator('#dashboard-targets').waitFor()],
    ['organisations', '/#/organisations', (p) => p.locator('#main-content table').first().waitFor()],
  ];

  it.each(screens)('the %s screen has no serious violation (as the chairman)', async (_name, url, ready) => {
    const page = await stack.newPage();
    await login(page, 'chutich');
    await page.goto(url.replace('PLAN', fixture.planId));
    await ready(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a keyboard user reaches the main menu with Tab from the top of the page', async () => {
    const page = await stack.newPage();
    await login(page, 'vhxh');
    await page.keyboard.press('Tab');
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      reached = await page.evaluate(() => document.activeElement?.getAttribute('role') === 'menuitem');
      if (!reached) await page.keyboard.press('Tab');
    }
    expect(reached).toBe(true);
  });
});
