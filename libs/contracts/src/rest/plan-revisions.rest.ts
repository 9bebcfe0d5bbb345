// `GET /api/plans/:id/revisions`: a plan's revisions with the content the console diffs, and the draft edits.

/** The content of one revision that the diff compares. */
export interface RevisionContent {
  sections: { label: string | null; title: string | null; text: string | null }[];
  targets: { text: string }[];
  budgetLines: { text: string; amountVnd: string | null }[];
  responsibilities: {
    itemPath: string | null;
    duties: string;
    leads: string[];
    coordinators: string[];
    dueText: string | null;
  }[];
}

/** One revision: number, who (full name; null for the importer or a migration), when and why. */
export interface PlanRevision {
  number: number;
  createdAt: string;
  createdBy: string | null;
  reason: string | null;
  content: RevisionContent;
}

/** A draft edit recorded by the lifecycle workflow (its revision counter; content stays in plan revisions). */
export interface PlanDraftEdit {
  revision: number;
  at: string;
  by: string | null;
}

export interface PlanRevisions {
  data: PlanRevision[];
  edits: PlanDraftEdit[];
}
