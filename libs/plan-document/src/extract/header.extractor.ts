import { findDates, organisationKey } from '@dondoc/domain';
import type { LegalBasis, PlanDocumentInfo, PlanWarning, Recipient, Signer, SourceSpan } from '../types';
import { PlanWarningCode } from '../types';
import { fold } from '../text/fold';
import type { Para } from './para';

export interface NumberInfo {
  number: number | null;
  symbol: string | null;
  numberText: string;
  numberNormalized: string;
  span: SourceSpan;
}

/** "Số: 4159 /KH-UBND" → 4159, "KH-UBND"; "Số: /KH-UBND" and "Số: ……/KH-UBND" → null number. */
export function parseNumberLine(p: Para): NumberInfo | null {
  const m = /^số\s*(?:ký hiệu)?\s*:?\s*(.*)$/iu.exec(p.text);
  if (!m || !/^so\b/.test(p.f)) return null;
  const rest = (m[1] ?? '').trim();
  const n = /^([\d\s.…_,]*?)\s*\/\s*([\p{Lu}][\p{L}\d]*(?:\s*[-–]\s*[\p{L}\d]+)*)/u.exec(rest);
  if (!n) return null;
  const digits = (n[1] ?? '').replace(/\D/g, '');
  const symbol = (n[2] ?? '').replace(/\s*[-–]\s*/g, '-');
  const number = digits ? Number(digits) : null;
  return { number, symbol, numberText: rest.slice(0, n[0].length).trim(), numberNormalized: `${number ?? ''}/${symbol}`, span: p.span };
}

export interface DateLineInfo {
  place: string | null;
  issuedOn: string | null;
  registerYear: number | null;
  span: SourceSpan;
  impossible: string | null;
}

/** "Thành phố Lai Châu, ngày 29 tháng 12 năm 2023" → place and ISO date; blanks give a draft. */
export function parseDateLine(p: Para): DateLineInfo | null {
  const dates = findDates(p.text);
  const d = dates.find((x) => x.kind === 'date' || x.kind === 'blank' || x.kind === 'invalid');
  if (!d || !/\bngay\b/.test(p.f)) return null;
  if (!/^(.{0,80}?,\s*)?ngay\b/.test(p.f)) return null;
  const placeMatch = /^(.*?),?\s*ngày\b/iu.exec(p.text);
  const place = placeMatch?.[1]?.trim() || null;
  if (d.kind === 'date') return { place, issuedOn: d.iso, registerYear: d.year, span: p.span, impossible: null };
  if (d.kind === 'invalid') return { place, issuedOn: null, registerYear: d.year, span: p.span, impossible: d.text };
  return { place, issuedOn: null, registerYear: d.year, span: p.span, impossible: null };
}

const LEVELS: Array<[RegExp, 'province' | 'district' | 'commune']> = [
  [/\b(xa|phuong|thi tran|dac khu)\b/, 'commune'],
  [/\b(huyen|thi xa|quan)\b/, 'district'],
  [/\bthanh pho (ha noi|ho chi minh|hai phong|da nang|can tho|hue)\b/, 'province'],
  [/\btinh\b/, 'province'],
  [/\bthanh pho\b/, 'district'],
];

export function issuerFrom(name: string): PlanDocumentInfo['issuer'] {
  const clean = name.replace(/\s*\.\/\.\s*$/, '').replace(/[.,;]\s*$/, '').trim();
  const f = fold(clean);
  const level = LEVELS.find(([re]) => re.test(f))?.[1] ?? 'unknown';
  return { name: clean, key: organisationKey(clean), level };
}

/** Finds the issuer in the running text when the header was lost: "UBND xã ban hành…", "…của UBND thành phố Lai Châu./." */
export function issuerFromBody(paras: Para[]): { issuer: NonNullable<PlanDocumentInfo['issuer']>; span: SourceSpan } | null {
  const unit = '(?:tinh|thanh pho|huyen|thi xa|quan|xa|phuong|thi tran)';
  const before = new RegExp(`((?:uy ban nhan dan|ubnd)\\s+${unit}(?:\\s+[^,.;:]{0,40}?)?)\\s+(?:ban hanh|xay dung)\\s+(?:ke hoach|kh)`);
  const closing = new RegExp(`cua\\s+((?:uy ban nhan dan\\s+|ubnd\\s+)?${unit}\\s+[^./;]{1,40}?)\\s*\\.?\\s*/\\.\\s*$`);
  for (const p of paras) {
    const m = closing.exec(p.f);
    if (m && m[1] && /^tren day/.test(p.f)) {
      let name = p.text.substr(m.index + 4, m[1].length).trim();
      if (!/^(ủy|uỷ|ubnd)/i.test(name)) name = `UBND ${name}`;
      const issuer = issuerFrom(name);
      if (issuer) return { issuer, span: p.span };
    }
  }
  for (const p of paras) {
    const m = before.exec(p.f);
    if (m && m[1]) {
      const issuer = issuerFrom(p.text.substr(m.index, m[1].length));
      if (issuer) return { issuer, span: p.span };
    }
  }
  return null;
}

