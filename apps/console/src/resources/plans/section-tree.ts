import type { PlanSection } from '@dondoc/contracts';

export type SectionNode = PlanSection & { children: SectionNode[] };

/** Section tree by parentId, in document order; a section whose parent is missing becomes a root. */
export function sectionTree(sections: readonly PlanSection[]): SectionNode[] {
  const nodes = new Map<string, SectionNode>(sections.map((s) => [s.id, { ...s, children: [] }]));
  const roots: SectionNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: SectionNode[]) => {
    list.sort((a, b) => a.position - b.position);
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}
