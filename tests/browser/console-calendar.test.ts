// "Lịch": the working calendar by month from GET /api/calendar/:year — Tết 2026 as holidays, the
// make-up Saturday 10/01/2026, weeks from Monday, Vietnamese names, dd/mm/yyyy, English switch.
import { expect, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { screenshot, type BrowserStack, useBrowserStack } from './support/browser-stack';
import { content, login } from './support/console-pages';

jest.setTimeout(60_000);

let stack: BrowserStack;

useBrowserStack((s) => {
  stack = s;
});

const day = (p: Page, iso: string) => content(p).locator(`td[data-date="${iso}"]`);

/** Waits for the calendar answer of `year` while `action` runs. */
async function loadingYear(page: Page, year: number, action: () => Promise<unknown>): Promise<void> {
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === `/api/calendar/${year}`);
  await action();
  expect((await answered).status()).toBe(200);
}

describe('calendar page (real API)', () => {
  it('shows Tết 2026 as holidays and Saturday 10/01/2026 as a make-up working day, then in English', async () => {
    const page = await stack.newPage();
    await login(page, 'vanthu');
    // The menu entry is a real page now, no "sắp có" chip.
    const entry = page.getByRole('menuitem', { name: 'Lịch', exact: true });
    await loadingYear(page, new Date().getFullYear(), () => entry.click());
    await content(page)
      .getByRole('heading', { level: 1, name: /^Tháng .+ năm \d{4}$/ })
      .waitFor();

    // (Same year as today's or not, the page shows the asked month.)
    await page.goto('/#/calendar?year=2026&month=2');
    const main = content(page);
    await main.getByRole('heading', { level: 1, name: 'Tháng Hai năm 2026' }).waitFor();
    const headers = main.getByRole('columnheader');
    expect(await headers.allInnerTexts()).toEqual([
      'Thứ Hai',
      'Thứ Ba',
      'Thứ Tư',
      'Thứ Năm',
      'Thứ Sáu',
      'Thứ Bảy',
      'Chủ nhật',
    ]);
    // 01/02/2026 is a Sunday: last column of the first week.
    expect(await main.locator('tbody tr').first().locator('td').last().getAttribute('data-date')).toBe('2026-02-01');
    for (const d of ['16', '17', '18', '19', '20']) {
      await expect(day(page, `2026-02-${d}`).getAttribute('data-kind')).resolves.toBe('holiday');
      await expect(day(page, `2026-02-${d}`).getAttribute('aria-label')).resolves.toContain(
        `${d}/02/2026 — Nghỉ lễ, Tết — Tết Nguyên đán`,
      );
    }
    await expect(day(page, '2026-02-23').getAttribute('data-kind')).resolves.toBe('weekday');
    await expect(day(page, '2026-02-14').getAttribute('data-kind')).resolves.toBe('weekend');
    const offList = main.getByTestId('calendar-off-days');
    await offList.getByText('16/02/2026 — Nghỉ lễ, Tết: Tết Nguyên đán', { exact: false }).waitFor();
    expect(await offList.getByRole('listitem').count()).toBe(5);
    await screenshot(page, 'calendar-2026-02-tet');

    // Month navigation: back to January, the make-up Saturday and the bridged Friday.
    await main.getByRole('button', { name: 'Tháng trước' }).click();
    await main.getByRole('heading', { level: 1, name: 'Tháng Một năm 2026' }).waitFor();
    await expect(day(page, '2026-01-10').getAttribute('data-kind')).resolves.toBe('makeUp');
    await expect(day(page, '2026-01-10').getAttribute('aria-label')).resolves.toContain('10/01/2026 — Làm bù');
    await expect(day(page, '2026-01-02').getAttribute('data-kind')).resolves.toBe('bridge');
    await main
      .getByTestId('calendar-make-up-days')
      .getByText('10/01/2026 — Làm bù cho ngày nghỉ hoán đổi 02/01/2026')
      .waitFor();
    await screenshot(page, 'calendar-2026-01-make-up');

    // Year navigation: back one month crosses into December 2025 (another year's data).
    await loadingYear(page, 2025, () => main.getByRole('button', { name: 'Tháng trước' }).click());
    await main.getByRole('heading', { level: 1, name: 'Tháng Mười Hai năm 2025' }).waitFor();
    await main.getByRole('button', { name: 'Tháng sau' }).click();
    await main.getByRole('heading', { level: 1, name: 'Tháng Một năm 2026' }).waitFor();

    // English: names change, dates stay dd/mm/yyyy.
    await page.getByRole('button', { name: /Đổi ngôn ngữ/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await main.getByRole('heading', { level: 1, name: 'January 2026' }).waitFor();
    expect(await main.getByRole('columnheader').first().innerText()).toBe('Monday');
    await expect(day(page, '2026-01-10').getAttribute('aria-label')).resolves.toContain(
      '10/01/2026 — Make-up working day',
    );
    await page.getByRole('menuitem', { name: 'Calendar', exact: true }).waitFor();
    await screenshot(page, 'calendar-2026-01-english');
  });
});
