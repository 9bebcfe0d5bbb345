import JSZip from 'jszip';
import type { PlanMatrix } from '@dondoc/contracts';
import {
  APPENDIX_HEADER,
  buildXlsx,
  columnName,
  matrixAppendixRows,
  sheetXml,
  xlsxFileName,
  xlsxParts,
  xmlEscape,
} from './matrix-xlsx';

const matrix: PlanMatrix = {
  planId: 'p1',
  columns: ['o1', 'o2', 'o3'],
  rows: [
    {
      responsibilityId: 'r1',
      label: 'Rà soát hộ nghèo <năm 2026> & cận nghèo',
      overdue: 0,
      cells: {
        o1: {
          role: 'lead',
          taskCount: 1,
          overdueCount: 0,
          due: '2027-06-30T17:00:00.000Z',
          status: { code: 'inProgress', label: 'Đang thực hiện', overdue: false },
        },
        o2: {
          role: 'coordinator',
          taskCount: 1,
          overdueCount: 0,
          due: '2027-03-31T17:00:00.000Z',
          status: { code: 'inProgress', label: 'Đang thực hiện', overdue: false },
        },
        o3: { role: 'coordinator', taskCount: 0, overdueCount: 0 },
      },
    },
    {
      responsibilityId: 'r2',
      label: 'Báo cáo',
      overdue: 0,
      cells: { o3: { role: 'lead', taskCount: 0, overdueCount: 0 } },
    },
  ],
  columnOverdue: {},
  totalOverdue: 0,
  warnings: [],
  organisations: { o1: 'UBND xã', o2: 'Công an xã', o3: 'Thôn Đông & Tây' },
};
const plan = { numberText: '12/KH-UBND', title: 'Kế hoạch giảm nghèo' };

describe('matrix appendix rows', () => {
  it('has a title row, the header row and one row per responsibility', () => {
    const rows = matrixAppendixRows(matrix, plan);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(['Phụ lục: Kế hoạch số 12/KH-UBND — Kế hoạch giảm nghèo']);
    expect(rows[1]).toEqual([...APPENDIX_HEADER]);
    expect(rows[2]).toEqual([
      '1',
      'Rà soát hộ nghèo <năm 2026> & cận nghèo',
      'UBND xã',
      'Công an xã; Thôn Đông & Tây',
      '31/03/2027',
      'Đang thực hiện',
    ]);
    expect(rows[3]).toEqual(['2', 'Báo cáo', 'Thôn Đông & Tây', '', '', '']);
  });

  it('titles a plan without a number by its title', () => {
    expect(matrixAppendixRows(matrix, { numberText: null, title: 'KH' })[0]).toEqual(['Phụ lục: KH']);
  });
});

describe('sheet XML', () => {
  it('escapes markup and keeps Vietnamese text', () => {
    expect(xmlEscape('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
    const xml = sheetXml(matrixAppendixRows(matrix, plan));
    expect(xml).toContain('<t xml:space="preserve">Rà soát hộ nghèo &lt;năm 2026&gt; &amp; cận nghèo</t>');
    expect(xml).toContain(
      '<c r="D3" t="inlineStr" s="2"><is><t xml:space="preserve">Công an xã; Thôn Đông &amp; Tây</t></is></c>',
    );
    expect(xml).toContain('<mergeCell ref="A1:F1"/>');
    expect(xml).not.toMatch(/<[^>]*<|&(?!amp;|lt;|gt;|quot;)/);
  });

  it('names columns A…Z, AA…', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('makes an ASCII file name', () => {
    expect(xlsxFileName(plan)).toBe('phu-luc-12-KH-UBND.xlsx');
    expect(xlsxFileName({ numberText: null, title: 'Đôn đốc' })).toBe('phu-luc-Don-doc.xlsx');
  });
});

describe('xlsx package', () => {
  it('zips the SpreadsheetML parts, content types first', async () => {
    const bytes = await buildXlsx(matrixAppendixRows(matrix, plan));
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual(Object.keys(xlsxParts([])));
    expect(Object.keys(zip.files)[0]).toBe('[Content_Types].xml');
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toContain('Kế hoạch giảm nghèo');
  });
});
