// Escalation policies in the console as admin, against the real API: the Vietnamese per-field refusal of a chain
// that targets the late owner, then the policy created and listed with its ladder; a leader has no menu entry.
import { expect, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { screenshot, type BrowserStack, useBrowserStack } from './support/browser-stack';
import { apiCall, content, login, openResource } from './support/console-pages';

jest.setTimeout(60_000);

let stack: BrowserStack;
let page: Page;

useBrowserStack(async (s) => {
  stack = s;
  page = await s.newPage();
  await login(page, 'admin');
});

describe('escalation policies page (admin)', () => {
  it('refuses an overdue notice to the late owner with the Vietnamese reason, then creates the policy', async () => {
    await openResource(page, 'Chính sách đôn đốc', 'escalation-policies');
    await content(page).getByRole('link', { name: 'Tạo mới' }).click();
    await page.getByLabel(/^Tên chính sách/).fill('Bậc thang xã Tân Hòa');
    await page.getByLabel(/^Giờ gửi/).fill('07:30');
    // The default ladder is prefilled (T−5, T−1, T+0, T+3); send the T+0 notice to the owner instead.
    const audiences = page.getByRole('combobox', { name: /^Người nhận/ });
    await audiences.nth(3).waitFor();
    expect(await audiences.count()).toBe(4);
    await audiences.nth(2).click();
    await page.getByRole('option', { name: 'Người được giao' }).click();
    await content(page).getByText('T+0 · thông báo quá hạn').waitFor();

    const refused = apiCall(page, 'POST', /^\/api\/escalation-policies$/);
    await page.getByRole('button', { name: 'Lưu' }).click();
    expect((await refused).status()).toBe(422);
    await page.getByText('Từ hạn chót trở đi không báo cáo cho chính người được giao (người đang chậm): chọn cấp trên').first().waitFor();
    await screenshot(page, 'escalation-policy-refused');

    await audiences.nth(2).click();
    await page.getByRole('option', { name: 'Lãnh đạo phụ trách' }).click();
    const created = apiCall(page, 'POST', /^\/api\/escalation-policies$/);
    await page.getByRole('button', { name: 'Lưu' }).click();
    const response = await created;
    expect(response.status()).toBe(201);
    expect(response.request().postDataJSON()).toMatchObject({
      name: 'Bậc thang xã Tân Hòa',
      sendAt: '07:30',
      steps: [
        { offsetDays: -5, audience: 'owner' },
        { offsetDays: -1, audience: 'unitHead' },
        { offsetDays: 0, audience: 'leaderInCharge' },
        { offsetDays: 3, audience: 'chairman' },
      ],
    });
    await content(page).getByText('Bậc thang xã Tân Hòa', { exact: true }).waitFor();
    await content(page).getByText('T−5 Người được giao → T−1 Thủ trưởng đơn vị → T+0 Lãnh đạo phụ trách → T+3 Chủ tịch (hoặc người quyền Chủ tịch)').waitFor();
    await screenshot(page, 'escalation-policies-list');
  });

  it('has no menu entry for a leader (admin only)', async () => {
    const leader = await stack.newPage();
    await login(leader, 'chutich');
    await leader.getByRole('menuitem', { name: 'Tổ chức' }).waitFor();
    expect(await leader.getByRole('menuitem', { name: 'Chính sách đôn đốc' }).count()).toBe(0);
    await leader.close();
  });
});
