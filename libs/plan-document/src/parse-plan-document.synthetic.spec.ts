import { readFileSync } from 'fs';
import * as path from 'path';
import { parsePlanDocument, parsePlanText } from './parse-plan-document';
import type { ParsedPlan } from './types';

const names = (xs: Array<{ name: string }>) => xs.map((x) => x.name);
const codes = (p: ParsedPlan) => p.warnings.map((w) => w.code);

describe('synthetic: multi-year draft (blank number and date, indicators, projects, five mass organisations)', () => {
  let plan: ParsedPlan;
  beforeAll(async () => {
    const file = path.join(__dirname, '__fixtures__', 'draft-multi-year.md');
    plan = await parsePlanDocument({ fileName: 'draft-multi-year.md', bytes: readFileSync(file) });
  });

  it('is an unsigned draft with a blank number and date', () => {
    expect(plan.document).toMatchObject({
      number: null, symbol: 'KH-UBND', numberText: '/KH-UBND', issuedOn: null, registerYear: 2021, place: 'Minh Hóa',
      period: { from: 2021, to: 2025 }, year: 2021, status: 'draft',
    });
    expect(plan.document.issuer).toMatchObject({ name: 'ỦY BAN NHÂN DÂN HUYỆN MINH HOÁ', key: 'uy ban nhan dan huyen minh hoa', level: 'district' });
    expect(plan.signer).toMatchObject({ capacityLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], position: 'PHÓ CHỦ TỊCH', name: null });
    expect(codes(plan)).toEqual(expect.arrayContaining(['NUMBER_MISSING', 'DATE_MISSING', 'UNSIGNED']));
  });

  it('reads per-year targets and indicator codes; "10/10 hộ" is not a date', () => {
    expect(plan.targets[0]!.yearBreakdown.map((y) => [y.year, y.value])).toEqual([[2021, 4.5], [2022, 4], [2023, 3.5], [2024, 3], [2025, 3]]);
    expect(plan.targets[1]).toMatchObject({ value: 85, comparator: 'gte', indicatorCodes: [3, 4] });
    expect(plan.targets[3]).toMatchObject({ value: 10, unit: 'hộ', indicatorCodes: [7] });
    expect(plan.warnings.filter((w) => w.code === 'IMPOSSIBLE_DATE').map((w) => w.spans[0]?.text)).toEqual(['31/02']);
  });

  it('assigns indicators, expands lists and reads requests to five mass organisations', () => {
    const r = plan.responsibilities.filter((x) => x.origin === 'section');
    expect(r[0]).toMatchObject({ indicatorCodes: [3, 4] });
    expect(names(r[0]!.coordinators)).toEqual(['Trung tâm Y tế huyện', 'Phòng Y tế']);
    expect(r[1]).toMatchObject({ indicatorCodes: [5, 6] });
    expect(r[2]).toMatchObject({ mode: 'request', coordinators: [] });
    expect(names(r[2]!.leads)).toEqual(['Ủy ban MTTQ Việt Nam huyện', 'Hội Liên hiệp Phụ nữ huyện', 'Hội Nông dân huyện', 'Hội Cựu chiến binh huyện', 'Huyện đoàn']);
    expect(r[2]!.leads.every((l) => !l.isStateAdministrative)).toBe(true);
    expect(names(r[3]!.leads)).toEqual(['Phòng Tài chính - Kế hoạch', 'Phòng Nội vụ', 'Phòng Tư pháp']);
    expect(codes(plan)).toEqual(expect.arrayContaining(['LEAD_IS_COORDINATOR', 'INDICATOR_WITHOUT_OWNER', 'TYPO_CORRECTED']));
    expect(plan.warnings.find((w) => w.code === 'INDICATOR_WITHOUT_OWNER')!.message).toContain('9');
  });

  it('reads projects with their own "Phân công thực hiện" and checks the total', () => {
    const p = plan.responsibilities.filter((x) => x.origin === 'projectBlock');
    expect(p.map((x) => names(x.leads))).toEqual([['Phòng Kinh tế - Hạ tầng'], ['UBND các xã'], ['Phòng Lao động - Thương binh và Xã hội', 'Trung tâm Giáo dục nghề nghiệp huyện']]);
    expect(p[0]).toMatchObject({ indicatorCodes: [7, 8], item: { project: 'Dự án 5: Hỗ trợ nhà ở' } });
    expect(names(p[0]!.coordinators)).toEqual(['UBND các xã']);
    expect(plan.budget.lines.map((l) => [l.amountVnd, l.estimate, l.fundingSource])).toEqual([[2_500_000_000, false, 'ngân sách trung ương'], [800_000_000, true, null]]);
    expect(plan.budget.total?.amountVnd).toBe(3_500_000_000);
    expect(codes(plan)).toContain('SUM_MISMATCH');
  });

  it('reads reporting duties with strict and inclusive deadlines; rejects 31/02', () => {
    expect(plan.reportingDuties.map((d) => [d.frequency, d.due])).toEqual([
      ['quarterly', { month: 3, day: 20, strict: true }],
      ['semiannual', { month: 6, day: 10, strict: false }],
      ['annual', null],
    ]);
    expect(names(plan.reportingDuties[0]!.recipients)).toEqual(['Phòng LĐTB&XH']);
    expect(plan.reportingDuties[0]!.recipients[0]!.key).toBe('phong lao dong thuong binh xa hoi');
  });

  it('reads recipients with (t/h)', () => {
    expect(plan.recipients.map((r) => [r.name, r.purpose])).toEqual([['UBND tỉnh', 'report'], ['UBND các xã', 'implement'], ['Lưu: VT', 'archive']]);
  });
});

