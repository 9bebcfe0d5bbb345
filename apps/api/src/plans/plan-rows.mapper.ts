import { randomUUID } from 'node:crypto';
import {
  LEGAL_BASIS_RELATIONS,
  PLAN_STATUSES,
  RECIPIENT_PURPOSES,
  REPORT_FREQUENCIES,
  RESPONSIBILITY_ORIGINS,
  SECTION_KINDS,
  TARGET_COMPARATORS,
  type DocumentRelationKind,
  type ImplementingUnit,
  type LegalBasisRelation,
  type MatchMethod,
  type PartyKind,
  type PlanStatusValue,
  type StoredSourceSpan,
} from '@dondoc/persistence';
import type { ParsedPlan, SectionNode } from '@dondoc/plan-document';
import { partyOf, type NameMatch } from './plan-name-resolution';

// Rows of one imported plan, built in memory (ids generated here) and inserted in bulk by the
// service inside one transaction. The stored ParsedPlan may come from an older importer
// version: every field is read defensively and unknown codes fall back to neutral values.

/** Header corrections a person made in the preview. */
export interface DocumentCorrections {
  title?: string;
  summary?: string | null;
  number?: number | null;
  symbol?: string | null;
  issuedOn?: string | null;
  year?: number | null;
  place?: string | null;
  periodFrom?: number | null;
  periodTo?: number | null;
  issuerOrganisationId?: string | null;
}

/** Context of {@link buildPlanRows}. */
export interface PlanRowsContext {
  planId: string;
  revisionId: string;
  fileName: string;
  createdBy: string | null;
  names: Map<string, NameMatch>;
  corrections: DocumentCorrections;
  /** Plans already in dondoc, keyed "number/symbol" (and "number/symbol@date"), for legal-basis links. */
  knownPlans: Map<string, string>;
}

type Row = Record<string, unknown>;

/** Everything to insert for one imported plan. */
export interface PlanRows {
  plan: Row;
  revision: Row;
  sections: Row[];
  legalBases: Row[];
  targets: Row[];
  budgetLines: Row[];
  responsibilities: Row[];
  assignees: Row[];
  duties: Row[];
  dutyParties: Row[];
  recipients: Row[];
  relations: Row[];
}

const arr = <T = unknown>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null);
const date = (v: unknown): string | null => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);
const span = (v: unknown): StoredSourceSpan | null => (v && typeof v === 'object' ? (v as StoredSourceSpan) : null);
const oneOf = <T extends string>(list: readonly T[], v: unknown, fallback: T): T =>
  list.includes(v as T) ? (v as T) : fallback;
const oneOfOrNull = <T extends string>(list: readonly T[], v: unknown): T | null =>
  list.includes(v as T) ? (v as T) : null;
const codes = (v: unknown): string[] =>
  arr(v)
    .filter((c) => typeof c === 'number' || typeof c === 'string')
    .map(String);

/** Whole VND as a bigint string; null unless a non-negative safe integer (never a float). */
export function vndString(v: unknown): string | null {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return null;
  const rounded = Math.round(v);
  return Number.isSafeInteger(rounded) ? BigInt(rounded).toString() : null;
}

/** The status an imported plan starts in: issued documents stay issued, anything else is a draft. */
export function importedStatus(parsed: ParsedPlan): PlanStatusValue {
  return oneOf(PLAN_STATUSES, parsed.document?.status, 'draft') === 'issued' ? 'issued' : 'draft';
}

