import type { InboxItem } from '@dondoc/contracts';

/** Earliest deadline first; items without a deadline last, then the most recently updated. */
export function sortByDue(items: readonly InboxItem[]): InboxItem[] {
  return [...items].sort((a, b) => {
    if (a.dueAt !== b.dueAt) {
      if (a.dueAt === null) return 1;
      if (b.dueAt === null) return -1;
      return a.dueAt < b.dueAt ? -1 : 1;
    }
    return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
  });
}