const DOC_TYPES = '(bo luat|luat|nghi quyet|nghi dinh|quyet dinh|chi thi|thong tu lien tich|thong tu|ke hoach|cong van|thong bao|huong dan|ket luan|van ban|to trinh|de an|chuong trinh|bao cao)';

/**
 * Reads citations from the preamble ("Căn cứ…", "Thực hiện…", "Trên cơ sở…"): one entry per cited
 * document, "Kế hoạch số 599/…, số 989/…, số 1177/… của UBND…" giving three with the shared issuer.
 */
export function extractLegalBases(paras: Para[]): LegalBasis[] {
  const out: LegalBasis[] = [];
  for (const p of paras) {
    if (!/^(can cu|thuc hien|theo|tren co so|xet de nghi|thuc hien chi dao)\b/.test(p.f)) continue;
    const relationBase: LegalBasis['relation'] = /^thuc hien/.test(p.f) ? 'implements' : 'basis';
    const numRe = new RegExp(`(?:${DOC_TYPES}\\s+)?(?:so\\s+)?(\\d{1,5}\\s*[/-]\\s*(?:\\d{4}\\s*/\\s*)?[a-z][a-z0-9]*(?:\\s*[-/]\\s*[a-z0-9]+)*)`, 'g');
    const found: Array<{ type: string | null; number: string; index: number; end: number }> = [];
    let lastType: string | null = null;
    for (let m; (m = numRe.exec(p.f)); ) {
      const numLen = m[2]?.length ?? 0;
      const numStart = m.index + m[0].length - numLen;
      const prefix = p.f.slice(m.index, numStart);
      if (m[1]) lastType = p.text.substr(m.index, m[1].length);
      else if (!/so\s+$/.test(prefix)) continue;
      if (!lastType) continue;
      found.push({ type: lastType, number: p.text.substr(numStart, numLen).replace(/\s+/g, ''), index: m.index, end: m.index + m[0].length });
    }
    const dates = findDates(p.text);
    if (!found.length) {
      // "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015": cited without a number.
      const t = new RegExp(`^(?:can cu|thuc hien|theo)\\s+${DOC_TYPES}\\b`).exec(p.f);
      if (t && t[1]) {
        const d = dates.find((x) => x.kind === 'date');
        out.push({ text: p.text.replace(/[;,.\s]+$/, ''), docType: p.text.substr(t.index + t[0].length - t[1].length, t[1].length), number: null, date: d && d.kind === 'date' ? d.iso : null, issuer: null, relation: relationBase, span: p.span, confidence: 0.6 });
      }
      continue;
    }
    for (let i = 0; i < found.length; i++) {
      const c = found[i]!;
      const nextIdx = found[i + 1]?.index ?? p.text.length;
      const seg = p.text.slice(c.index, nextIdx);
      const d = dates.find((x) => x.index >= c.end && x.index < nextIdx);
      const issuerM = /(?:^|\s)của\s+(.+?)(?=\s+(?:về|phê duyệt|ban hành|quy định|lần thứ|tại|khóa|khoá|hướng dẫn|thông báo)(?=\s|$)|[;,.]|$)/iu.exec(seg);
      // "Trên cơ sở đề xuất của Sở X tại Công văn số …": the issuer is written before the citation.
      const before = /(?:^|\s)của\s+(.+?)\s+tại\s+$/iu.exec(p.text.slice(Math.max(0, c.index - 120), c.index));
      out.push({
        text: seg.replace(/[,;\s]+$/, '').replace(/^(và|,)\s*/, ''),
        docType: c.type,
        number: c.number,
        date: d && d.kind === 'date' ? d.iso : null,
        issuer: issuerM?.[1]?.trim() ?? before?.[1]?.trim() ?? null,
        relation: relationBase,
        span: p.span,
        confidence: d ? 0.9 : 0.7,
      });
    }
    // "số 599…, số 989…, số 1177… của UBND thành phố": the issuer written once applies to all.
    const fromHere = out.slice(out.length - found.length);
    const shared = [...fromHere].reverse().find((x) => x.issuer)?.issuer ?? null;
    fromHere.forEach((x, i) => {
      if (!x.issuer) x.issuer = shared;
      if (/dieu chinh/.test(p.f) && i > 0) x.relation = 'amends';
    });
  }
  return out;
}

const CAPACITY = /^(tm|kt|tl|tuq|q)\s*\.\s*/;

