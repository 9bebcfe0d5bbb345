import type { PlanWarning, Responsibility, SourceSpan } from '../types';
import { PlanWarningCode } from '../types';
import type { TableBlock, TableCellBlock } from '../blocks/document-block.types';
import { fold } from '../text/fold';
import { indicatorCodes } from './assignment-entry';
import { mergeSpans, type PlacedTable } from './para';
import { splitParties } from './party';

type Role = 'stt' | 'content' | 'lead' | 'coord' | 'due' | 'other';

function roleOf(header: string): Role {
  const h = fold(header);
  if (/^(stt|tt|so tt|so thu tu)\b/.test(h)) return 'stt';
  if (/phoi hop/.test(h)) return 'coord';
  if (/(thoi gian|thoi han|tien do|han hoan thanh)/.test(h)) return 'due';
  if (/(chu tri|chi tri|don vi thuc hien|co quan thuc hien|^thuc hien$)/.test(h)) return 'lead';
  if (/(noi dung|nhiem vu|giai phap|ten|hoat dong|cong viec)/.test(h)) return 'content';
  return 'other';
}

interface Row {
  stt: string;
  cells: Partial<Record<Role, string>>;
  spans: Partial<Record<Role, SourceSpan>>;
  continued: boolean;
}

/** Appends a cell broken by a page: mid-phrase joins with a space, a new sentence with a newline. */
function joinCell(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return /[.;:!?]$/.test(a) || /^[\p{Lu}\-–+•]/u.test(b) ? `${a}\n${b}` : `${a} ${b}`;
}

const isHeaderRow = (row: TableCellBlock[]) => row.some((c) => roleOf(c.text) === 'stt') && row.some((c) => ['lead', 'coord', 'content'].includes(roleOf(c.text)));

/**
 * Reads assignment tables (STT / Nội dung / Cơ quan chủ trì / Cơ quan phối hợp): consecutive tables
 * with the same header are one table split by pages; repeated header rows are skipped; a row without
 * STT (or repeating the previous STT) continues the previous row cell by cell, so "Ngân hàng chính" +
 * "sách xã hội" becomes one name. Heading rows (no lead, no coordinator) give the item path.
 */
export function extractAssignmentTables(tables: PlacedTable[], captionOf: (afterPara: number) => string | null, warnings: PlanWarning[]): Responsibility[] {
  const out: Responsibility[] = [];
  let roles: Role[] | null = null;
  let rows: Row[] = [];
  let caption: string | null = null;
  const flush = () => {
    if (rows.length) out.push(...rowsToResponsibilities(rows, caption, warnings));
    rows = [];
  };
  for (const placed of tables) {
    const t: TableBlock = placed.table;
    const first = t.rows[0];
    if (!first) continue;
    if (isHeaderRow(first)) {
      const newRoles = first.map((c) => roleOf(c.text));
      const same = roles && roles.join() === newRoles.join();
      if (!same) {
        flush();
        roles = newRoles;
        caption = captionOf(placed.afterPara);
      }
    } else if (!roles) continue;
    if (!roles || !roles.includes('lead')) continue;
    let firstData = true;
    let headerRows = 0;
    for (const row of t.rows) {
      if (isHeaderRow(row)) {
        // A second header row ("Cơ quan thực hiện" over "Chủ trì" | "Phối hợp") refines the roles.
        if (++headerRows === 2 && firstData && roles) {
          row.forEach((c, i) => {
            const r = c.mergedFromAbove ? 'other' : roleOf(c.text);
            if (r === 'lead' || r === 'coord' || r === 'due') roles![i] = r;
          });
        }
        continue;
      }
      const pageBreak = firstData && rows.length > 0;
      firstData = false;
      const get = (r: Role) => {
        const i = roles!.indexOf(r);
        return i >= 0 ? row[i] : undefined;
      };
      const stt = (get('stt')?.text ?? '').replace(/\.$/, '').trim();
      if (row.every((c) => !c.text.trim())) continue;
      // A vertically merged STT cell is a continuation, not a repeated number.
      const last = rows[rows.length - 1];
      const continues = last && (!stt || stt === last.stt || get('stt')?.mergedFromAbove);
      const target: Row = continues && last ? last : { stt, cells: {}, spans: {}, continued: false };
      if (continues && last && pageBreak) target.continued = true;
      roles.forEach((role, i) => {
        const cell = row[i];
        // Only the first column of a role counts (a second "Nội dung" column would overwrite it).
        if (!cell || role === 'stt' || role === 'other' || roles!.indexOf(role) !== i) return;
        if (continues && cell.mergedFromAbove) return;
        target.cells[role] = continues ? joinCell(target.cells[role] ?? '', cell.text) : cell.text;
        target.spans[role] = target.spans[role] ? mergeSpans(target.spans[role]!, cell.span) : cell.span;
      });
      if (!continues) rows.push(target);
    }
  }
  flush();
  return out;
}

