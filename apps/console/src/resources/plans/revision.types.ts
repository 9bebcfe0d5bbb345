// `GET /api/plans/:id/revisions` (mirrors PlanRevisionSummary / PlanDraftEdit of apps/api/src/plans/plans.service.ts).
import type { RevisionContent } from './revision-diff';

export interface PlanRevision {
  number: number;
  createdAt: string;
  /** Full name of who made it (null: the importer or a migration). */
  createdBy: string | null;
  reason: string | null;
  content: RevisionContent;
}

/** A draft edit the lifecycle workflow recorded (its revision counter, who and when). */
export interface PlanDraftEdit {
  revision: number;
  at: string;
  by: string | null;
}

export interface PlanRevisions {
  data: PlanRevision[];
  edits: PlanDraftEdit[];
}
