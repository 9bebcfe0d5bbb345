import type JSZip from 'jszip';
import { formatDeadline } from '../../format/date';
import type { PlanMatrix } from '@dondoc/contracts';

/** The plan fields the appendix title row shows. */
export interface MatrixPlanInfo {
  numberText?: string | null;
  title: string;
}

/** Column headings of the appendix, as Vietnamese plans print them. */
export const APPENDIX_HEADER = ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Hạn', 'Tình trạng'] as const;

const unique = (values: string[]) => [...new Set(values.filter((v) => v !== ''))];

/**
 * The appendix as rows of text: a title row (plan number and title), the header row, then one row
 * per responsibility: leads and coordinators by name, the earliest deadline (dd/mm/yyyy) and the
 * distinct Vietnamese task statuses of the row.
 */
export function matrixAppendixRows(matrix: PlanMatrix, plan: MatrixPlanInfo): string[][] {
  const title = plan.numberText ? `Phụ lục: Kế hoạch số ${plan.numberText} — ${plan.title}` : `Phụ lục: ${plan.title}`;
  const rows: string[][] = [[title], [...APPENDIX_HEADER]];
  matrix.rows.forEach((row, i) => {
    const cells = Object.entries(row.cells);
    const names = (role: 'lead' | 'coordinator') =>
      cells.filter(([, c]) => c.role === role).map(([orgId]) => matrix.organisations[orgId] ?? orgId);
    const dues = cells
      .map(([, c]) => c.due)
      .filter((d): d is string => !!d)
      .sort();
    rows.push([
      String(i + 1),
      row.label,
      names('lead').join('; '),
      names('coordinator').join('; '),
      dues[0] ? formatDeadline(dues[0]) : '',
      unique(cells.map(([, c]) => c.status?.label ?? '')).join('; '),
    ]);
  });
  return rows;
}

/** XML text escaping (also drops the control characters XML 1.0 forbids). */
export const xmlEscape = (text: string): string =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** A1-style column letters: 0 → A, 25 → Z, 26 → AA. */
export const columnName = (index: number): string => {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
};

const COLUMN_WIDTHS = [6, 60, 30, 30, 12, 24];

/**
 * `xl/worksheets/sheet1.xml`: inline strings (no shared-string table), row 1 bold and merged over
 * the columns (title), row 2 bold (header), wrapped text elsewhere.
 */
export function sheetXml(rows: string[][]): string {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const body = rows
    .map((cells, r) => {
      const style = r < 2 ? 1 : 2;
      const xml = cells
        .map(
          (v, c) =>
            `<c r="${columnName(c)}${r + 1}" t="inlineStr" s="${style}"><is><t xml:space="preserve">${xmlEscape(v)}</t></is></c>`,
        )
        .join('');
      return `<row r="${r + 1}">${xml}</row>`;
    })
    .join('');
  const cols = COLUMN_WIDTHS.slice(0, width)
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<cols>${cols}</cols><sheetData>${body}</sheetData>` +
    (rows.length > 0 && width > 1
      ? `<mergeCells count="1"><mergeCell ref="A1:${columnName(width - 1)}1"/></mergeCells>`
      : '') +
    '</worksheet>'
  );
}

const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="2"><font><sz val="11"/><name val="Times New Roman"/></font><font><b/><sz val="11"/><name val="Times New Roman"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="center"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** The parts of a minimal SpreadsheetML workbook with one sheet. */
export function xlsxParts(rows: string[][], sheetName = 'Phụ lục'): Record<string, string> {
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  return {
    '[Content_Types].xml':
      xml +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '</Types>',
    '_rels/.rels':
      xml +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
      '</Relationships>',
    'xl/workbook.xml':
      xml +
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      `<sheets><sheet name="${xmlEscape(sheetName.slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets>` +
      '</workbook>',
    'xl/_rels/workbook.xml.rels':
      xml +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
      '</Relationships>',
    'xl/worksheets/sheet1.xml': sheetXml(rows),
    'xl/styles.xml': STYLES,
  };
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Zips the parts with jszip (loaded on demand: it stays out of the console's first bundle). */
export async function buildXlsx(rows: string[][]): Promise<Uint8Array> {
  const mod = await import('jszip');
  const Zip = ((mod as unknown as { default?: typeof JSZip }).default ?? mod) as typeof JSZip;
  const zip = new Zip();
  for (const [name, text] of Object.entries(xlsxParts(rows))) zip.file(name, text, { createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: XLSX_MIME });
}

/** A file name from the plan: `phu-luc-<number>.xlsx` (ASCII, no slashes). */
export const xlsxFileName = (plan: MatrixPlanInfo): string => {
  const base = (plan.numberText ?? plan.title)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `phu-luc-${base || 'ke-hoach'}.xlsx`;
};
