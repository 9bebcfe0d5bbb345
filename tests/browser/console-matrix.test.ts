// The assignment matrix at size: a plan of 30 responsibilities over 60 organisations (thôn) stays
// usable: the table scrolls inside its own box, the header row and the responsibility column stay
// in view, and the page itself does not widen. (Task statuses and clicks: console-actions.test.ts.)
import * as fs from 'node:fs';
import { expect, jest } from '@jest/globals';
import JSZip from 'jszip';
import { screenshot, startBrowserStack, type BrowserStack } from './support/browser-stack';
import { content, login } from './support/console-pages';

jest.setTimeout(90_000);

let stack: BrowserStack;
let planId: string;
const ROWS = 30;
const COLUMNS = 60;

beforeAll(async () => {
  stack = await startBrowserStack();
  planId = await stack.api.db.dataSource.transaction(async (m) => {
    const orgs: { id: string }[] = await m.query(
      `INSERT INTO organisations (code, name, kind, is_state_administrative)
       SELECT 'thon-ma-tran-' || g, 'Thôn số ' || g, 'neighbourhood', false FROM generate_series(1, $1::int) g RETURNING id`,
      [COLUMNS],
    );
    const [p] = await m.query(
      `INSERT INTO plans (document_type, title, status, source) VALUES ('KH', 'Kế hoạch ma trận lớn', 'draft', 'born-digital') RETURNING id`,
    );
    const [rev] = await m.query(`INSERT INTO plan_revisions (plan_id, number, snapshot) VALUES ($1, 1, '{}') RETURNING id`, [p.id]);
    await m.query(`UPDATE plans SET current_revision_id = $1 WHERE id = $2`, [rev.id, p.id]);
    for (let i = 0; i < ROWS; i++) {
      const [r] = await m.query(
        `INSERT INTO plan_responsibilities (revision_id, position, mode, duties, origin) VALUES ($1, $2, 'order', $3, 'manual') RETURNING id`,
        [rev.id, i, `Nhiệm vụ số ${i + 1}`],
      );
      // Each row: two leads and two coordinators, spread so that every organisation gets a column.
      const assignees: [string, string][] = [
        ['lead', orgs[(2 * i) % COLUMNS]!.id],
        ['lead', orgs[(2 * i + 1) % COLUMNS]!.id],
        ['coordinator', orgs[(2 * i + 7) % COLUMNS]!.id],
        ['coordinator', orgs[(2 * i + 8) % COLUMNS]!.id],
      ];
      for (const [j, [role, orgId]] of assignees.entries()) {
        await m.query(
          `INSERT INTO responsibility_assignees (responsibility_id, role, position, organisation_id, name, name_key, party_kind, resolved, match_method)
           VALUES ($1, $2, $3, $4, 'x', 'x', 'organisation', true, 'manual')`,
          [r.id, role, j, orgId],
        );
      }
    }
    return p.id as string;
  });
}, 120_000);

afterEach(() => {
  expect(stack.takePageErrors()).toEqual([]);
});

afterAll(async () => {
  await stack?.stop();
}, 60_000);

describe('assignment matrix (60 organisations × 30 responsibilities)', () => {
  it('scrolls inside its box with sticky headers and C/P cells', async () => {
    const page = await stack.newPage();
    await login(page, 'chutich');
    await page.goto(`/#/plans/${planId}/show/matrix`);
    const table = content(page).getByRole('table', { name: 'Ma trận phân công' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(ROWS);
    expect(await table.locator('thead th[data-org]').count()).toBe(COLUMNS);
    const first = table.locator('tbody tr').first();
    expect(await first.locator('td[data-role="lead"]').count()).toBe(2);
    expect(await first.locator('td[data-role="coordinator"]').allInnerTexts()).toEqual(['P', 'P']);

    // The page does not widen: the box scrolls.
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    const box = content(page).getByTestId('matrix-scroll');
    await box.evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollHeight));
    const frame = (await box.boundingBox())!;
    const corner = (await table.locator('thead th').first().boundingBox())!;
    const lastRowHeader = (await table.locator('tbody tr').last().locator('th').boundingBox())!;
    // Scrolled to the far corner, the header row is still at the top and the row labels at the left.
    expect(Math.abs(corner.y - frame.y)).toBeLessThan(3);
    expect(Math.abs(corner.x - frame.x)).toBeLessThan(3);
    expect(Math.abs(lastRowHeader.x - frame.x)).toBeLessThan(3);
    await screenshot(page, 'matrix-60x30-scrolled', { fullPage: false });
  });

  it('exports the matrix as a plan appendix (.xlsx)', async () => {
    const page = await stack.newPage();
    await login(page, 'chutich');
    await page.goto(`/#/plans/${planId}/show/matrix`);
    await content(page).getByRole('table', { name: 'Ma trận phân công' }).waitFor();
    const downloaded = page.waitForEvent('download');
    await content(page).getByRole('button', { name: 'Xuất Excel' }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const rows = [...sheet.matchAll(/<row r="(\d+)">(.*?)<\/row>/g)].map((m) =>
      [...m[2]!.matchAll(/<t[^>]*>(.*?)<\/t>/g)].map((t) => t[1]),
    );
    expect(rows).toHaveLength(2 + ROWS);
    expect(rows[0]).toEqual(['Phụ lục: Kế hoạch ma trận lớn']);
    expect(rows[1]).toEqual(['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Hạn', 'Tình trạng']);
    const [stt, duties, leads, coordinators] = rows[2]!;
    expect([stt, duties]).toEqual(['1', 'Nhiệm vụ số 1']);
    expect(leads!.split('; ').sort()).toEqual(['Thôn số 1', 'Thôn số 2']);
    expect(coordinators!.split('; ').sort()).toEqual(['Thôn số 8', 'Thôn số 9']);
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml']) {
      expect(zip.file(part)).not.toBeNull();
    }
  });
});
