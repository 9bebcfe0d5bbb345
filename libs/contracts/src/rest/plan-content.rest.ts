// `GET|PUT /api/plans/:id/content` and `GET /api/plans/:id/timeline`: served by the API, read by the console.

/** Target comparators as stored (`plan_targets.comparator`). */
export type TargetComparatorCode = 'eq' | 'gt' | 'gte' | 'lt' | 'lte' | 'range' | 'reduceBy';

/** An organisation of a responsibility as the edit form shows it. */
export interface ContentOrganisation {
  id: string;
  name: string;
}

/** A target of the current revision as the edit form shows it. */
export interface ContentTarget {
  id: string;
  text: string;
  baseline: number | null;
  value: number | null;
  comparator: TargetComparatorCode | null;
  unit: string | null;
  dueYear: number | null;
}

/** A target as an edit sends it (no id: a new target; an absent figure is none). */
export type ContentTargetEdit = { text: string; id?: string } & Partial<Omit<ContentTarget, 'id' | 'text'>>;

/** `GET /api/plans/:id/content`: what the edit form opens with (the current revision). */
export interface PlanContentView {
  revision: number;
  title: string;
  summary: string | null;
  targets: ContentTarget[];
  responsibilities: {
    id: string;
    label: string;
    duties: string;
    dueText: string | null;
    /** yyyy-mm-dd: the deadline the plan's workflow will give the task; null when none is fixed. */
    dueDate: string | null;
    leads: ContentOrganisation[];
    coordinators: ContentOrganisation[];
  }[];
}

/** `PUT /api/plans/:id/content`: only what changed (a sent target list replaces the targets). */
export interface PlanContentEditBody {
  changeSummary: string;
  title?: string;
  summary?: string | null;
  targets?: ContentTargetEdit[];
  responsibilities?: { id: string; dueDate?: string | null; leadOrganisationIds?: string[]; coordinatorOrganisationIds?: string[] }[];
  requestId?: string;
}

/** The outcome of an edit: the new revision and the workflow's lifecycle revision. */
export interface PlanContentEdited {
  revision: number;
  previousRevision: number;
  lifecycleRevision: number;
  status: string;
  /** The approval this edit voided (its lifecycle revision), if there was one. */
  voidedApproval: number | null;
}

/** A person of the plan's history: full name and position ("Nguyễn Văn Hùng", "Chủ tịch UBND xã"). */
export interface TimelinePerson {
  id: string;
  fullName: string;
  position: string | null;
}

/** One step of the plan's history as the audit trail recorded it. */
export interface PlanTimelineEvent {
  /** The audit action ("plan.approve", "plan.edit", "plan.workflow.start", …). */
  action: string;
  at: string;
  actor: TimelinePerson | null;
  /** Who the actor acted for (delegation), when recorded. */
  actingFor: TimelinePerson | null;
  /** What the step said: the edit's summary, a return's reason, the revisions of an edit. */
  detail: { summary?: string; reason?: string; revision?: number; contentRevision?: { from: number; to: number } };
}
