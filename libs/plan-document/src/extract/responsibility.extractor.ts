import type { PartyRef, Responsibility } from '../types';
import { indicatorCodes, parseEntryHeader } from './assignment-entry';
import { splitParties } from './party';
import { fold } from '../text/fold';
import { projectOf } from './section-label';
import { nodePath, subtreeTexts, walk, type WorkNode } from './section-tree';

const ASSIGNMENT_SECTION = /^(phan cong|to chuc thuc hien|trach nhiem|giao nhiem vu|nhiem vu cu the)|phan cong (thuc hien|nhiem vu|trach nhiem)|to chuc thuc hien$/;
const UNIT_LINE = /^(don vi thuc hien|co quan thuc hien|don vi chu tri|co quan chu tri|don vi chi tri|co quan chi tri|phan cong thuc hien|to chuc thuc hien|trach nhiem thuc hien)\b/;
const COORD_LINE = /^(don vi phoi hop|co quan phoi hop)\b/;

/** The project / sub-project a node sits in ("Dự án 4 …", "Tiểu dự án 3 …"). */
export function projectContext(n: WorkNode | null): { project: string | null; subProject: string | null } {
  let project: string | null = null;
  let subProject: string | null = null;
  for (let c = n; c && c.parent; c = c.parent) {
    const p = projectOf(c.title);
    if (!p) continue;
    if (p.level === 'subProject' && !subProject) subProject = p.name;
    if (p.level === 'project' && !project) project = p.name;
  }
  return { project, subProject };
}

function mode(request: boolean, leads: PartyRef[], sectionRequest: boolean): Responsibility['mode'] {
  if (request || sectionRequest) return 'request';
  return leads.length > 0 && leads.every((l) => !l.isStateAdministrative) ? 'request' : 'order';
}

/** "- Trưởng các thôn, bản: tuyên truyền…" under another entry is an entry of its own. */
function isOwnEntry(n: WorkNode): boolean {
  const colon = n.title.indexOf(':');
  if (colon < 0 || colon > 80) return false;
  const h = parseEntryHeader(n.title);
  return !!h && h.leads.every((l) => l.kind === 'organisation' || l.kind === 'position');
}

function entryRow(n: WorkNode, origin: Responsibility['origin'], sectionRequest: boolean, out: Responsibility[]): Responsibility | null {
  if (!n.para) return null;
  const h = parseEntryHeader(n.title);
  if (!h) return null;
  const own = n.children.filter(isOwnEntry);
  const texts = subtreeTexts({ ...n, children: n.children.filter((c) => !own.includes(c)) });
  for (const c of own) {
    const row = entryRow(c, origin, sectionRequest, out);
    if (row) out.push(row);
  }
  // A lead-in ending with ':' introduces the list that follows; it is not a duty itself.
  const restIsLeadIn = /:$/.test(h.rest) && texts.length > 0;
  const duties = [restIsLeadIn ? '' : h.rest, ...texts.map((t) => t.text)].map((d) => d.trim()).filter((d) => d && d !== ':');
  const all = [n.title, ...texts.map((t) => t.text)].join('\n');
  const ctx = projectContext(n);
  const last = texts[texts.length - 1]?.para.span;
  // "- Chủ trì, phối hợp với …" as the first duty names the coordinators when the heading does not.
  let coordinators = h.coordinators;
  if (!coordinators.length) {
    const first = duties.find((d) => /^(chu tri|chi tri)\s*,?\s*phoi hop/.test(fold(d)));
    if (first) coordinators = parseEntryHeader(`${h.leads[0]?.name ?? ''} ${first.charAt(0).toLowerCase()}${first.slice(1)}`)?.coordinators ?? [];
  }
  return {
    leads: h.leads,
    coordinators,
    mode: mode(h.request, h.leads, sectionRequest),
    duties,
    indicatorCodes: indicatorCodes(all),
    item: { sectionPath: nodePath(n.parent), ...ctx, tableRow: null },
    dueText: null,
    origin,
    span: last ? spanTo(n.span, last) : n.span,
    confidence: h.leads.every((l) => l.kind !== 'unknown') ? 0.9 : 0.6,
  };
}

