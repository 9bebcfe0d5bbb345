// Admin writes through the console against the real API: create and edit an organisation
// (PATCH sends only the changed fields), create a user, and the Vietnamese error for a taken username.
import { expect, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { screenshot, useBrowserStack } from './support/browser-stack';
import { apiCall, content, login, openResource } from './support/console-pages';

jest.setTimeout(60_000);

let page: Page;

useBrowserStack(async (s) => {
  page = await s.newPage();
  await login(page, 'admin');
});

describe('admin forms (real API, seeded database)', () => {
  it('creates an organisation, then edits it with a PATCH of the changed field only', async () => {
    await openResource(page, 'Tổ chức', 'organisations');
    await content(page).getByRole('link', { name: 'Tạo mới' }).click();
    await page.getByLabel(/^Tên tổ chức/).fill('Tổ công tác giảm nghèo xã Tân Hòa');
    await page.getByRole('combobox', { name: /^Loại tổ chức/ }).click();
    await page.getByRole('option', { name: 'Khác' }).click();
    const created = apiCall(page, 'POST', /^\/api\/organisations$/);
    await page.getByRole('button', { name: 'Lưu' }).click();
    const createdResponse = await created;
    expect(createdResponse.status()).toBe(201);
    const body = createdResponse.request().postDataJSON() as Record<string, unknown>;
    expect(body).toMatchObject({ name: 'Tổ công tác giảm nghèo xã Tân Hòa', kind: 'other', isStateAdministrative: true });
    await content(page).getByText('Tổ công tác giảm nghèo xã Tân Hòa', { exact: true }).waitFor();
    await screenshot(page, 'organisation-created-admin');

    await content(page).getByRole('link', { name: 'Sửa' }).click();
    await page.getByLabel(/^Tên viết tắt/).fill('TCT giảm nghèo');
    const patched = apiCall(page, 'PATCH', /^\/api\/organisations\/[^/]+$/);
    await page.getByRole('button', { name: 'Lưu' }).click();
    const patchResponse = await patched;
    expect(patchResponse.status()).toBe(200);
    expect(patchResponse.request().postDataJSON()).toEqual({ shortName: 'TCT giảm nghèo' });
    await content(page).getByText('TCT giảm nghèo', { exact: true }).waitFor();
  });

  it('shows the Vietnamese error for a taken username and creates the user once it is free', async () => {
    await openResource(page, 'Người dùng', 'users');
    await content(page).getByRole('link', { name: 'Tạo mới' }).click();
    await page.getByLabel(/^Họ và tên/).fill('Đinh Thị Mai');
    await page.getByLabel(/^Tên đăng nhập/).fill('vhxh');
    await page.getByLabel(/^Mật khẩu/).fill('Matkhau@2026');
    await page.getByRole('checkbox', { name: 'Văn thư' }).check();
    await page.getByRole('combobox', { name: /^Tổ chức/ }).fill('Văn phòng');
    await page.getByRole('option', { name: 'Văn phòng - Thống kê' }).click();

    const refused = apiCall(page, 'POST', /^\/api\/users$/);
    await page.getByRole('button', { name: 'Lưu' }).click();
    expect((await refused).status()).toBe(409);
    await page.getByText('Tên đăng nhập đã được sử dụng').first().waitFor();
    await screenshot(page, 'user-create-username-taken');

    await page.getByLabel(/^Tên đăng nhập/).fill('vanthu2');
    const created = apiCall(page, 'POST', /^\/api\/users$/);
    await page.getByRole('button', { name: 'Lưu' }).click();
    const response = await created;
    expect(response.status()).toBe(201);
    expect(response.request().postDataJSON()).toMatchObject({ username: 'vanthu2', roles: ['clerk'], password: 'Matkhau@2026' });
    await content(page).getByText('Đinh Thị Mai', { exact: true }).waitFor();
  });
});
