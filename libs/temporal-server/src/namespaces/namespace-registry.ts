import { randomUUID } from 'node:crypto';
import { invalidArgument, namespaceNotFound, ServerError, Code } from '../errors/server-error';
import { IndexedValueType } from '../proto/enums.generated';

/** System search attributes every namespace has (name → IndexedValueType). */
export const SYSTEM_SEARCH_ATTRIBUTES: Readonly<Record<string, number>> = {
  WorkflowId: IndexedValueType.KEYWORD,
  WorkflowType: IndexedValueType.KEYWORD,
  RunId: IndexedValueType.KEYWORD,
  ExecutionStatus: IndexedValueType.KEYWORD,
  StartTime: IndexedValueType.DATETIME,
  CloseTime: IndexedValueType.DATETIME,
  ExecutionTime: IndexedValueType.DATETIME,
  ExecutionDuration: IndexedValueType.INT,
  HistoryLength: IndexedValueType.INT,
  TaskQueue: IndexedValueType.KEYWORD,
  ParentWorkflowId: IndexedValueType.KEYWORD,
  ParentRunId: IndexedValueType.KEYWORD,
  RootWorkflowId: IndexedValueType.KEYWORD,
  RootRunId: IndexedValueType.KEYWORD,
  BuildIds: IndexedValueType.KEYWORD_LIST,
  TemporalChangeVersion: IndexedValueType.KEYWORD_LIST,
  BinaryChecksums: IndexedValueType.KEYWORD_LIST,
  BatcherUser: IndexedValueType.KEYWORD,
  TemporalScheduledStartTime: IndexedValueType.DATETIME,
  TemporalScheduledById: IndexedValueType.KEYWORD,
  TemporalSchedulePaused: IndexedValueType.BOOL,
  TemporalNamespaceDivision: IndexedValueType.KEYWORD,
};

/** `Keyword` / `KeywordList` / `Int` … (CLI and payload metadata spelling) → IndexedValueType. */
export const VALUE_TYPE_BY_NAME: Readonly<Record<string, number>> = {
  text: IndexedValueType.TEXT,
  keyword: IndexedValueType.KEYWORD,
  int: IndexedValueType.INT,
  double: IndexedValueType.DOUBLE,
  bool: IndexedValueType.BOOL,
  datetime: IndexedValueType.DATETIME,
  keywordlist: IndexedValueType.KEYWORD_LIST,
};

export interface NamespaceRecord {
  name: string;
  id: string;
  description: string;
  retentionMs: number;
  /** Custom search attributes (name → IndexedValueType). */
  searchAttributes: Map<string, number>;
}

/** Registered namespaces and their custom search attributes. */
export class NamespaceRegistry {
  private readonly byName = new Map<string, NamespaceRecord>();

  constructor(names: readonly string[], customSearchAttributes: Readonly<Record<string, number>> = {}) {
    for (const n of ['default', ...names]) this.register(n);
    for (const ns of this.byName.values()) for (const [k, v] of Object.entries(customSearchAttributes)) ns.searchAttributes.set(k, v);
  }

  register(name: string, opts: { description?: string; retentionMs?: number } = {}): NamespaceRecord {
    const existing = this.byName.get(name);
    if (existing) return existing;
    const rec: NamespaceRecord = {
      name,
      id: randomUUID(),
      description: opts.description ?? '',
      retentionMs: opts.retentionMs ?? 24 * 3600_000,
      searchAttributes: new Map(),
    };
    // Custom attributes registered at boot apply to namespaces created later too.
    const first = this.byName.values().next().value;
    if (first) for (const [k, v] of first.searchAttributes) rec.searchAttributes.set(k, v);
    this.byName.set(name, rec);
    return rec;
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The namespace or NOT_FOUND with NamespaceNotFoundFailure. */
  get(name: string | undefined): NamespaceRecord {
    const rec = this.byName.get(name ?? '');
    if (!rec) {
      if (!name) throw invalidArgument('Namespace not set on request.');
      throw namespaceNotFound(name);
    }
    return rec;
  }

  all(): NamespaceRecord[] {
    return [...this.byName.values()];
  }

  addSearchAttributes(namespace: string, attrs: Readonly<Record<string, number>>): void {
    const ns = this.get(namespace);
    for (const [name, type] of Object.entries(attrs)) {
      if (name in SYSTEM_SEARCH_ATTRIBUTES) throw invalidArgument(`Search attribute ${name} is reserved by system.`);
      const cur = ns.searchAttributes.get(name);
      if (cur !== undefined && cur !== type) throw invalidArgument(`Search attribute ${name} already exists with a different type.`);
      ns.searchAttributes.set(name, type);
    }
  }

  removeSearchAttributes(namespace: string, names: readonly string[]): void {
    const ns = this.get(namespace);
    for (const n of names) {
      if (!ns.searchAttributes.has(n)) throw new ServerError(Code.NOT_FOUND, `Search attribute ${n} doesn't exist.`);
      ns.searchAttributes.delete(n);
    }
  }

  /** Type of a search attribute (system or custom), or undefined if unknown. */
  searchAttributeType(namespace: string, name: string): number | undefined {
    return SYSTEM_SEARCH_ATTRIBUTES[name] ?? this.byName.get(namespace)?.searchAttributes.get(name);
  }
}