/** Applies header corrections to the parsed document (what the plan row and the snapshot show). */
export function correctedDocument(parsed: ParsedPlan, c: DocumentCorrections): ParsedPlan['document'] {
  const d = parsed.document;
  return {
    ...d,
    ...(c.title !== undefined ? { title: c.title } : {}),
    ...(c.number !== undefined ? { number: c.number } : {}),
    ...(c.symbol !== undefined ? { symbol: c.symbol } : {}),
    ...(c.issuedOn !== undefined ? { issuedOn: c.issuedOn } : {}),
    ...(c.year !== undefined ? { year: c.year } : {}),
    ...(c.place !== undefined ? { place: c.place } : {}),
    ...(c.periodFrom !== undefined || c.periodTo !== undefined
      ? {
          period: {
            from: c.periodFrom ?? d?.period?.from ?? c.periodTo!,
            to: c.periodTo ?? d?.period?.to ?? c.periodFrom!,
          },
        }
      : {}),
  };
}

/** "599/KH-UBND" (+ date) → lookup keys of {@link PlanRowsContext.knownPlans}. */
export function planLookupKeys(docNumber: string | null, docDate: string | null): string[] {
  const m = docNumber ? /^\s*(\d+)\s*\/\s*(\S+)\s*$/.exec(docNumber) : null;
  if (!m) return [];
  const base = `${Number(m[1])}/${m[2]!.toUpperCase()}`;
  return docDate ? [`${base}@${docDate}`, base] : [base];
}

