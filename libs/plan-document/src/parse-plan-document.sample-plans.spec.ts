import { readFileSync } from 'fs';
import * as path from 'path';
import { parsePlanDocument } from './parse-plan-document';
import type { ParsedPlan } from './types';

// Real plans converted from Word, kept as fixtures (tests/fixtures/plans); they are examples, not the test set.
const PLANS = path.resolve(__dirname, '../../../tests/fixtures/plans');
const load = (file: string): Promise<ParsedPlan> => parsePlanDocument({ fileName: file, bytes: readFileSync(path.join(PLANS, file)) });
const names = (xs: Array<{ name: string }>) => xs.map((x) => x.name);
const codes = (p: ParsedPlan) => p.warnings.map((w) => w.code);

describe('plan 000: commune plan, no header', () => {
  let plan: ParsedPlan;
  beforeAll(async () => {
    plan = await load('000_c665091109a547ca.txt');
  });

  it('has no number, date or place and is a draft by the rules', () => {
    expect(plan.document).toMatchObject({ number: null, numberText: null, issuedOn: null, place: null, year: 2024, status: 'draft', period: null });
    expect(plan.document.title).toBe('Thực hiện công tác giảm nghèo bền vững năm 2024 trên địa bàn xã');
    expect(plan.document.issuer).toMatchObject({ name: 'UBND xã Thượng Lộ', level: 'commune' });
    expect(codes(plan)).toEqual(expect.arrayContaining(['NUMBER_MISSING', 'DATE_MISSING']));
  });

  it('reads the signature block with Markdown bold', () => {
    expect(plan.signer).toMatchObject({ capacityLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn Báp' });
  });

  it('reads targets with decimal commas and bounds', () => {
    const t = plan.targets;
    expect(t[0]).toMatchObject({ value: 3.91, unit: '%', comparator: 'lte', secondary: [{ value: 1, unit: 'hộ', comparator: 'reduceBy' }] });
    expect(t[1]).toMatchObject({ value: 1.56, unit: '%', comparator: 'lte', secondary: [{ value: 2, unit: 'hộ' }] });
    expect(t.find((x) => x.text.startsWith('Trên 95%'))).toMatchObject({ value: 95, comparator: 'gt' });
    expect(t.some((x) => x.secondary.some((s) => s.comparator === 'range' && s.value === 1 && s.unit === 'người'))).toBe(true);
    expect(t[0]!.span).toEqual({ kind: 'line', line: 21, endLine: 21 });
  });

  it('assigns officials by portfolio and requests the Fatherland Front', () => {
    const r = plan.responsibilities;
    expect(r.map((x) => names(x.leads))).toEqual([
      ['Công chức Văn hóa - Xã hội phụ trách Lao động - Thương binh và Xã hội'],
      ['Công chức Tài chính – Kế toán'],
      ['Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường'],
      ['Công chức Văn hoá – Xã hội phụ trách VH TT'],
      ['Công chức Tư pháp - Hộ tịch'],
      ['Các ban ngành, đoàn thể xã'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam xã'],
    ]);
    expect(r[0]!.leads[0]).toMatchObject({ kind: 'position' });
    expect(r[0]!.duties).toHaveLength(3);
    expect(r[6]).toMatchObject({ mode: 'request', duties: [expect.stringContaining('vai trò nòng cốt'), expect.stringContaining('Vận động')] });
    expect(r.slice(0, 6).every((x) => x.mode === 'order')).toBe(true);
    expect(r[0]!.item.sectionPath).toEqual(['IV. PHÂN CÔNG THỰC HIỆN']);
  });

  it('keeps the non-numeric budget as text and the recipients', () => {
    expect(plan.budget.total).toBeNull();
    expect(plan.budget.notes.map((n) => n.text)).toHaveLength(3);
    expect(plan.recipients.map((x) => x.name)).toContain('Phòng Lao động – TB&XH huyện');
    expect(plan.recipients.at(-1)).toMatchObject({ purpose: 'archive' });
  });

  it('keeps the section tree with original labels, "d)" without a)–c) included', () => {
    expect(plan.sections.map((s) => s.label)).toEqual(['I.', 'II.', 'III.', 'IV.']);
    const ii = plan.sections[0]!.children[1]!.children[1]!;
    expect(ii.label).toBe('2.2.');
    expect(ii.children.map((c) => c.label)).toEqual(['-', '-', '-', '-', '-', '-', 'd)', 'đ)', 'e)']);
  });

  it('reads its legal bases', () => {
    expect(plan.legalBases.map((l) => [l.docType, l.number, l.date])).toEqual([
      ['Quyết định', '90/QĐ-TTg', '2022-01-18'],
      ['Nghị quyết', '19-NQ/ĐU', '2023-12-19'],
      ['Nghị quyết', '10/NQ-HĐND', '2023-12-26'],
    ]);
  });
});

describe('plan 002: city plan with project blocks', () => {
  let plan: ParsedPlan;
  beforeAll(async () => {
    plan = await load('002_392ebb208e9b84ed.txt');
  });

  it('normalises the number with a stray space and reads the full date', () => {
    expect(plan.document).toMatchObject({
      type: 'KH', number: 4159, symbol: 'KH-UBND', numberText: '4159 /KH-UBND', numberNormalized: '4159/KH-UBND',
      place: 'Thành phố Lai Châu', issuedOn: '2023-12-29', year: 2024, registerYear: 2023, status: 'issued',
    });
    expect(plan.document.issuer).toMatchObject({ name: 'UBND thành phố Lai Châu' });
    expect(plan.signer).toMatchObject({ capacityLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], position: 'PHÓ CHỦ TỊCH', name: 'Trần Đình Tiến' });
  });

  it('cites earlier plans and their amendments', () => {
    expect(plan.legalBases.map((l) => [l.docType, l.number, l.date, l.issuer, l.relation])).toEqual([
      ['Công văn', '5114/UBND-TH', '2023-12-28', 'UBND tỉnh Lai Châu', 'basis'],
      ['Kế hoạch', '599/KH-UBND', '2022-03-16', 'UBND thành phố Lai Châu', 'basis'],
      ['Kế hoạch', '989/KH-UBND', '2022-05-05', 'UBND thành phố Lai Châu', 'amends'],
      ['Kế hoạch', '1177/KH-UBND', '2023-05-11', 'UBND thành phố Lai Châu', 'amends'],
    ]);
  });

  it('reads one budget line per project block summing to 1.728 triệu đồng', () => {
    const b = plan.budget;
    expect(b.lines.map((l) => [l.projectCode, l.subProjectCode, l.amountVnd, l.estimate])).toEqual([
      ['2', null, 530_000_000, true],
      ['3', '2', 342_000_000, true],
      ['4', '1', 685_000_000, true],
      ['4', '3', 81_000_000, true],
      ['6', '2', 17_000_000, true],
      ['7', '1', 51_000_000, true],
      ['7', '2', 22_000_000, true],
    ]);
    expect(b.total).toMatchObject({ amountVnd: 1_728_000_000, estimate: true });
    expect(b.linesSumVnd).toBe(1_728_000_000);
    expect(codes(plan)).not.toContain('SUM_MISMATCH');
    expect(names(b.lines[1]!.implementingUnits)).toEqual(['Văn phòng HĐND-UBND thành phố', 'Trung tâm Y tế thành phố']);
  });

  it('assigns project blocks to their implementing units', () => {
    const blocks = plan.responsibilities.filter((r) => r.origin === 'projectBlock');
    expect(blocks).toHaveLength(7);
    expect(blocks[0]).toMatchObject({ item: { project: 'Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo', subProject: null } });
    expect(names(blocks[0]!.leads)).toEqual(['UBND xã Sùng Phài']);
    expect(blocks[3]!.item.subProject).toBe('Tiểu dự án 3: Hỗ trợ việc làm bền vững');
  });

  it('tolerates two sections numbered "V." and warns', () => {
    expect(plan.sections.map((s) => s.label)).toEqual(['I.', 'II.', 'III.', 'IV.', 'V.', 'V.']);
    expect(codes(plan)).toContain('SECTION_NUMBER_REPEATED');
    const org = plan.responsibilities.filter((r) => r.origin === 'section');
    expect(org.map((r) => names(r.leads))).toEqual([
      ['Phòng Lao động - Thương binh và Xã hội thành phố'],
      ['Phòng Tài chính - Kế hoạch thành phố'],
      ['Các cơ quan, đơn vị liên quan', 'UBND các xã, phường'],
    ]);
    expect(org[0]!.item.sectionPath).toEqual(['V. Tổ chức thực hiện']);
  });

  it('reads periodic and ad hoc reporting', () => {
    const d = plan.reportingDuties;
    expect(d.map((x) => x.frequency)).toEqual(['periodic', 'adHoc', 'periodic', 'adHoc']);
    expect(names(d[2]!.recipients)).toEqual(['UBND thành phố']);
    expect(names(d[0]!.reporters)).toEqual(['Phòng Lao động - Thương binh và Xã hội thành phố']);
  });

  it('reads recipients with purpose marks', () => {
    expect(plan.recipients[0]).toMatchObject({ name: 'UBND tỉnh Lai Châu', mark: 'b/c', purpose: 'report' });
  });
});

describe('plan 003: province plan with a split appendix table', () => {
  let plan: ParsedPlan;
  beforeAll(async () => {
    plan = await load('003_ef6c02ed2351c5c8.txt');
  });

  it('takes the number and date from the appendix caption', () => {
    expect(plan.document).toMatchObject({ number: 35, symbol: 'KH-UBND', numberText: '35 /KH-UBND', issuedOn: '2024-02-21', year: 2024, status: 'issued' });
    expect(plan.document.issuer).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Bà Rịa – Vũng Tàu', level: 'province' });
    expect(codes(plan)).toContain('NUMBER_FROM_APPENDIX');
    expect(plan.signer.name).toBe('Đặng Minh Thông');
  });

  it('reads numbered departments with their duties', () => {
    const org = plan.responsibilities.filter((r) => r.origin === 'section');
    expect(org).toHaveLength(13);
    expect(names(org[0]!.leads)).toEqual(['Sở Lao động - Thương binh và Xã hội']);
    expect(names(org[0]!.coordinators)).toEqual(['các sở, ban, ngành, đoàn thể', 'Ủy ban nhân dân các huyện, thị xã, thành phố']);
    expect(org[0]!.duties).toHaveLength(5);
    expect(names(org[2]!.leads)).toEqual(['Sở Giáo dục và Đào tạo']); // written "- 3. Sở Giáo dục…"
    expect(names(org[7]!.coordinators)).toEqual(['Sở Lao động – Thương binh và Xã hội', 'Sở Tài chính']);
    expect(org[12]).toMatchObject({ mode: 'request' });
  });

  it('reads the 6-month and annual reporting duty to the standing department', () => {
    const d = plan.reportingDuties.filter((x) => x.due);
    expect(d.map((x) => [x.frequency, x.due, x.dueText])).toEqual([
      ['semiannual', { month: 6, day: 5, strict: true }, 'trước ngày 05/6'],
      ['annual', { month: 12, day: 15, strict: true }, 'trước ngày 15/12'],
    ]);
    expect(names(d[0]!.recipients)).toEqual(['Sở Lao động – Thương binh và Xã hội']);
    expect(d[0]!.recipients[0]!.key).toBe('so lao dong thuong binh xa hoi');
  });

  it('merges the appendix table split across pages', () => {
    const rows = plan.responsibilities.filter((r) => r.origin === 'table');
    expect(rows.map((r) => r.item.tableRow)).toEqual(['1.1', '1.2', 'a', 'b', '2.1', '2.2', '2.3', '3', '4', '5.1', '5.2', '5.3', '6', '7.1', '7.2', '8', '9']);
    const r51 = rows.find((r) => r.item.tableRow === '5.1')!;
    expect(names(r51.leads)).toEqual(['Ngân hàng chính sách xã hội']);
    expect(names(r51.coordinators)).toContain('Sở Lao động – Thương binh và Xã hội');
    expect(r51.duties[0]).toContain('để lắp đặt, sửa chữa, cải tạo công trình.');
    expect(names(rows.find((r) => r.item.tableRow === '4')!.leads)).toEqual(['UBMTTQVN tỉnh', 'Sở Xây dựng']);
    expect(names(rows.find((r) => r.item.tableRow === '5.3')!.coordinators)).toEqual(['Sở Nông nghiệp và Phát triển nông thôn', 'Sở Công thương', 'Sở Xây dựng', 'Sở Y tế', 'Sở Tài chính', 'UBND cấp huyện']);
    expect(rows.find((r) => r.item.tableRow === 'a')!.item.sectionPath).toEqual(['Phụ lục 1', '1. Chính sách hỗ trợ người nghèo phát triển sản xuất, nâng cao tay nghề, tạo việc làm góp phần tăng thu nhập', '1.3. Hướng dẫn cách làm ăn', expect.stringMatching(/^a\. Hướng dẫn kỹ thuật/)]);
    expect(r51.span).toMatchObject({ kind: 'tableCell', column: 3 });
  });

  it('flags the duty assigned both in the text and in the appendix', () => {
    expect(codes(plan)).toContain('DUPLICATE_DUTY');
    expect(plan.targets[0]).toMatchObject({ value: 0.32, unit: '%', comparator: 'lte', standard: 'chuẩn của tỉnh', dueYear: 2024 });
  });
});