describe('text input normalisation', () => {
  const plan = ['KẾ HOẠCH', 'Thực hiện công tác giảm nghèo năm 2025', 'I. PHÂN CÔNG', '1. Phòng Văn hoá - Xã hội: chủ trì tuyên truyền.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lê Văn A'].join('\r\n');

  it.each([
    ['UTF-8 with BOM and CRLF', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plan, 'utf8')])],
    ['NFD text', Buffer.from(plan.normalize('NFD'), 'utf8')],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plan, 'utf16le')])],
  ])('%s', async (_name, bytes) => {
    const p = await parsePlanDocument({ fileName: 'x.txt', bytes });
    expect(p.document.title).toBe('Thực hiện công tác giảm nghèo năm 2025');
    expect(p.responsibilities[0]!.leads[0]!.name).toBe('Phòng Văn hoá - Xã hội');
    expect(p.responsibilities[0]!.leads[0]!.key).toBe('phong van hoa xa hoi');
    expect(p.signer).toMatchObject({ capacityLines: ['TM. ỦY BAN NHÂN DÂN'], position: 'CHỦ TỊCH', name: 'Lê Văn A' });
  });

  it('parsePlanText reads a Markdown pipe table', () => {
    const p = parsePlanText(['# KẾ HOẠCH', 'Tuyên truyền', '', '| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |', '|---|---|---|---|', '| 1 | Tuyên truyền giảm nghèo | Phòng Văn hóa | Các Hội: Nông dân, Phụ nữ |'].join('\n'));
    expect(names(p.responsibilities[0]!.leads)).toEqual(['Phòng Văn hóa']);
    expect(names(p.responsibilities[0]!.coordinators)).toEqual(['Hội Nông dân', 'Hội Phụ nữ']);
  });

  it('reads unnumbered headings and unnumbered entries', () => {
    const p = parsePlanText(['KẾ HOẠCH', 'Giảm nghèo năm 2024', 'Căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ;', 'I. MỤC TIÊU', 'Phấn đấu giảm 2% hộ nghèo.', 'TỔ CHỨC THỰC HIỆN', 'Sở Y tế: chủ trì, phối hợp với Bảo hiểm xã hội tỉnh thực hiện cấp thẻ BHYT.', 'Sở Giáo dục và Đào tạo: miễn, giảm học phí.'].join('\n'));
    expect(p.sections.map((s) => [s.label, s.kind, s.title])).toEqual([['I.', 'roman', 'MỤC TIÊU'], ['', 'heading', 'TỔ CHỨC THỰC HIỆN']]);
    expect(p.responsibilities.map((r) => names(r.leads))).toEqual([['Sở Y tế'], ['Sở Giáo dục và Đào tạo']]);
    expect(names(p.responsibilities[0]!.coordinators)).toEqual(['Bảo hiểm xã hội tỉnh']);
  });

  it('treats a "DỰ THẢO" mark as a draft even when numbered, dated and signed', () => {
    const text = ['DỰ THẢO', 'Số: 12/KH-UBND', 'Hà Nội, ngày 05 tháng 01 năm 2024', 'KẾ HOẠCH', 'Giảm nghèo', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lê Văn A'];
    expect(parsePlanText(text.join('\n')).document.status).toBe('draft');
    expect(parsePlanText(text.slice(1).join('\n')).document.status).toBe('issued');
  });

  it('has no header at all', () => {
    const p = parsePlanText('Phòng Y tế chủ trì, phối hợp với Trạm Y tế xã thực hiện.');
    expect(p.document).toMatchObject({ title: null, number: null, status: 'draft' });
    expect(p.warnings.map((w) => w.code)).toContain('HEADER_MISSING');
  });
});