/** The signature block: capacity lines, position and name (null when unsigned). */
export function extractSigner(paras: Para[]): Signer {
  const start = paras.findIndex((p) => CAPACITY.test(p.f) && p.text === p.text.toUpperCase());
  const isName = (t: string) => /^(\p{Lu}[\p{Ll}]*)(\s+\p{Lu}[\p{Ll}]*){1,5}$/u.test(t);
  const isPosition = (t: string) => t === t.toUpperCase() && /\p{Lu}/u.test(t) && t.length < 60;
  const skip = (t: string) => /^\(.*\)$/.test(t) || /^(đã ký|ký tên|đóng dấu)/i.test(t);
  if (start < 0) {
    // No capacity line: a lone position followed by a name ("CHỦ TỊCH" / "Nguyễn Văn A").
    for (let i = paras.length - 2; i >= 0; i--) {
      const p = paras[i]!;
      if (/^(chu tich|pho chu tich|giam doc|pho giam doc|truong ban|truong phong)$/.test(p.f)) {
        const next = paras.slice(i + 1).find((x) => !skip(x.text));
        return { capacityLines: [], position: p.text, name: next && isName(next.text) ? next.text : null, span: p.span, confidence: 0.6 };
      }
    }
    return { capacityLines: [], position: null, name: null };
  }
  const capacityLines: string[] = [];
  let i = start;
  for (; i < paras.length && CAPACITY.test(paras[i]!.f); i++) capacityLines.push(paras[i]!.text.replace(/^(TM|KT|TL|TUQ|Q)\s*\.\s*/u, '$1. '));
  let position: string | null = null;
  let name: string | null = null;
  let end = paras[i - 1]!.span;
  for (; i < paras.length && i < start + 8; i++) {
    const t = paras[i]!.text;
    if (skip(t)) continue;
    if (!position && isPosition(t) && !isName(t)) {
      position = t;
      end = paras[i]!.span;
      continue;
    }
    // Some documents print the name in capitals ("NGUYỄN VĂN A").
    const capsName = position !== null && t === t.toUpperCase() && /^(\p{Lu}+)(\s+\p{Lu}+){1,4}$/u.test(t) && !/(CHU TICH|GIAM DOC|TRUONG|PHO)/.test(fold(t).toUpperCase());
    if (isName(t) || capsName) {
      name = t;
      end = paras[i]!.span;
    }
    break;
  }
  const first = paras[start]!.span;
  return { capacityLines, position, name, span: spanBetween(first, end), confidence: name ? 0.95 : 0.7 };
}

function spanBetween(a: SourceSpan, b: SourceSpan): SourceSpan {
  if (a.kind === 'line' && b.kind === 'line') return { kind: 'line', line: a.line, endLine: b.endLine };
  if (a.kind === 'paragraph' && b.kind === 'paragraph') return { kind: 'paragraph', paragraph: a.paragraph, endParagraph: b.endParagraph };
  return a;
}

const PURPOSES: Record<string, Recipient['purpose']> = { 'b/c': 'report', 't/h': 'implement', 'p/h': 'coordinate', 'đ/b': 'info', 'đ/t': 'info' };

/** "Nơi nhận:" list: each line with its purpose mark ("(b/c)") and "Lưu: VT" as the archive copy. */
export function extractRecipients(paras: Para[]): Recipient[] {
  const start = paras.findIndex((p) => /^noi nhan\b/.test(p.f));
  if (start < 0) return [];
  const out: Recipient[] = [];
  const inline = paras[start]!.text.replace(/^nơi nhận\s*:?\s*/iu, '');
  const lines: Para[] = inline ? [{ ...paras[start]!, text: inline, f: fold(inline) }] : [];
  for (let i = start + 1; i < paras.length; i++) {
    const p = paras[i]!;
    if (!/^[-–+•]/.test(p.text) && !/^luu\b/.test(p.f)) break;
    lines.push(p);
  }
  for (const p of lines) {
    let text = p.text.replace(/^[-–+•]\s*/, '').trim();
    const markM = /\(\s*(?:để\s*)?([\p{L}]{1,2}\s*\/\s*[\p{L}]{1,2}|để biết|để thực hiện|để báo cáo)\s*\)/iu.exec(text);
    const mark = markM?.[1]?.replace(/\s+/g, '').toLowerCase() ?? null;
    if (markM) text = text.replace(markM[0], ' ');
    text = text.replace(/\s+/g, ' ').replace(/[;.,\s]+$/, '').trim();
    const archive = /^luu\b/.test(fold(text));
    let purpose: Recipient['purpose'] = archive ? 'archive' : null;
    if (mark) purpose = PURPOSES[mark] ?? (/biet/.test(fold(mark)) ? 'info' : /bao cao/.test(fold(mark)) ? 'report' : /thuc hien/.test(fold(mark)) ? 'implement' : null);
    out.push({ text: p.text.replace(/^[-–+•]\s*/, ''), name: text, key: organisationKey(text), mark, purpose, span: p.span, confidence: 0.9 });
  }
  return out;
}

/** Warning helper for impossible dates anywhere in the document. */
export function impossibleDateWarnings(paras: Para[]): PlanWarning[] {
  const out: PlanWarning[] = [];
  for (const p of paras) {
    for (const d of findDates(p.text)) {
      if (d.kind === 'invalid') out.push({ code: PlanWarningCode.ImpossibleDate, message: `Ngày không tồn tại: "${d.text}" (không tự chuyển sang ngày khác)`, spans: [{ ...p.span, text: d.text } as SourceSpan] });
    }
  }
  return out;
}
