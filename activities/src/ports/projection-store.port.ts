import type { DutyView, PlanView, TaskView } from '@dondoc/contracts';

/** A read model row the API and console list from (the workflow stays the source of truth). */
export type Projection = { kind: 'plan'; view: PlanView } | { kind: 'task'; view: TaskView } | { kind: 'duty'; view: DutyView };

/** Stores the latest view per workflow id; a later write replaces an earlier one. */
export interface ProjectionStore {
  save(projection: Projection): Promise<void>;
}