/** Builds every row of an imported plan's revision 1. Pure apart from id generation. */
export function buildPlanRows(parsed: ParsedPlan, ctx: PlanRowsContext): PlanRows {
  const { planId, revisionId } = ctx;
  const doc = correctedDocument(parsed, ctx.corrections);
  const issuerMatch = doc?.issuer?.name ? ctx.names.get(doc.issuer.key || '') : undefined;
  const singleYear = doc?.period ? null : int(doc?.year);

  const resolved = (
    raw: unknown,
  ): {
    name: string;
    nameKey: string;
    partyKind: PartyKind;
    organisationId: string | null;
    resolved: boolean;
    matchMethod: MatchMethod;
    matchConfidence: number | null;
  } | null => {
    const p = partyOf(raw);
    if (!p) return null;
    const m = ctx.names.get(p.key);
    return {
      name: p.name,
      nameKey: p.key,
      partyKind: p.kind,
      organisationId: m?.organisationId ?? null,
      resolved: !!m?.organisationId,
      matchMethod: m?.organisationId ? m.method : 'none',
      matchConfidence: m?.organisationId ? m.confidence : null,
    };
  };

  const plan: Row = {
    id: planId,
    documentType: str(doc?.type) ?? 'KH',
    issuerOrganisationId:
      ctx.corrections.issuerOrganisationId !== undefined
        ? ctx.corrections.issuerOrganisationId
        : (issuerMatch?.organisationId ?? null),
    issuerName: str(doc?.issuer?.name),
    number: int(doc?.number),
    symbol: str(doc?.symbol),
    numberText: str(doc?.numberText),
    year: int(doc?.year),
    registerYear: int(doc?.registerYear) ?? (date(doc?.issuedOn) ? Number(doc!.issuedOn!.slice(0, 4)) : null),
    place: str(doc?.place),
    issuedOn: date(doc?.issuedOn),
    title: str(doc?.title) ?? ctx.fileName,
    summary: ctx.corrections.summary !== undefined ? ctx.corrections.summary : null,
    status: importedStatus(parsed),
    periodFrom: int(doc?.period?.from),
    periodTo: int(doc?.period?.to),
    source: 'imported',
    currentRevisionId: null,
    createdBy: ctx.createdBy,
  };

  const revision: Row = {
    id: revisionId,
    planId,
    number: 1,
    createdBy: ctx.createdBy,
    reason: `Nhập từ tệp ${ctx.fileName}`,
    snapshot: { ...parsed, document: doc },
  };

  const sections: Row[] = [];
  let position = 0;
  const walk = (nodes: unknown, parentId: string | null): void => {
    for (const n of arr<SectionNode>(nodes)) {
      const id = randomUUID();
      sections.push({
        id,
        revisionId,
        parentId,
        label: typeof n.label === 'string' ? n.label : '',
        kind: oneOf(SECTION_KINDS, n.kind, 'heading'),
        title: typeof n.title === 'string' ? n.title : '',
        text: arr(n.body)
          .filter((b) => typeof b === 'string')
          .join('\n'),
        position: position++,
        sourceSpan: span(n.span),
      });
      walk(n.children, id);
    }
  };
  walk(parsed.sections, null);

  const legalBases: Row[] = [];
  const relations: Row[] = [];
  arr<ParsedPlan['legalBases'][number]>(parsed.legalBases).forEach((b, i) => {
    const citation = str(b.text) ?? '';
    const docNumber = str(b.number);
    const docDate = date(b.date);
    const relatedPlanId =
      planLookupKeys(docNumber, docDate)
        .map((k) => ctx.knownPlans.get(k))
        .find(Boolean) ?? null;
    const relation: LegalBasisRelation = oneOf(LEGAL_BASIS_RELATIONS, b.relation, 'basis');
    legalBases.push({
      id: randomUUID(),
      revisionId,
      position: i,
      citation,
      docType: str(b.docType),
      docNumber,
      docDate,
      issuer: str(b.issuer),
      relation,
      relatedPlanId,
      sourceSpan: span(b.span),
      confidence: num(b.confidence),
    });
    const kind: DocumentRelationKind = relation === 'basis' ? 'references' : relation;
    if (relatedPlanId || citation)
      relations.push({ id: randomUUID(), planId, kind, relatedPlanId, citation: citation || null });
  });

  const targets: Row[] = arr<ParsedPlan['targets'][number]>(parsed.targets).map((t, i) => ({
    id: randomUUID(),
    revisionId,
    position: i,
    text: str(t.text) ?? '',
    indicatorCodes: codes(t.indicatorCodes),
    baseline: null,
    value: num(t.value),
    maxValue: num(t.max),
    comparator: oneOfOrNull(TARGET_COMPARATORS, t.comparator),
    unit: str(t.unit),
    standard: str(t.standard),
    dueYear: int(t.dueYear),
    yearBreakdown: arr(t.yearBreakdown).length ? arr(t.yearBreakdown) : null,
    sectionPath: arr(t.sectionPath).filter((s) => typeof s === 'string'),
    sourceSpan: span(t.span),
    confidence: num(t.confidence),
  }));

  const budgetLines: Row[] = [];
  const budget = parsed.budget;
  const amountRow = (
    kind: 'line' | 'total',
    a: ParsedPlan['budget']['lines'][number] | NonNullable<ParsedPlan['budget']['total']>,
    extra: Row,
  ): Row => ({
    id: randomUUID(),
    revisionId,
    position: budgetLines.length,
    kind,
    project: null,
    projectCode: null,
    subProject: null,
    subProjectCode: null,
    amountVnd: vndString(a.amountVnd),
    estimate: a.estimate === true,
    fundingSource: str(a.fundingSource),
    year: singleYear,
    text: str(a.text) ?? '',
    implementingUnits: null,
    sourceSpan: span(a.span),
    confidence: num(a.confidence),
    ...extra,
  });
  for (const l of arr<ParsedPlan['budget']['lines'][number]>(budget?.lines)) {
    const units: ImplementingUnit[] = arr(l.implementingUnits)
      .map(resolved)
      .filter((u): u is NonNullable<typeof u> => u !== null)
      .map((u) => ({ name: u.name, nameKey: u.nameKey, organisationId: u.organisationId, resolved: u.resolved }));
    budgetLines.push(
      amountRow('line', l, {
        project: str(l.project),
        projectCode: str(l.projectCode),
        subProject: str(l.subProject),
        subProjectCode: str(l.subProjectCode),
        implementingUnits: units.length ? units : null,
      }),
    );
  }
  if (budget?.total) budgetLines.push(amountRow('total', budget.total, {}));
  for (const n of arr<ParsedPlan['budget']['notes'][number]>(budget?.notes)) {
    budgetLines.push({
      id: randomUUID(),
      revisionId,
      position: budgetLines.length,
      kind: 'note',
      project: null,
      projectCode: null,
      subProject: null,
      subProjectCode: null,
      amountVnd: null,
      estimate: false,
      fundingSource: null,
      year: singleYear,
      text: str(n.text) ?? '',
      implementingUnits: null,
      sourceSpan: span(n.span),
      confidence: null,
    });
  }

  const responsibilities: Row[] = [];
  const assignees: Row[] = [];
  arr<ParsedPlan['responsibilities'][number]>(parsed.responsibilities).forEach((r, i) => {
    const id = randomUUID();
    responsibilities.push({
      id,
      revisionId,
      position: i,
      itemPath: arr(r.item?.sectionPath).filter((s) => typeof s === 'string'),
      project: str(r.item?.project),
      subProject: str(r.item?.subProject),
      tableRow: str(r.item?.tableRow),
      mode: r.mode === 'request' ? 'request' : 'order',
      duties: arr(r.duties)
        .filter((d) => typeof d === 'string')
        .join('\n'),
      indicatorCodes: codes(r.indicatorCodes),
      dueText: str(r.dueText),
      origin: oneOf(RESPONSIBILITY_ORIGINS, r.origin, 'section'),
      sourceSpan: span(r.span),
      confidence: num(r.confidence),
    });
    for (const [role, list] of [
      ['lead', r.leads],
      ['coordinator', r.coordinators],
    ] as const) {
      arr(list).forEach((raw, position) => {
        const a = resolved(raw);
        if (a) assignees.push({ id: randomUUID(), responsibilityId: id, role, position, ...a });
      });
    }
  });

  const duties: Row[] = [];
  const dutyParties: Row[] = [];
  arr<ParsedPlan['reportingDuties'][number]>(parsed.reportingDuties).forEach((d, i) => {
    const id = randomUUID();
    const due =
      d.due && typeof d.due === 'object' && int(d.due.day) !== null
        ? { month: int(d.due.month), day: d.due.day, strict: d.due.strict !== false }
        : null;
    duties.push({
      id,
      revisionId,
      position: i,
      frequency: oneOf(REPORT_FREQUENCIES, d.frequency, 'periodic'),
      dueRule: due,
      dueText: str(d.dueText),
      strict: due ? due.strict : true,
      text: str(d.text) ?? '',
      cutOffOverride: null,
      sourceSpan: span(d.span),
      confidence: num(d.confidence),
    });
    for (const [role, list] of [
      ['reporter', d.reporters],
      ['recipient', d.recipients],
    ] as const) {
      arr(list).forEach((raw, position) => {
        const p = resolved(raw);
        if (p) dutyParties.push({ id: randomUUID(), dutyId: id, role, position, ...p });
      });
    }
  });

  const recipients: Row[] = arr<ParsedPlan['recipients'][number]>(parsed.recipients).map((r, i) => {
    const p = partyOf({ name: r.name, key: r.key, kind: 'organisation' });
    const m = p ? ctx.names.get(p.key) : undefined;
    const organisationId = r.purpose === 'archive' ? null : (m?.organisationId ?? null);
    return {
      id: randomUUID(),
      revisionId,
      position: i,
      text: str(r.text) ?? str(r.name) ?? '',
      name: p?.name ?? str(r.text) ?? '',
      nameKey: p?.key ?? '',
      mark: str(r.mark),
      purpose: oneOfOrNull(RECIPIENT_PURPOSES, r.purpose),
      organisationId,
      matchMethod: organisationId ? m!.method : 'none',
      matchConfidence: organisationId ? m!.confidence : null,
      sourceSpan: span(r.span),
    };
  });

  return {
    plan,
    revision,
    sections,
    legalBases,
    targets,
    budgetLines,
    responsibilities,
    assignees,
    duties,
    dutyParties,
    recipients,
    relations,
  };
}
