import { type ChaseActivityDeps, createChaseActivities } from './chase.activities';
import { createDigestActivities, type DigestActivityDeps } from './digest';
import { createPlanActivities, type PlanActivityDeps } from './plan.activities';

/** Everything the worker needs to build dondoc's activities. */
export type DondocActivityDeps = ChaseActivityDeps & PlanActivityDeps & DigestActivityDeps;

/** All activities of dondoc's workflows, as one plain object for `Worker.create({ activities })`. */
export function createActivities(deps: DondocActivityDeps) {
  return { ...createChaseActivities(deps), ...createPlanActivities(deps), ...createDigestActivities(deps) };
}

/** The activity interface the workflows proxy (imported there as a type only). */
export type DondocActivities = ReturnType<typeof createActivities>;