function spanTo(a: WorkNode['span'], b: WorkNode['span']): WorkNode['span'] {
  if (a.kind === 'line' && b.kind === 'line') return { kind: 'line', line: a.line, endLine: Math.max(a.endLine, b.endLine) };
  if (a.kind === 'paragraph' && b.kind === 'paragraph') return { kind: 'paragraph', paragraph: a.paragraph, endParagraph: Math.max(a.endParagraph, b.endParagraph) };
  return a;
}

/** Rows from an assignment section: each child naming a party is one row; others are searched deeper. */
function fromAssignmentScope(scope: WorkNode, origin: Responsibility['origin'], out: Responsibility[], sectionRequest: boolean): void {
  // Unnumbered entries written as paragraphs: "Sở Y tế: chủ trì …".
  for (const p of scope.bodyParas) {
    const pseudo: WorkNode = { label: '', kind: 'dash', title: p.text, body: [], span: p.span, children: [], parent: scope, para: p, bodyParas: [], value: null };
    if (!isOwnEntry(pseudo)) continue;
    const row = entryRow(pseudo, origin, sectionRequest, out);
    if (row) out.push(row);
  }
  for (const child of scope.children) {
    const nested: Responsibility[] = [];
    const row = entryRow(child, origin, sectionRequest, nested);
    if (row) out.push(row, ...nested);
    else fromAssignmentScope(child, origin, out, sectionRequest);
  }
}

/**
 * Responsibilities written in the text: entries under "Phân công thực hiện" / "Tổ chức thực hiện"
 * sections, and the implementing units of project blocks ("Đơn vị thực hiện: …", a "Phân công thực
 * hiện" inside a project with its own list).
 */
export function extractSectionResponsibilities(root: WorkNode): Responsibility[] {
  const out: Responsibility[] = [];
  const inScope = new Set<WorkNode>();
  for (const n of walk(root)) {
    if (n.kind === 'dash' || n.kind === 'plus') continue;
    if (!n.para) continue;
    const title = fold(n.title).trim();
    const hasValue = /:\s*\S/.test(n.title);
    if (ASSIGNMENT_SECTION.test(title) && !hasValue) {
      let inside = false;
      for (let p = n.parent; p; p = p.parent) if (inScope.has(p)) inside = true;
      if (inside) continue;
      inScope.add(n);
      const origin = projectContext(n).project || projectContext(n).subProject ? 'projectBlock' : 'section';
      fromAssignmentScope(n, origin, out, /de nghi/.test(title));
    }
  }
  // "e) Đơn vị thực hiện: UBND xã Sùng Phài." inside project blocks.
  for (const n of walk(root)) {
    if (!n.para || n.kind === 'roman') continue;
    const t = n.title;
    const f = fold(t);
    if (!UNIT_LINE.test(f)) continue;
    const colon = t.indexOf(':');
    const value = colon >= 0 ? t.slice(colon + 1).trim() : '';
    if (!value) continue; // a "Phân công thực hiện:" heading with its own list was read above
    const ctx = projectContext(n);
    const leads = splitParties(value);
    if (!leads.length) continue;
    const block = n.parent;
    let coordinators: PartyRef[] = [];
    const activities: string[] = [];
    for (const sib of block?.children ?? []) {
      const sf = fold(sib.title);
      if (COORD_LINE.test(sf)) coordinators = splitParties(sib.title.slice(sib.title.indexOf(':') + 1));
      if (/^(noi dung|hoat dong)/.test(sf)) {
        const own = sib.title.slice(sib.title.indexOf(':') + 1).trim();
        if (own) activities.push(own);
        activities.push(...subtreeTexts(sib).map((x) => x.text));
      }
    }
    out.push({
      leads,
      coordinators,
      mode: mode(false, leads, false),
      duties: activities.length ? activities : [ctx.subProject ?? ctx.project ?? (block ? block.title : t)],
      indicatorCodes: indicatorCodes([block?.title ?? '', ...activities].join('\n')),
      item: { sectionPath: nodePath(block), ...ctx, tableRow: null },
      dueText: null,
      origin: 'projectBlock',
      span: n.span,
      confidence: 0.85,
    });
  }
  return out;
}