describe('synthetic: header and signature as tab-separated Word tables', () => {
  let plan: ParsedPlan;
  beforeAll(async () => {
    const file = path.join(__dirname, '__fixtures__', 'tsv-header-province.txt');
    plan = await parsePlanDocument({ fileName: 'tsv-header-province.txt', bytes: readFileSync(file) });
  });

  it('reads issuer, number and place from a two-column header; rejects 31 April', () => {
    expect(plan.document).toMatchObject({ number: 212, issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH HÀ GIANG', level: 'province' }, place: 'Hà Giang', issuedOn: null, registerYear: 2024, status: 'draft' });
    expect(plan.warnings.find((w) => w.code === 'IMPOSSIBLE_DATE')?.spans[0]).toMatchObject({ kind: 'tableCell', line: 3, column: 2 });
  });

  it('reads a law cited without a number', () => {
    expect(plan.legalBases).toEqual([expect.objectContaining({ docType: 'Luật', number: null, date: '2015-06-19' })]);
  });

  it('reads a signer name printed in capitals', () => {
    const p = parsePlanText(['KẾ HOẠCH', 'Giảm nghèo', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'NGUYỄN VĂN AN'].join('\n'));
    expect(p.signer).toMatchObject({ position: 'PHÓ CHỦ TỊCH', name: 'NGUYỄN VĂN AN' });
  });

  it('reads the footer table column by column', () => {
    expect(plan.signer).toMatchObject({ capacityLines: ['TM. ỦY BAN NHÂN DÂN'], position: 'CHỦ TỊCH', name: 'Nguyễn Văn Sơn' });
    expect(plan.recipients.map((r) => [r.name, r.purpose])).toEqual([['Bộ LĐTBXH', 'report'], ['Các sở, ngành', 'implement'], ['Lưu: VT, KGVX', 'archive']]);
  });

  it('reads "I -" labels, "Giao …" entries, nested position entries and monthly deadlines', () => {
    expect(plan.sections.map((s) => s.label)).toEqual(['I.', 'II.']);
    expect(plan.targets[0]).toMatchObject({ value: 20, comparator: 'lt', secondary: [{ value: 1250, unit: 'hộ', comparator: 'reduceBy' }] });
    const r = plan.responsibilities;
    expect(r.map((x) => names(x.leads))).toEqual([['Sở Lao động - TB&XH'], ['Sở Kế hoạch và Đầu tư'], ['Ủy ban MTTQ tỉnh', 'các tổ chức chính trị - xã hội tỉnh'], ['Trưởng các thôn, bản']]);
    expect(r[0]!.leads[0]!.key).toBe('so lao dong thuong binh xa hoi');
    expect(names(r[0]!.coordinators)).toEqual(['Sở Tài chính', 'NHCSXH tỉnh']);
    expect(r[2]).toMatchObject({ mode: 'request' });
    expect(r[3]!.leads[0]).toMatchObject({ kind: 'position' });
    expect(plan.reportingDuties[0]).toMatchObject({ frequency: 'monthly', due: { month: null, day: 20, strict: true }, dueText: 'trước ngày 20 hằng tháng' });
  });
});
