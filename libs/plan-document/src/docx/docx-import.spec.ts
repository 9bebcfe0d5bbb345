import { parsePlanDocument } from '../parse-plan-document';
import { buildDocx, documentXml, NUMBERING_XML, p, tbl } from '../testing/build-docx';

const names = (xs: Array<{ name: string }>) => xs.map((x) => x.name);
const HEADER = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'];

const body = [
  tbl([[{ text: ['ỦY BAN NHÂN DÂN', 'TỈNH ĐIỆN BIÊN', 'Số: 125/KH-UBND'] }, { text: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Điện Biên, ngày 05 tháng 01 năm 2024'] }]]),
  p(['KẾ ', 'HOẠCH']),
  p('Thực hiện giảm nghèo đa chiều năm 2024'),
  p('Căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ;'),
  p('MỤC TIÊU', [1, 0]),
  p('Phấn đấu giảm tỷ lệ hộ nghèo còn 2,5%.', [2, 0]),
  p('PHÂN CÔNG THỰC HIỆN', [1, 0]),
  p('Sở Y tế: chủ trì giảm thiếu hụt chỉ số 3, 4.', [2, 0]),
  p('Báo cáo kết quả hằng quý về Sở Lao động - Thương binh và Xã hội trước ngày 25/3.', [3, 0]),
  tbl([
    HEADER,
    ['1', 'Hỗ trợ vay vốn', { text: 'Ngân hàng Chính sách xã hội tỉnh', vMerge: 'restart' }, 'Sở Tài chính', 'Quý I/2024'],
    ['2', 'Hỗ trợ mua thẻ BHYT (chỉ số 4)', { text: '', vMerge: 'continue' }, 'Bảo hiểm xã hội tỉnh, Sở Y tế', 'Hằng năm'],
    ['3', 'Truyền thông', { text: 'Sở Thông tin và', gridSpan: 1 }, 'Đài Phát thanh', ''],
  ]),
  tbl([HEADER, ['', 'về giảm nghèo đa chiều', 'Truyền thông', 'và Truyền hình tỉnh', ''], [{ text: 'Nhóm giải pháp khác', gridSpan: 5 }]]),
  tbl([[{ text: ['Nơi nhận:', '- Bộ LĐTB&XH (b/c);', '- Lưu: VT.'] }, { text: ['TM. ỦY BAN NHÂN DÂN', 'KT.CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '(Đã ký)', 'Lò Văn Mừng'] }]]),
].join('');

describe('.docx import', () => {
  it('reads header and signature tables, auto numbering, runs and a split table with merged cells', async () => {
    const bytes = await buildDocx(documentXml(body), { numberingXml: NUMBERING_XML });
    const plan = await parsePlanDocument({ fileName: 'ke-hoach.docx', bytes });
    expect(plan.source.format).toBe('docx');
    expect(plan.document).toMatchObject({
      number: 125, symbol: 'KH-UBND', place: 'Điện Biên', issuedOn: '2024-01-05', year: 2024, status: 'issued',
      title: 'Thực hiện giảm nghèo đa chiều năm 2024', issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN', level: 'province' },
    });
    expect(plan.legalBases[0]).toMatchObject({ number: '90/QĐ-TTg', date: '2022-01-18' });
    expect(plan.sections.map((s) => `${s.label} ${s.title}`)).toEqual(['I. MỤC TIÊU', 'II. PHÂN CÔNG THỰC HIỆN']);
    expect(plan.sections[1]!.children[0]!.label).toBe('2.'); // Word's counter continues the list
    expect(plan.targets[0]).toMatchObject({ value: 2.5, unit: '%', comparator: 'lte' });
    expect(plan.signer).toMatchObject({ capacityLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], position: 'PHÓ CHỦ TỊCH', name: 'Lò Văn Mừng' });
    expect(plan.recipients[0]).toMatchObject({ name: 'Bộ LĐTB&XH', purpose: 'report' });

    const section = plan.responsibilities.find((r) => r.origin === 'section')!;
    expect(section).toMatchObject({ indicatorCodes: [3, 4] });
    expect(plan.reportingDuties[0]).toMatchObject({ frequency: 'quarterly', due: { month: 3, day: 25, strict: true } });
    expect(names(plan.reportingDuties[0]!.reporters)).toEqual(['Sở Y tế']);

    const rows = plan.responsibilities.filter((r) => r.origin === 'table');
    expect(rows.map((r) => r.item.tableRow)).toEqual(['1', '2', '3']);
    expect(names(rows[1]!.leads)).toEqual(['Ngân hàng Chính sách xã hội tỉnh']); // vertically merged cell
    expect(rows[1]).toMatchObject({ indicatorCodes: [4], dueText: 'Hằng năm' });
    expect(names(rows[1]!.coordinators)).toEqual(['Bảo hiểm xã hội tỉnh', 'Sở Y tế']);
    expect(names(rows[2]!.leads)).toEqual(['Sở Thông tin và Truyền thông']); // broken across tables
    expect(names(rows[2]!.coordinators)).toEqual(['Đài Phát thanh và Truyền hình tỉnh']);
    expect(rows[2]!.span).toMatchObject({ kind: 'tableCell', table: 2, row: 4, column: 3 });
  });
});

describe('.docx with a two-row table header', () => {
  it('reads "Cơ quan thực hiện" split into "Chủ trì" and "Phối hợp"', async () => {
    const table = tbl([
      [{ text: 'STT', vMerge: 'restart' }, { text: 'Nội dung', vMerge: 'restart' }, { text: 'Cơ quan thực hiện', gridSpan: 2 }, { text: 'Thời gian', vMerge: 'restart' }],
      [{ text: '', vMerge: 'continue' }, { text: '', vMerge: 'continue' }, 'Chủ trì', 'Phối hợp', { text: '', vMerge: 'continue' }],
      ['1', 'Rà soát hộ nghèo cuối năm', 'UBND các xã', 'Phòng Lao động - TB&XH', 'Tháng 10-11/2024'],
    ]);
    const bytes = await buildDocx(documentXml(p('KẾ HOẠCH') + p('Rà soát hộ nghèo năm 2024') + table));
    const plan = await parsePlanDocument({ fileName: 'a.docx', bytes });
    expect(plan.responsibilities).toHaveLength(1);
    expect(plan.responsibilities[0]).toMatchObject({ duties: ['Rà soát hộ nghèo cuối năm'], dueText: 'Tháng 10-11/2024' });
    expect(names(plan.responsibilities[0]!.leads)).toEqual(['UBND các xã']);
    expect(plan.responsibilities[0]!.coordinators[0]).toMatchObject({ name: 'Phòng Lao động - TB&XH', key: 'phong lao dong thuong binh xa hoi' });
  });
});
