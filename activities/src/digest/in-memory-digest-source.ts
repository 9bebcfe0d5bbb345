import type { TaskView } from '@dondoc/contracts';
import type { DigestSource, LeaderTaskRow } from '../ports';
import type { InMemoryProjectionStore } from '../in-memory';

/** A leader's tasks from the in-memory projections (tests): the tasks of the plans given per leader. */
export class InMemoryDigestSource implements DigestSource {
  constructor(
    private readonly projections: InMemoryProjectionStore,
    /** leader id → plan ids the leader is in charge of. */
    private readonly plansOf: ReadonlyMap<string, readonly string[]>,
  ) {}

  async openTasksOf(leaderId: string): Promise<LeaderTaskRow[]> {
    const plans = new Set(this.plansOf.get(leaderId) ?? []);
    return [...this.projections.latest.values()]
      .filter((p): p is { kind: 'task'; view: TaskView } => p.kind === 'task' && plans.has(p.view.planId))
      .map((p) => ({ view: p.view }));
  }
}
