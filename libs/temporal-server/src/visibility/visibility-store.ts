import type { VisibilityRecord as StoredRecord } from '../store/execution-store';
import type { VisibilityQuery } from './query';

/** One page of List results, in the query's order. */
export interface VisibilityPage {
  readonly records: readonly StoredRecord[];
  /** Opaque; absent on the last page. */
  readonly nextPageToken?: Uint8Array;
}

/** Count results; `groups` only for GROUP BY (values in GROUP BY order). */
export interface VisibilityCount {
  readonly count: number;
  readonly groups: ReadonlyArray<{ readonly values: ReadonlyArray<string | number | boolean | null>; readonly count: number }>;
}

/**
 * A store that evaluates List/Count itself (the PostgreSQL store pushes the filter, order and paging down to SQL).
 * Stores without it are iterated in memory (`ExecutionStore.visibility`). Errors about the query or the page token
 * are `VisibilityQueryError`s.
 */
export interface QueryableVisibilityStore {
  listVisibility(namespace: string, query: VisibilityQuery, pageSize: number, pageToken?: Uint8Array): Promise<VisibilityPage>;
  countVisibility(namespace: string, query: VisibilityQuery): Promise<VisibilityCount>;
}

export function isQueryableVisibilityStore(store: object): store is QueryableVisibilityStore {
  const s = store as Partial<QueryableVisibilityStore>;
  return typeof s.listVisibility === 'function' && typeof s.countVisibility === 'function';
}
