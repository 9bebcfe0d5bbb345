// `GET /api/plans/:id/revisions`: defined once, in @dondoc/contracts (types only here).
export type { PlanDraftEdit, PlanRevision, PlanRevisions } from '@dondoc/contracts';
