// `GET|PUT /api/plans/:id/content` and `GET /api/plans/:id/timeline` (mirror apps/api/src/plans/plan-content.dto.ts
// and plan-timeline.service.ts), local like the other REST types of this resource.

export type TargetComparator = 'eq' | 'gt' | 'gte' | 'lt' | 'lte' | 'range' | 'reduceBy';

/** The current revision's editable content. */
export interface PlanContent {
  revision: number;
  title: string;
  summary: string | null;
  targets: {
    id: string;
    text: string;
    baseline: number | null;
    value: number | null;
    comparator: TargetComparator | null;
    unit: string | null;
    dueYear: number | null;
  }[];
  responsibilities: {
    id: string;
    label: string;
    duties: string;
    dueText: string | null;
    /** yyyy-mm-dd; null when no deadline is fixed. */
    dueDate: string | null;
    leads: { id: string; name: string }[];
    coordinators: { id: string; name: string }[];
  }[];
}

/** The body of an edit (only what changed). */
export interface PlanContentEdit {
  changeSummary: string;
  title?: string;
  summary?: string | null;
  targets?: {
    id?: string;
    text: string;
    baseline: number | null;
    value: number | null;
    comparator: TargetComparator | null;
    unit: string | null;
    dueYear: number | null;
  }[];
  responsibilities?: { id: string; dueDate: string | null }[];
}

export interface PlanContentEdited {
  revision: number;
  previousRevision: number;
  lifecycleRevision: number;
  status: string;
  voidedApproval: number | null;
}

/** A person of the plan's history. */
export interface TimelinePerson {
  id: string;
  fullName: string;
  position: string | null;
}

/** One audited step of the plan, with who took it. */
export interface PlanTimelineEvent {
  action: string;
  at: string;
  actor: TimelinePerson | null;
  actingFor: TimelinePerson | null;
  detail: { summary?: string; reason?: string; revision?: number; contentRevision?: { from: number; to: number } };
}
