import type { PlanWarning, SectionNode } from '../types';
import { PlanWarningCode } from '../types';
import type { Para } from './para';
import { KIND_RANK, matchLabel } from './section-label';

/** A section node with the paragraphs it came from (kept internally for the extractors). */
export interface WorkNode extends SectionNode {
  children: WorkNode[];
  parent: WorkNode | null;
  para: Para | null;
  bodyParas: Para[];
  value: number | null;
}

/** Can unlabelled text that follows this node belong to it? ("2. Sở Y tế:" yes, "13. …tỉnh." no). */
function acceptsBody(n: WorkNode): boolean {
  if (!n.para) return true;
  if (n.kind === 'dash' || n.kind === 'plus') return /:$/.test(n.title);
  return !/[.;]$/.test(n.title) || n.title.length < 90;
}

/**
 * Builds the section tree from body paragraphs with a rank stack; tolerates skipped and repeated
 * numbers (warned) and "d)" without "a)–c)".
 */
export function buildSectionTree(paras: Para[], warnings: PlanWarning[]): WorkNode {
  const root: WorkNode = { label: '', kind: 'heading', title: '', body: [], span: { kind: 'line', line: 0, endLine: 0 }, children: [], parent: null, para: null, bodyParas: [], value: null };
  const stack: WorkNode[] = [root];
  // Last numbered child per parent and kind, for repeated / skipped number warnings in O(1).
  const lastNumbered = new Map<WorkNode, Map<string, WorkNode>>();
  for (const p of paras) {
    let m = matchLabel(p.text);
    // Unnumbered headings: a Word heading style / Markdown "#", or a short line in capitals.
    if (!m && p.text.length <= 100 && !/[.;,]$/.test(p.text) && (p.heading || (p.text === p.text.toUpperCase() && /\p{Lu}.*\s.*\p{Lu}/u.test(p.text) && !/\d{3,}/.test(p.text)))) {
      m = { label: '', kind: 'heading', value: null, title: p.text };
    }
    if (!m) {
      let target = stack[stack.length - 1] as WorkNode;
      while (target.parent && !acceptsBody(target)) target = target.parent;
      target.body.push(p.text);
      target.bodyParas.push(p);
      continue;
    }
    const node: WorkNode = { label: m.label, kind: m.kind, title: m.title, body: [], span: p.span, children: [], parent: null, para: p, bodyParas: [], value: m.value };
    const rank = KIND_RANK[m.kind];
    while (stack.length > 1 && KIND_RANK[(stack[stack.length - 1] as WorkNode).kind] >= rank) stack.pop();
    const parent = stack[stack.length - 1] as WorkNode;
    if (m.value !== null) {
      const byKind = lastNumbered.get(parent) ?? new Map<string, WorkNode>();
      lastNumbered.set(parent, byKind);
      const prev = byKind.get(m.kind);
      byKind.set(m.kind, node);
      if (prev && prev.value === m.value) {
        warnings.push({ code: PlanWarningCode.SectionNumberRepeated, message: `Số mục "${m.label}" bị lặp lại`, spans: [prev.span, p.span] });
      } else if (prev && prev.value !== null && m.value > prev.value + 1) {
        warnings.push({ code: PlanWarningCode.SectionNumberSkipped, message: `Số mục nhảy từ "${prev.label}" sang "${m.label}"`, spans: [prev.span, p.span] });
      }
    }
    node.parent = parent;
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}

/** "IV. PHÂN CÔNG THỰC HIỆN" style path entry for a node. */
export function nodeLabel(n: WorkNode): string {
  const t = n.title.length > 90 ? `${n.title.slice(0, 87)}…` : n.title;
  return n.label ? `${n.label} ${t}`.trim() : t;
}

export function nodePath(n: WorkNode | null): string[] {
  const out: string[] = [];
  for (let c = n; c && c.parent; c = c.parent) out.unshift(nodeLabel(c));
  return out;
}

/** All nodes depth-first. */
export function* walk(n: WorkNode): Generator<WorkNode> {
  for (const c of n.children) {
    yield c;
    yield* walk(c);
  }
}

/** Title + body + descendants as text lines (for a duty or a block). */
export function subtreeTexts(n: WorkNode): Array<{ text: string; para: Para }> {
  const out: Array<{ text: string; para: Para }> = [];
  for (const p of n.bodyParas) out.push({ text: p.text, para: p });
  for (const c of n.children) {
    if (c.para) out.push({ text: c.title, para: c.para });
    out.push(...subtreeTexts(c));
  }
  return out;
}

/** Strips internal links for output. */
export function toSectionNodes(n: WorkNode): SectionNode[] {
  return n.children.map((c) => ({ label: c.label, kind: c.kind, title: c.title, body: c.body, span: c.span, children: toSectionNodes(c) }));
}
