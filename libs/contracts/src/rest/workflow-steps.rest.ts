// The step routes of the workflow actions, as the path segments the console posts to.
import type { PlanStepKey } from './allowed-actions.rest';

/**
 * `POST /api/plans/:id/actions/<step>`: the steps of {@link PlanStepKey} that have a route of their
 * own (`start` and `amend` have other paths; both review outcomes post to `review`).
 */
export type PlanStep = Exclude<PlanStepKey, 'start' | 'amend' | 'review-approve' | 'review-return'> | 'review';

/** `POST /api/tasks/:id/<step>`. */
export type TaskStep = 'progress' | 'submit' | 'extension' | 'extension/decision' | 'accept' | 'return' | 'reassign';

/** `POST /api/duties/:id/<step>`. */
export type DutyStep = 'reports' | 'consolidation';