function parentOf(stt: string, lastNumeric: string | null): string | null {
  if (/^\d+(\.\d+)+$/.test(stt)) return stt.replace(/\.\d+$/, '');
  if (/^[a-zđ]$/i.test(stt) || /^[-+]$/.test(stt)) return lastNumeric;
  return null;
}

function rowsToResponsibilities(rows: Row[], caption: string | null, warnings: PlanWarning[]): Responsibility[] {
  const out: Responsibility[] = [];
  const titles = new Map<string, string>();
  let lastNumeric: string | null = null;
  for (const row of rows) {
    const content = (row.cells.content ?? '').trim();
    const leadsText = (row.cells.lead ?? '').trim();
    const coordText = (row.cells.coord ?? '').trim();
    const parent = row.stt ? parentOf(row.stt, lastNumeric) : lastNumeric;
    if (!leadsText && !coordText) {
      if (row.stt) titles.set(row.stt, content.split('\n')[0] ?? content);
      if (row.stt && /^\d/.test(row.stt)) lastNumeric = row.stt;
      continue;
    }
    const path: string[] = [];
    if (caption) path.push(caption);
    const chain: string[] = [];
    for (let p = parent; p; p = /\./.test(p) ? p.replace(/\.[^.]+$/, '') : null) chain.unshift(p);
    for (const c of chain) if (titles.has(c)) path.push(`${c}. ${titles.get(c)}`);
    if (row.stt) path.push(`${row.stt}. ${content.split('\n')[0]?.slice(0, 90) ?? ''}`);
    if (row.stt && /^\d/.test(row.stt) && !titles.has(row.stt)) {
      titles.set(row.stt, content.split('\n')[0] ?? content);
    }
    const duties = content
      .split(/\n|(?:^|\s)-\s+(?=\p{Lu})/u)
      .map((d) => d.replace(/^[-–+•]\s*/, '').trim())
      .filter(Boolean);
    const span = row.spans.lead ?? row.spans.content ?? row.spans.coord;
    if (!span) continue;
    if (row.continued) {
      warnings.push({ code: PlanWarningCode.TableRowContinued, message: `Dòng ${row.stt || '(không số)'} của bảng bị ngắt trang, đã ghép lại: cần kiểm tra`, spans: [span] });
    }
    const leads = splitParties(leadsText);
    out.push({
      leads,
      coordinators: splitParties(coordText),
      mode: leads.length && leads.every((l) => !l.isStateAdministrative) ? 'request' : 'order',
      duties: duties.length ? duties : [content],
      indicatorCodes: indicatorCodes(content),
      item: { sectionPath: path, project: null, subProject: null, tableRow: row.stt || null },
      dueText: row.cells.due?.trim() || null,
      origin: 'table',
      span,
      confidence: row.continued ? 0.7 : 0.9,
    });
  }
  return out;
}
