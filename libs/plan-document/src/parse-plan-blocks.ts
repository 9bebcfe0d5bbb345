import { findDates } from '@dondoc/domain';
import type { DocumentBlock } from './blocks/document-block.types';
import type { ParsedPlan, ParsePlanOptions, PartyRef, PlanDocumentInfo, PlanWarning, SourceSpan } from './types';
import { PlanWarningCode } from './types';
import { fold } from './text/fold';
import { extractAssignmentTables } from './extract/assignment-table.extractor';
import { extractBudget } from './extract/budget.extractor';
import { extractLegalBases, extractRecipients, extractSigner, impossibleDateWarnings, issuerFrom, issuerFromBody, parseDateLine, parseNumberLine } from './extract/header.extractor';
import { preparePara, type Para } from './extract/para';
import { extractReportingDuties, type TextUnit } from './extract/reporting.extractor';
import { checkResponsibilities } from './extract/responsibility-checks';
import { extractSectionResponsibilities } from './extract/responsibility.extractor';
import { matchLabel } from './extract/section-label';
import { buildSectionTree, toSectionNodes, walk, type WorkNode } from './extract/section-tree';
import { extractTargets } from './extract/target.extractor';

/** Version of the extraction rules, stored with each import. */
export const PARSER_VERSION = '0.1.0';

const TITLE = /^(du thao\s*)?ke hoach$/;
const CAPACITY_LINE = /^(tm|kt|tl|tuq|q)\s*\.\s*\S/;

