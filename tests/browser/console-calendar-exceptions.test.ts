// Calendar exceptions through the console against the real API: the admin page (dd/mm/yyyy entry,
// 31/02 refused in the form, the API's Vietnamese 422 for a make-up Monday, the saved swap marked
// on the calendar page), hidden from a department user; and a task deadline on its day of the
// calendar page, with its link to the task and the scope switch.
import { expect, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { PostgresProjectionStore } from '@dondoc/activities';
import type { TaskView } from '@dondoc/contracts';
import { screenshot, type BrowserStack, useBrowserStack } from './support/browser-stack';
import { apiCall, content, login } from './support/console-pages';

jest.setTimeout(90_000);

let stack: BrowserStack;

useBrowserStack((s) => {
  stack = s;
});

const day = (p: Page, iso: string) => content(p).locator(`td[data-date="${iso}"]`);
/** Waits until the day cell shows `kind` (the year's calendar arrives after the page). */
const dayOfKind = (p: Page, iso: string, kind: string) => content(p).locator(`td[data-date="${iso}"][data-kind="${kind}"]`).waitFor();

describe('calendar exceptions admin page (real API)', () => {
  it('records a swap typed dd/mm/yyyy after refusing 31/02 and a make-up Monday; the calendar page marks the day', async () => {
    const page = await stack.newPage();
    await login(page, 'admin');
    const listed = apiCall(page, 'GET', /^\/api\/calendar\/exceptions$/);
    await page.getByRole('menuitem', { name: 'Ngoại lệ lịch' }).click();
    expect((await listed).status()).toBe(200);
    await content(page).getByText('Chưa có ngoại lệ nào', { exact: false }).waitFor();
    await content(page).getByRole('link', { name: 'Tạo mới' }).click();

    // 31/02 never leaves the browser.
    const date = page.getByLabel(/^Ngày/);
    await date.fill('31/02/2027');
    await page.getByLabel(/^Lý do/).fill('Nghỉ hoán đổi — Thông báo 1234/TB-BNV');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Ngày phải có dạng dd/mm/yyyy và là ngày có thật').first().waitFor();

    // A make-up working day on a Monday: the API's 422 in Vietnamese, on the field.
    await date.fill('03/05/2027');
    await page.getByRole('combobox', { name: /^Loại/ }).click();
    await page.getByRole('option', { name: 'Ngày làm bù' }).click();
    const refused = apiCall(page, 'POST', /^\/api\/calendar\/exceptions$/);
    await page.getByRole('button', { name: 'Lưu' }).click();
    expect((await refused).status()).toBe(422);
    await page.getByText('Ngày 03/05/2027 là Thứ Hai, vốn là ngày làm việc', { exact: false }).first().waitFor();
    await screenshot(page, 'calendar-exception-refused');

    // Tuesday 04/05/2027 as an extra day off: saved (no Temporal here: the notice says it is not sent yet).
    await date.fill('04/05/2027');
    await page.getByRole('combobox', { name: /^Loại/ }).click();
    await page.getByRole('option', { name: 'Ngày nghỉ thêm (hoán đổi)' }).click();
    const created = apiCall(page, 'POST', /^\/api\/calendar\/exceptions$/);
    await page.getByRole('button', { name: 'Lưu' }).click();
    const response = await created;
    expect(response.status()).toBe(201);
    expect(response.request().postDataJSON()).toEqual({ date: '04/05/2027', kind: 'dayOff', reason: 'Nghỉ hoán đổi — Thông báo 1234/TB-BNV' });
    await page.getByText('Đã lưu, nhưng chưa gửi được', { exact: false }).waitFor();
    const row = content(page).getByRole('row', { name: /04\/05\/2027/ });
    await row.getByText('Ngày nghỉ thêm (hoán đổi)').waitFor();
    await screenshot(page, 'calendar-exceptions-list');

    // The calendar page shows the day off with its reason, labelled as entered from a notice.
    await page.goto('/#/calendar?year=2027&month=5');
    await content(page).getByRole('heading', { level: 1, name: 'Tháng Năm năm 2027' }).waitFor();
    await dayOfKind(page, '2027-05-04', 'bridge');
    await expect(day(page, '2027-05-04').getAttribute('aria-label')).resolves.toContain('04/05/2027 — Nghỉ hoán đổi — Nghỉ hoán đổi — Thông báo 1234/TB-BNV');
    await day(page, '2027-05-04').getByTestId('calendar-exception-badge').waitFor();
    await content(page).getByTestId('calendar-off-days').getByText('04/05/2027', { exact: false }).waitFor();

    // Edit, then revoke: the day is a working day again.
    await page.goto('/#/calendar-exceptions');
    await content(page).getByRole('row', { name: /04\/05\/2027/ }).click();
    // The form is filled once the record is loaded (its title names the day, dd/mm/yyyy).
    await page.getByText('Sửa ngoại lệ lịch ngày 04/05/2027').first().waitFor();
    expect(await page.getByLabel(/^Ngày/).inputValue()).toBe('04/05/2027');
    await page.getByLabel(/^Lý do/).fill('Nghỉ hoán đổi — Thông báo 1235/TB-BNV');
    const patched = apiCall(page, 'PATCH', /^\/api\/calendar\/exceptions\/[^/]+$/);
    await page.getByRole('button', { name: 'Lưu' }).click();
    expect((await patched).request().postDataJSON()).toEqual({ reason: 'Nghỉ hoán đổi — Thông báo 1235/TB-BNV' });
    await content(page).getByRole('row', { name: /04\/05\/2027/ }).getByText('Thông báo 1235/TB-BNV', { exact: false }).waitFor();
    await content(page).getByRole('row', { name: /04\/05\/2027/ }).click();
    await page.getByText('Sửa ngoại lệ lịch ngày 04/05/2027').first().waitFor();
    await page.getByRole('button', { name: 'Thu hồi' }).click();
    const revoked = apiCall(page, 'DELETE', /^\/api\/calendar\/exceptions\/[^/]+$/);
    await page.getByRole('dialog').getByRole('button', { name: /Xác nhận|Đồng ý/ }).click();
    expect((await revoked).status()).toBe(200);
    await content(page).getByText('Chưa có ngoại lệ nào', { exact: false }).waitFor();
    await page.goto('/#/calendar?year=2027&month=5');
    await content(page).getByRole('heading', { level: 1, name: 'Tháng Năm năm 2027' }).waitFor();
    await dayOfKind(page, '2027-05-04', 'weekday');
    await page.context().close();
  });

  it('is not offered to a department user, whom the API refuses', async () => {
    const page = await stack.newPage();
    await login(page, 'vhxh');
    await page.getByRole('menuitem', { name: 'Lịch', exact: true }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Ngoại lệ lịch' }).count()).toBe(0);
    await page.context().close();
  });
});

describe('deadlines on the calendar page', () => {
  it('shows a task deadline on its day with its status colour, linking to the task; the scope switch filters', async () => {
    const [vhxh] = await stack.api.db.dataSource.query(`SELECT organisation_id FROM users WHERE username = 'vhxh'`);
    const orgId = vhxh.organisation_id as string;
    const workflowId = `task:p-cal:r1:${orgId}`;
    const view: TaskView = {
      workflowId,
      planId: 'p-cal',
      responsibilityId: 'r1',
      orgId,
      title: 'Rà soát hộ nghèo, hộ cận nghèo năm 2027',
      role: 'lead',
      task: { phase: 'open', ownerUnitId: orgId, dueAt: '2027-06-30T17:00:00.000Z', progress: 20, reassignments: [] } as unknown as TaskView['task'],
      status: { code: 'inProgress', label: 'Đang thực hiện trong hạn', overdue: false },
      assignedAt: '2026-11-01T01:00:00.000Z',
      nextNotificationAt: null,
      reportCount: 0,
      calendarVersion: 'v',
    };
    await new PostgresProjectionStore(stack.api.db.dataSource).save({ kind: 'task', view });

    const page = await stack.newPage();
    await login(page, 'vhxh');
    const loaded = apiCall(page, 'GET', /^\/api\/calendar\/deadlines$/);
    await page.goto('/#/calendar?year=2027&month=6');
    const first = await loaded;
    expect(new URL(first.url()).searchParams.get('scope')).toBe('mine');
    const marker = day(page, '2027-06-30').getByTestId('calendar-deadline');
    await marker.waitFor();
    expect(await marker.innerText()).toBe('Rà soát hộ nghèo, hộ cận nghèo năm 2027');
    expect(await marker.getAttribute('data-tone')).toBe('deadline');
    expect(await marker.getAttribute('href')).toBe(`#/tasks/${encodeURIComponent(workflowId)}/show`);
    await content(page).getByTestId('calendar-deadlines').getByText('30/06/2027 — Nhiệm vụ:', { exact: false }).waitFor();
    // A department user may pick "của tôi" and "của cơ quan", not "tất cả".
    expect(await content(page).getByRole('button', { name: 'Tất cả' }).count()).toBe(0);
    const org = apiCall(page, 'GET', /^\/api\/calendar\/deadlines$/);
    await content(page).getByRole('button', { name: 'Của cơ quan' }).click();
    expect(new URL((await org).url()).searchParams.get('scope')).toBe('org');
    await marker.waitFor();
    await screenshot(page, 'calendar-2027-06-deadline');

    // Another organisation's user sees nothing there in "của tôi".
    const other = await stack.newPage();
    await login(other, 'taichinh');
    const answered = apiCall(other, 'GET', /^\/api\/calendar\/deadlines$/);
    await other.goto('/#/calendar?year=2027&month=6');
    expect((await answered).status()).toBe(200);
    await content(other).getByText('Không có hạn nào trong tháng.').waitFor();
    expect(await day(other, '2027-06-30').getByTestId('calendar-deadline').count()).toBe(0);
    await other.context().close();
    await page.context().close();

  });
});
