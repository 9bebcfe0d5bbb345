import { readFile } from 'fs/promises';
import * as path from 'path';
import { isPlanDocumentError, parsePlanDocument, type ParsedPlan, type PartyRef } from '@dondoc/plan-document';
import type { CliCommand, CommandIo } from '../command';

const USAGE = 'Cách dùng: dondoc import TỆP [--json]\n  TỆP    kế hoạch dạng .docx, .md hoặc .txt\n  --json in kết quả dạng JSON (chỉ JSON trên stdout)';

/** Exit codes: 0 read, 1 unreadable file, 2 wrong usage. */
const EXIT_UNREADABLE = 1;
const EXIT_USAGE = 2;

/**
 * `dondoc import FILE [--json]`: reads a plan document and prints the structured plan — as JSON with
 * `--json` (exactly the ParsedPlan, nothing else on stdout), otherwise as a Vietnamese summary with
 * the assignment matrix as a text table. Unreadable files exit non-zero with the reason on stderr.
 */
export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Nhập kế hoạch từ tệp .docx/.md/.txt và in kết quả (import a plan document)',
  async run(argv: string[], io: CommandIo): Promise<number> {
    const json = argv.includes('--json');
    if (argv.includes('--help') || argv.includes('-h')) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const files = argv.filter((a) => !a.startsWith('--'));
    const unknown = argv.filter((a) => a.startsWith('--') && a !== '--json');
    if (files.length !== 1 || unknown.length) {
      io.stderr(`${unknown.length ? `Tùy chọn không hợp lệ: ${unknown.join(' ')}\n` : ''}${USAGE}\n`);
      return EXIT_USAGE;
    }
    const file = files[0] as string;
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'không tìm thấy tệp' : code === 'EISDIR' ? 'đây là thư mục, không phải tệp' : code === 'EACCES' ? 'không có quyền đọc tệp' : (e as Error).message;
      io.stderr(`Lỗi: không đọc được "${file}": ${why}\n`);
      return EXIT_UNREADABLE;
    }
    let plan: ParsedPlan;
    try {
      plan = await parsePlanDocument({ fileName: path.basename(file), bytes });
    } catch (e) {
      if (isPlanDocumentError(e)) {
        io.stderr(`Lỗi [${e.code}]: không nhập được "${file}": ${e.message}\n`);
        return EXIT_UNREADABLE;
      }
      throw e;
    }
    io.stdout(json ? `${JSON.stringify(plan, null, 2)}\n` : renderSummary(plan));
    return 0;
  },
};

const vnd = (n: number | null) => (n === null ? '—' : `${n.toLocaleString('vi-VN')} đồng`);
const partyList = (ps: PartyRef[]) => ps.map((p) => p.name).join('; ');

/** A readable Vietnamese summary of an imported plan. */
export function renderSummary(plan: ParsedPlan): string {
  const d = plan.document;
  const lines: string[] = [];
  lines.push(`KẾ HOẠCH: ${d.title ?? '(không rõ tiêu đề)'}`);
  lines.push(`Số: ${d.numberNormalized ?? '(không có)'}${d.numberText && d.numberText !== d.numberNormalized ? ` (ghi là "${d.numberText}")` : ''}`);
  lines.push(`Cơ quan ban hành: ${d.issuer?.name ?? '(không rõ)'}   Địa danh: ${d.place ?? '—'}   Ngày: ${d.issuedOn ?? '—'}`);
  lines.push(`Năm: ${d.year ?? '—'}${d.period ? `   Giai đoạn: ${d.period.from}–${d.period.to}` : ''}   Trạng thái: ${d.status === 'draft' ? 'dự thảo' : 'đã ban hành'}`);
  const s = plan.signer;
  lines.push(`Người ký: ${[...s.capacityLines, s.position].filter(Boolean).join(' / ') || '—'} — ${s.name ?? '(chưa ký)'}`);
  lines.push('');
  lines.push(`Căn cứ: ${plan.legalBases.length}   Chỉ tiêu: ${plan.targets.length}   Phân công: ${plan.responsibilities.length}   Chế độ báo cáo: ${plan.reportingDuties.length}   Nơi nhận: ${plan.recipients.length}`);
  if (plan.budget.total || plan.budget.lines.length) {
    lines.push(`Kinh phí: tổng ${vnd(plan.budget.total?.amountVnd ?? null)}${plan.budget.total?.estimate ? ' (dự kiến)' : ''}; cộng các dòng ${vnd(plan.budget.linesSumVnd)}`);
  } else if (plan.budget.notes.length) lines.push('Kinh phí: không ghi số tiền (xem văn bản)');
  lines.push('');
  lines.push('MA TRẬN PHÂN CÔNG');
  const rows = plan.responsibilities.map((r, i) => [
    String(i + 1),
    partyList(r.leads) || '—',
    partyList(r.coordinators) || '—',
    (r.mode === 'request' ? '[Đề nghị] ' : '') + (r.duties[0] ?? '') + (r.duties.length > 1 ? ` (+${r.duties.length - 1})` : ''),
    r.indicatorCodes.join(',') || '',
    r.item.tableRow ? `bảng ${r.item.tableRow}` : spanText(r.span),
  ]);
  lines.push(textTable(['#', 'Chủ trì', 'Phối hợp', 'Nhiệm vụ', 'Chỉ số', 'Nguồn'], rows, [3, 28, 28, 48, 6, 12]));
  if (plan.reportingDuties.length) {
    lines.push('');
    lines.push('CHẾ ĐỘ BÁO CÁO');
    for (const r of plan.reportingDuties) {
      lines.push(`- ${FREQ[r.frequency]}${r.dueText ? ` (${r.dueText})` : ''}: ${partyList(r.reporters) || '—'} → ${partyList(r.recipients) || '—'}`);
    }
  }
  if (plan.warnings.length) {
    lines.push('');
    lines.push(`CẢNH BÁO (${plan.warnings.length})`);
    for (const w of plan.warnings) lines.push(`- [${w.code}] ${w.message}${w.spans[0] ? ` (${spanText(w.spans[0])})` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

const FREQ: Record<ParsedPlan['reportingDuties'][number]['frequency'], string> = {
  monthly: 'Hằng tháng', quarterly: 'Hằng quý', semiannual: '6 tháng', nineMonth: '9 tháng', annual: 'Hằng năm', periodic: 'Định kỳ', adHoc: 'Đột xuất',
};

function spanText(s: ParsedPlan['warnings'][number]['spans'][number]): string {
  if (s.kind === 'line') return s.line === s.endLine ? `dòng ${s.line}` : `dòng ${s.line}-${s.endLine}`;
  if (s.kind === 'paragraph') return `đoạn ${s.paragraph}`;
  return `bảng ${s.table} dòng ${s.row}`;
}

/** A plain text table with fixed column widths; long cells are cut with "…". */
export function textTable(header: string[], rows: string[][], widths: number[]): string {
  const fit = (t: string, w: number) => {
    const chars = [...t.replace(/\s+/g, ' ')];
    return chars.length > w ? `${chars.slice(0, w - 1).join('')}…` : t.replace(/\s+/g, ' ') + ' '.repeat(w - chars.length);
  };
  const line = (cells: string[]) => `| ${cells.map((c, i) => fit(c, widths[i] ?? 10)).join(' | ')} |`;
  const sep = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  return [sep, line(header), sep, ...rows.map(line), sep].join('\n');
}
