import type { PlanSection } from '@dondoc/contracts';
import { sectionTree } from './section-tree';

const s = (id: string, parentId: string | null, position: number, label: string): PlanSection => ({
  id,
  parentId,
  position,
  label,
  kind: 'heading',
  title: `t${id}`,
  text: '',
  sourceSpan: null,
});

describe('sectionTree', () => {
  it('nests by parentId and orders by position, keeping the original labels', () => {
    const tree = sectionTree([s('b', null, 2, 'II.'), s('a1', 'a', 1, '1.'), s('a', null, 1, 'I.'), s('a2', 'a', 2, '2.')]);
    expect(tree.map((n) => n.label)).toEqual(['I.', 'II.']);
    expect(tree[0]?.children.map((n) => n.label)).toEqual(['1.', '2.']);
  });

  it('keeps an orphan (parent not in the list) as a root instead of dropping it', () => {
    expect(sectionTree([s('x', 'missing', 1, 'a)')]).map((n) => n.id)).toEqual(['x']);
  });
});