const TYPOS: Array<[RegExp, string, string]> = [
  [/(^|[\s:(])(chỉ trì)(?=[\s,])/giu, 'chỉ trì', 'chủ trì'],
  [/(^|[\s:(])(Tiêu dự án)(?=\s)/gu, 'Tiêu dự án', 'Tiểu dự án'],
  [/(^|[\s:(])(Phần đầu|Phân đầu|phần đầu|phân đầu)(?=\s)/gu, 'Phần đầu', 'Phấn đấu'],
];

/** Extracts the structured plan from document blocks (shared by .txt/.md and .docx). */
export function parseBlocks(blocks: DocumentBlock[], source: ParsedPlan['source'], options: ParsePlanOptions = {}): ParsedPlan {
  const warnings: PlanWarning[] = [];
  const { paras, tables } = preparePara(blocks);

  // Zones: head (issuer, number, date, title) | preamble (legal bases) | body | tail (recipients, signature) | appendix.
  const titleIdx = paras.slice(0, 40).findIndex((p) => TITLE.test(p.f.replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim()));
  const headLimit = titleIdx >= 0 ? titleIdx : Math.min(paras.length, 12);
  let numberInfo = null as ReturnType<typeof parseNumberLine>;
  let dateInfo = null as ReturnType<typeof parseDateLine>;
  let numberIdx = -1;
  for (let i = 0; i < Math.min(paras.length, headLimit + 3); i++) {
    const p = paras[i]!;
    if (!numberInfo) {
      numberInfo = parseNumberLine(p);
      if (numberInfo) numberIdx = i;
    }
    if (!dateInfo) dateInfo = parseDateLine(p);
  }
  const titlePara = titleIdx >= 0 ? paras[titleIdx + 1] : undefined;
  const title = titlePara && !matchLabel(titlePara.text) ? titlePara.text : null;
  const afterTitle = titleIdx >= 0 ? titleIdx + (title ? 2 : 1) : 0;
  let bodyStart = paras.findIndex((p, i) => i >= afterTitle && (() => {
    const m = matchLabel(p.text);
    return m !== null && (m.kind === 'roman' || m.kind === 'number');
  })());
  if (bodyStart < 0) bodyStart = afterTitle;
  const isTailStart = (p: Para) => /^(tren day la|noi nhan)\b/.test(p.f) || (CAPACITY_LINE.test(p.f) && p.text === p.text.toUpperCase());
  const isAppendix = (p: Para) => /^phu luc\b/.test(p.f) && p.text.length < 80;
  let bodyEnd = paras.findIndex((p, i) => i >= bodyStart && (isTailStart(p) || isAppendix(p)));
  if (bodyEnd < 0) bodyEnd = paras.length;
  let appendixStart = paras.findIndex((p, i) => i >= bodyEnd && isAppendix(p));
  if (appendixStart < 0) appendixStart = paras.length;
  const head = paras.slice(0, Math.max(0, titleIdx));
  const preamble = paras.slice(afterTitle, bodyStart);
  const body = paras.slice(bodyStart, bodyEnd);
  const tail = paras.slice(bodyEnd, appendixStart);
  const appendix = paras.slice(appendixStart);

  const root = buildSectionTree(body, warnings);

  // Issuer: header lines ("ỦY BAN NHÂN DÂN" / "XÃ THƯỢNG LỘ"), else the body's own words.
  let issuer: PlanDocumentInfo['issuer'] = null;
  let issuerSpan: SourceSpan | undefined;
  const headerLines = head.slice(0, numberIdx >= 0 ? numberIdx : head.length).filter((p) => p.text === p.text.toUpperCase() && /\p{Lu}/u.test(p.text) && !/^(cong hoa|doc lap|so\b)/.test(p.f) && !/^-+$/.test(p.text));
  if (headerLines.length) {
    issuer = issuerFrom(headerLines.map((p) => p.text).join(' '));
    issuerSpan = headerLines[0]!.span;
  } else {
    const found = issuerFromBody([...tail, ...preamble, ...appendix]);
    if (found) {
      issuer = found.issuer;
      issuerSpan = found.span;
    }
  }

  // Number only in an appendix caption: "(Ban hành kèm theo Kế hoạch số 35 /KH-UBND ngày 21/02/2024 …)".
  let fromAppendix = false;
  let appendixDate: string | null = null;
  if (!numberInfo || numberInfo.number === null) {
    for (const p of appendix) {
      const m = /ke hoach so\s*(\d+)\s*\/\s*([a-z][a-z0-9]*(?:\s*-\s*[a-z0-9]+)*)/.exec(p.f);
      if (!m) continue;
      const symbol = p.text.substr(m.index + m[0].length - (m[2]?.length ?? 0), m[2]?.length ?? 0).replace(/\s+/g, '');
      const raw = p.text.substr(m.index + 12, m[0].length - 12).replace(/^\s*số\s*/iu, '').trim();
      numberInfo = { number: Number(m[1]), symbol, numberText: raw, numberNormalized: `${m[1]}/${symbol}`, span: p.span };
      const d = findDates(p.text.slice(m.index)).find((x) => x.kind === 'date');
      appendixDate = d && d.kind === 'date' ? d.iso : null;
      fromAppendix = true;
      warnings.push({ code: PlanWarningCode.NumberFromAppendix, message: `Số văn bản "${raw}" chỉ có ở chú thích phụ lục`, spans: [p.span] });
      break;
    }
  }

  const titleF = title ? fold(title) : '';
  const periodM = /(20\d\d)\s*-\s*(20\d\d)/.exec(titleF);
  const period = periodM ? { from: Number(periodM[1]), to: Number(periodM[2]) } : null;
  const bodyYear = body.map((p) => /thoi gian thuc hien\s*:?\s*(?:trong\s+)?nam (20\d\d)\b/.exec(p.f)?.[1]).find(Boolean);
  const titleYear = /nam (20\d\d)\b/.exec(titleF)?.[1];
  const registerYear = dateInfo?.registerYear ?? (appendixDate ? Number(appendixDate.slice(0, 4)) : null);
  const year = period?.from ?? (titleYear ? Number(titleYear) : bodyYear ? Number(bodyYear) : registerYear);
  const issuedOn = dateInfo?.issuedOn ?? (fromAppendix ? appendixDate : null);

  const signer = extractSigner(tail.length ? tail : paras.slice(bodyEnd));
  const recipients = extractRecipients(tail);
  const legalBases = extractLegalBases(preamble);

  // Responsibilities: sections, project blocks, appendix tables.
  const sectionRows = extractSectionResponsibilities(root);
  const captionOf = (afterPara: number) => {
    for (let i = afterPara; i >= 0 && i > afterPara - 4; i--) if (paras[i] && isAppendix(paras[i]!)) return paras[i]!.text;
    return paras[afterPara]?.text.slice(0, 120) ?? null;
  };
  const tableRows = extractAssignmentTables(tables, captionOf, warnings);
  const responsibilities = [...sectionRows, ...tableRows];

  const targets = extractTargets(root, tables);
  const budget = extractBudget(root, warnings);
  // A project whose "Phân công thực hiện" is a list: its leads are the line's implementing units.
  for (const line of budget.lines) {
    if (line.implementingUnits.length) continue;
    const rows = sectionRows.filter((r) => r.origin === 'projectBlock' && r.item.project === line.project && r.item.subProject === line.subProject);
    const seen = new Set<string>();
    for (const l of rows.flatMap((r) => r.leads)) if (!seen.has(l.key)) { seen.add(l.key); line.implementingUnits.push(l); }
  }

  // Reporting duties: every text with the leads of the row it belongs to.
  const units: TextUnit[] = [];
  const owned = new Set<Para>();
  for (const r of sectionRows) {
    for (const d of r.duties) units.push({ text: d, span: r.span, owners: r.leads });
  }
  const rowTexts = new Set(sectionRows.flatMap((r) => r.duties));
  const covered = coverage(sectionRows.map((r) => r.span));
  const inRow = (s: SourceSpan) => covered(s);
  for (const n of walk(root)) {
    for (const p of [n.para, ...n.bodyParas]) {
      if (!p || owned.has(p) || inRow(p.span)) continue;
      owned.add(p);
      const text = p === n.para ? n.title : p.text;
      if (!rowTexts.has(text)) units.push({ text, span: p.span, owners: [] as PartyRef[] });
    }
  }
  for (const p of root.bodyParas) units.push({ text: p.text, span: p.span, owners: [] });
  for (const r of tableRows) for (const d of r.duties) units.push({ text: d, span: r.span, owners: r.leads });
  const reportingDuties = extractReportingDuties(units);

  // Document-level warnings.
  warnings.push(...impossibleDateWarnings(paras));
  for (const p of paras) {
    for (const [re, wrong, right] of TYPOS) {
      re.lastIndex = 0;
      const m = re.exec(p.text);
      if (m) warnings.push({ code: PlanWarningCode.TypoCorrected, message: `Đọc "${m[2] ?? wrong}" là "${right}"`, spans: [p.span] });
    }
  }
  const nonRowTexts = [...walkTexts(root)].filter((t) => !rowTexts.has(t.text));
  warnings.push(...checkResponsibilities(responsibilities, targets, nonRowTexts, options.knownOrganisationKeys));
  if (!numberInfo) warnings.push({ code: PlanWarningCode.NumberMissing, message: 'Không tìm thấy số, ký hiệu văn bản', spans: [] });
  else if (numberInfo.number === null) warnings.push({ code: PlanWarningCode.NumberMissing, message: `Số văn bản để trống ("Số: ${numberInfo.numberText}"): bản dự thảo`, spans: [numberInfo.span] });
  if (!issuedOn) warnings.push({ code: PlanWarningCode.DateMissing, message: dateInfo ? 'Ngày ban hành để trống hoặc không hợp lệ: bản dự thảo' : 'Không tìm thấy ngày ban hành', spans: dateInfo ? [dateInfo.span] : [] });
  if (!signer.name) warnings.push({ code: PlanWarningCode.Unsigned, message: 'Không có họ tên người ký: coi là bản dự thảo', spans: signer.span ? [signer.span] : [] });
  if (titleIdx < 0) warnings.push({ code: PlanWarningCode.HeaderMissing, message: 'Không tìm thấy tiêu đề "KẾ HOẠCH"', spans: [] });

  const number = numberInfo?.number ?? null;
  const markedDraft = paras.slice(0, Math.max(titleIdx + 1, 8)).some((p) => /^\(?\s*du thao\b/.test(p.f));
  const document: PlanDocumentInfo = {
    type: numberInfo?.symbol?.split('-')[0] ?? 'KH',
    number,
    symbol: numberInfo?.symbol ?? null,
    numberText: numberInfo?.numberText ?? null,
    numberNormalized: numberInfo?.numberNormalized ?? null,
    issuer,
    place: dateInfo?.place ?? null,
    issuedOn,
    year,
    registerYear,
    title,
    period: period && period.to > period.from ? period : null,
    status: markedDraft || number === null || !issuedOn || !signer.name ? 'draft' : 'issued',
    spans: {
      ...(numberInfo ? { number: numberInfo.span } : {}),
      ...(dateInfo ? { date: dateInfo.span } : {}),
      ...(titlePara && title ? { title: titlePara.span } : {}),
      ...(issuerSpan ? { issuer: issuerSpan } : {}),
    },
    confidence: fromAppendix ? 0.7 : numberInfo && dateInfo ? 0.95 : 0.8,
  };

  return {
    schemaVersion: 1,
    source,
    document,
    signer,
    legalBases,
    targets,
    budget,
    responsibilities,
    reportingDuties,
    recipients,
    sections: toSectionNodes(root),
    warnings,
  };
}

/** Is a span entirely inside one of the given line / paragraph spans? Linear in the document size. */
function coverage(spans: SourceSpan[]): (s: SourceSpan) => boolean {
  const lines = new Set<number>();
  const paragraphs = new Set<number>();
  for (const s of spans) {
    if (s.kind === 'line') for (let i = s.line; i <= s.endLine; i++) lines.add(i);
    else if (s.kind === 'paragraph') for (let i = s.paragraph; i <= s.endParagraph; i++) paragraphs.add(i);
  }
  return (s) => {
    if (s.kind === 'line') {
      for (let i = s.line; i <= s.endLine; i++) if (!lines.has(i)) return false;
      return true;
    }
    if (s.kind === 'paragraph') {
      for (let i = s.paragraph; i <= s.endParagraph; i++) if (!paragraphs.has(i)) return false;
      return true;
    }
    return false;
  };
}

function* walkTexts(root: WorkNode): Generator<{ text: string; span: SourceSpan }> {
  for (const n of walk(root)) {
    if (n.para) yield { text: n.title, span: n.span };
    for (const p of n.bodyParas) yield { text: p.text, span: p.span };
  }
}
