import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { importCommand } from './import.command';

const PLANS = path.resolve(__dirname, '../../../../tests/fixtures/plans');

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await importCommand.run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('dondoc import', () => {
  it('--json prints exactly the structured plan', async () => {
    const r = await run([path.join(PLANS, '002_392ebb208e9b84ed.txt'), '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const plan = JSON.parse(r.stdout);
    expect(plan.document).toMatchObject({ number: 4159, numberNormalized: '4159/KH-UBND', issuedOn: '2023-12-29' });
    expect(plan.budget.total.amountVnd).toBe(1_728_000_000);
  });

  it('prints a Vietnamese summary with the assignment matrix', async () => {
    const r = await run([path.join(PLANS, '003_ef6c02ed2351c5c8.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Số: 35/KH-UBND (ghi là "35 /KH-UBND")');
    expect(r.stdout).toContain('MA TRẬN PHÂN CÔNG');
    expect(r.stdout).toContain('| 1   | Sở Lao động - Thương binh v… |');
    expect(r.stdout).toContain('6 tháng (trước ngày 05/6)');
  });

  it.each([
    ['a missing file', ['/nonexistent/ke-hoach.docx'], 1, /không tìm thấy tệp/],
    ['no argument', [], 2, /Cách dùng/],
    ['an unknown option', ['a.txt', '--xml'], 2, /Tùy chọn không hợp lệ/],
  ])('fails on %s', async (_name, argv, code, message) => {
    const r = await run(argv);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it.each([
    ['empty.txt', Buffer.alloc(0), 'EMPTY_FILE', /Tệp rỗng/],
    ['broken.docx', Buffer.from('not a zip'), 'CORRUPT_ARCHIVE', /bị hỏng/],
  ])('refuses an unreadable %s with a coded message on stderr', async (name, bytes, code, message) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-import-'));
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    const r = await run([file, '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(code);
    expect(r.stderr).toMatch(message);
  });
});
