import type { InboxItem } from '@dondoc/contracts';
import { sortByDue } from './inbox-order';

const item = (id: string, dueAt: string | null, updatedAt = '2026-01-01T00:00:00Z') => ({ id, dueAt, updatedAt }) as InboxItem;

describe('sortByDue', () => {
  it('puts the earliest deadline first and items without a deadline last', () => {
    const sorted = sortByDue([
      item('none', null),
      item('late', '2027-06-30T17:00:00.000Z'),
      item('soon', '2026-12-01T17:00:00.000Z'),
      item('none-newer', null, '2026-02-01T00:00:00Z'),
    ]);
    expect(sorted.map((i) => i.id)).toEqual(['soon', 'late', 'none-newer', 'none']);
  });
});
